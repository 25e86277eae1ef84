package org.nettwin.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nettwin.store.StoreException;
import org.nettwin.store.StoreSettings;

class SqlAuditLogOnPostgresTest extends AuditLogContract {

    @Override
    protected StoreSettings freshSettings(Path dir) {
        return postgres(dir);
    }

    @Test
    void refusesUpdatesDeletesAndTruncationInTheDatabaseItself() {
        audit.append("loop", "reroute", "link r1-r2", "because", "better");

        assertThatThrownBy(() -> rawSql("UPDATE audit_log SET reason = 'x'")).isInstanceOf(StoreException.class)
                .hasMessageContaining("the audit log is append-only: UPDATE refused");
        assertThatThrownBy(() -> rawSql("DELETE FROM audit_log")).isInstanceOf(StoreException.class)
                .hasMessageContaining("append-only: DELETE refused");
        assertThatThrownBy(() -> rawSql("TRUNCATE audit_log")).isInstanceOf(StoreException.class)
                .hasMessageContaining("append-only: TRUNCATE refused");
        assertThat(audit.entry(1)).isPresent();
        assertThat(audit.firstBrokenLink()).isEmpty();
    }
}
