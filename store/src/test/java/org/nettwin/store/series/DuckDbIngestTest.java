package org.nettwin.store.series;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.StoreSettings;

class DuckDbIngestTest extends IngestContract {

    @TempDir
    Path dir;

    @Override
    StoreSettings newSettings() {
        return StoreSettings.duckdb(dir);
    }
}
