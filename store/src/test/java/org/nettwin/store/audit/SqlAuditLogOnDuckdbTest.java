package org.nettwin.store.audit;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlAuditLogOnDuckdbTest extends AuditLogContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return duckdb(dir);
    }
}
