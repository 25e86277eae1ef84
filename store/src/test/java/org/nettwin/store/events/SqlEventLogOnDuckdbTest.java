package org.nettwin.store.events;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlEventLogOnDuckdbTest extends EventLogContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return duckdb(dir);
    }
}
