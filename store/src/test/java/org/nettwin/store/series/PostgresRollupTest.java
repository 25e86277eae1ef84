package org.nettwin.store.series;

import org.nettwin.store.PostgresServer;
import org.nettwin.store.StoreSettings;

class PostgresRollupTest extends RollupContract {

    @Override
    StoreSettings newSettings() {
        return PostgresServer.freshDatabase();
    }
}
