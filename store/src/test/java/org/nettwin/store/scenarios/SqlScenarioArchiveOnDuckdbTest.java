package org.nettwin.store.scenarios;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlScenarioArchiveOnDuckdbTest extends ScenarioArchiveContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return duckdb(dir);
    }
}
