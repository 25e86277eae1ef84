package org.nettwin.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class DuckDbTwinStoreTest extends TwinStoreContract {

    @TempDir
    Path dir;

    @Override
    StoreSettings freshSettings() {
        return StoreSettings.duckdb(dir);
    }
}
