package org.nettwin.store.events;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlEventLogOnPostgresTest extends EventLogContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return postgres(dir);
    }
}
