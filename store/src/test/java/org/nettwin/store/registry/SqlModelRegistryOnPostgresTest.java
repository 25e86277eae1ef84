package org.nettwin.store.registry;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlModelRegistryOnPostgresTest extends ModelRegistryContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return postgres(dir);
    }
}
