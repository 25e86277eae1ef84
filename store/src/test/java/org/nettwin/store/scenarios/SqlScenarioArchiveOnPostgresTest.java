package org.nettwin.store.scenarios;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlScenarioArchiveOnPostgresTest extends ScenarioArchiveContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return postgres(dir);
    }
}
