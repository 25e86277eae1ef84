package org.nettwin.store.series;

import org.nettwin.store.PostgresServer;
import org.nettwin.store.StoreSettings;

class PostgresTimeSeriesTest extends SqlTimeSeriesContract {

    @Override
    StoreSettings newSettings() {
        return PostgresServer.freshDatabase();
    }
}
