package org.nettwin.store.series;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.StoreSettings;

class DuckDbRollupTest extends RollupContract {

    @TempDir
    Path dir;

    @Override
    StoreSettings newSettings() {
        return StoreSettings.duckdb(dir);
    }
}
