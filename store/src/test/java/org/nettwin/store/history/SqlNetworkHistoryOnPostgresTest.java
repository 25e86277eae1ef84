package org.nettwin.store.history;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlNetworkHistoryOnPostgresTest extends NetworkHistoryContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return postgres(dir);
    }
}
