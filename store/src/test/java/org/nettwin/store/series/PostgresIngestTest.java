package org.nettwin.store.series;

import org.nettwin.store.PostgresServer;
import org.nettwin.store.StoreSettings;

class PostgresIngestTest extends IngestContract {

    @Override
    StoreSettings newSettings() {
        return PostgresServer.freshDatabase();
    }
}
