package org.nettwin.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nettwin.store.BackendContract;
import org.nettwin.store.jdbc.Dialect;

/** What every {@link AuditLog} on SQL must do, run against each backend by the concrete subclasses. */
abstract class AuditLogContract extends BackendContract {

    protected SqlAuditLog audit;

    @BeforeEach
    void openAudit() {
        audit = new SqlAuditLog(db, clock);
    }

    private AuditEntry act(String action) {
        return audit.append("loop", action, "link r1-r2", "forecast utilisation 0.97 > 0.9", "max util 0.71");
    }

    /** Edits the table behind the log's back (on PostgreSQL, switching its append-only triggers off first). */
    protected void tamper(String sql) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                if (db.dialect() == Dialect.POSTGRES) {
                    s.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
                }
                int changed = s.executeUpdate(sql);
                if (db.dialect() == Dialect.POSTGRES) {
                    s.execute("ALTER TABLE audit_log ENABLE TRIGGER USER");
                }
                return changed;
            }
        });
    }

    @Test
    void appendsActionsNumberedFromOneEachChainedToTheOneBefore() {
        AuditEntry first = act("reroute");
        clock.advance(Duration.ofSeconds(1));
        AuditEntry second = act("scale-capacity");

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(first).isEqualTo(new AuditEntry(1, T0, "loop", "reroute", "link r1-r2",
                "forecast utilisation 0.97 > 0.9", "max util 0.71", Optional.empty(), Optional.empty(), first.hash()));
        assertThat(first.hash()).matches("[0-9a-f]{64}").isNotEqualTo(second.hash());
        assertThat(audit.entry(1)).contains(first);
        assertThat(audit.entry(2)).contains(second);
        assertThat(audit.entry(3)).isEmpty();
        assertThat(audit.firstBrokenLink()).isEmpty();
    }

    @Test
    void hashesEntriesExactlyAsDocumentedSoOthersCanVerifyTheChain() throws Exception {
        AuditEntry first = audit.append("operator:ana", "drain", "node r7", "maintenance window", "");
        AuditEntry outcome = audit.recordOutcome(1, "loop", "no loss");

        assertThat(first.hash()).isEqualTo(documentedHash("0".repeat(64), first));
        assertThat(outcome.hash()).isEqualTo(documentedHash(first.hash(), outcome));
    }

    @Test
    void recordsTheMeasuredEffectOfAnEarlierAction() {
        AuditEntry action = act("reroute");
        act("other");
        clock.advance(Duration.ofMinutes(5));

        AuditEntry outcome = audit.recordOutcome(1, "verifier", "max util 0.74");

        assertThat(outcome).isEqualTo(new AuditEntry(3, T0.plus(Duration.ofMinutes(5)), "verifier", "outcome",
                "link r1-r2", "measured effect of action 1", action.predictedEffect(), Optional.of("max util 0.74"),
                Optional.of(1L), outcome.hash()));
        assertThatThrownBy(() -> audit.recordOutcome(9, "verifier", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no audit entry with sequence 9");
        assertThatThrownBy(() -> audit.recordOutcome(3, "verifier", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("audit entry 3 is itself the outcome of action 1, not an action");
        assertThat(audit.firstBrokenLink()).isEmpty();
    }

    @Test
    void listsEntriesOfAHalfOpenTimeRangeInSequenceOrderAndNeverGoesBackInTime() {
        AuditEntry a = act("a");
        clock.advance(Duration.ofMinutes(10));
        AuditEntry b = act("b");
        clock.advance(Duration.ofMinutes(-30));
        AuditEntry c = act("c: the clock stepped back");

        assertThat(c.time()).isEqualTo(b.time());
        assertThat(audit.entries(T0, T0.plus(Duration.ofMinutes(10)))).containsExactly(a);
        assertThat(audit.entries(T0.plusSeconds(1), Instant.MAX)).containsExactly(b, c);
        assertThat(audit.entries(Instant.MIN, Instant.MAX)).containsExactly(a, b, c);
    }

    @Test
    void findsAnEntryEditedBehindItsBackAtItsSequence() {
        for (int i = 0; i < 5; i++) {
            act("action " + i);
        }
        tamper("UPDATE audit_log SET reason = 'nothing to see' WHERE sequence = 3");

        assertThat(audit.firstBrokenLink()).contains(3L);
    }

    @Test
    void findsAnEditedTimeOrOutcomeLinkToo() {
        act("a");
        act("b");
        audit.recordOutcome(1, "verifier", "fine");
        tamper("UPDATE audit_log SET outcome_of = 2 WHERE sequence = 3");
        assertThat(audit.firstBrokenLink()).contains(3L);

        tamper("UPDATE audit_log SET entry_time = entry_time + 1 WHERE sequence = 2");
        assertThat(audit.firstBrokenLink()).contains(2L);
    }

    @Test
    void findsADeletedEntry() {
        for (int i = 0; i < 5; i++) {
            act("action " + i);
        }
        tamper("DELETE FROM audit_log WHERE sequence = 2");

        assertThat(audit.firstBrokenLink()).contains(2L);
    }

    @Test
    void keepsTheChainAcrossCloseAndReopen() {
        act("before");

        audit = new SqlAuditLog(reopen(), clock);
        AuditEntry after = act("after");

        assertThat(after.sequence()).isEqualTo(2);
        assertThat(audit.firstBrokenLink()).isEmpty();
    }

    @Test
    void numbersConcurrentAppendsWithoutGapsAndKeepsTheChainIntact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Long> sequences = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        AuditEntry action = audit.append("agent-" + thread, "act", "t" + i, "because", "better");
                        sequences.add(action.sequence());
                        if (i % 4 == 0) {
                            sequences.add(audit.recordOutcome(action.sequence(), "verifier", "as predicted").sequence());
                        }
                    }
                    return sequences;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
            assertThat(audit.firstBrokenLink()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesBadInputWithAClearReasonAndStoresNothing() {
        assertThatThrownBy(() -> audit.append(" ", "a", "t", "r", "p")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor must not be blank");
        assertThatThrownBy(() -> audit.append("loop", "a", "t", "", "p")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must not be blank");
        assertThatThrownBy(() -> audit.append("loop", "a", "t", "r", "p\u0000")).isInstanceOf(
                IllegalArgumentException.class).hasMessage("predicted effect contains a NUL character (at index 1)");
        assertThatThrownBy(() -> audit.append("loop", "a", "t".repeat(1025), "r", "p")).isInstanceOf(
                IllegalArgumentException.class).hasMessage("target is 1025 characters long (at most 1024)");
        assertThatThrownBy(() -> audit.recordOutcome(1, "loop", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measured effect must not be blank");
        assertThatThrownBy(() -> audit.entry(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.entries(T0.plusSeconds(1), T0)).isInstanceOf(IllegalArgumentException.class);

        assertThat(audit.entries(Instant.MIN, Instant.MAX)).isEmpty();
        assertThat(act("first").sequence()).isEqualTo(1);
    }

    /** The chain hash computed from the Javadoc of AuditChain alone, independently of the implementation. */
    private static String documentedHash(String previous, AuditEntry e) throws IOException, Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (String s : List.of("nettwin-audit/1", previous)) {
            writeText(out, s);
        }
        out.writeLong(e.sequence());
        out.writeLong(e.time().getEpochSecond() * 1_000_000 + e.time().getNano() / 1000);
        for (String s : List.of(e.actor(), e.action(), e.target(), e.reason(), e.predictedEffect())) {
            writeText(out, s);
        }
        out.writeByte(e.measuredEffect().isPresent() ? 1 : 0);
        if (e.measuredEffect().isPresent()) {
            writeText(out, e.measuredEffect().get());
        }
        out.writeByte(e.outcomeOf().isPresent() ? 1 : 0);
        if (e.outcomeOf().isPresent()) {
            out.writeLong(e.outcomeOf().get());
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
