package org.nettwin.store;

class PostgresTwinStoreTest extends TwinStoreContract {

    @Override
    StoreSettings freshSettings() {
        return PostgresServer.freshDatabase();
    }
}
