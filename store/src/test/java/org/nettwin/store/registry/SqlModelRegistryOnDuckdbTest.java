package org.nettwin.store.registry;

import java.nio.file.Path;
import org.nettwin.store.StoreSettings;

class SqlModelRegistryOnDuckdbTest extends ModelRegistryContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return duckdb(dir);
    }
}
