package org.nettwin.store.history;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlNetworkHistoryOnDuckdbTest extends NetworkHistoryContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return duckdb(dir);
    }
}
