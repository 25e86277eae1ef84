package org.nettwin.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nettwin.store.StoreException;
import org.nettwin.store.StoreSettings;

class DatabaseTest {

    @Test
    void neverPutsAPasswordIntoAMessage() {
        assertThat(Database.redacted("jdbc:postgresql://127.0.0.1:5/db?user=u&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5/db?user=u&password=***&ssl=true");
        assertThat(Database.redacted("jdbc:postgresql://u:s3cret@127.0.0.1:5/db")).doesNotContain("s3cret");
        StoreSettings unreachable = StoreSettings.postgres("jdbc:postgresql://127.0.0.1:1/none?password=s3cret", "u",
                "s3cret");
        assertThatThrownBy(() -> Database.open(unreachable)).isInstanceOf(StoreException.class)
                .hasMessageNotContaining("s3cret").hasMessageContaining("127.0.0.1:1");
        assertThat(unreachable.toString()).doesNotContain("s3cret");
    }
}
