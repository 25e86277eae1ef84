package org.nettwin.store.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The append-only, hash-chained audit log of every action taken on the network. Thread-safe; nothing is updated. */
public interface AuditLog {

    /** Appends an action with its reason and predicted effect; time is the store's clock. */
    AuditEntry append(String actor, String action, String target, String reason, String predictedEffect);

    /** Appends the measured effect of the action with sequence {@code actionSequence} (which must exist). */
    AuditEntry recordOutcome(long actionSequence, String actor, String measuredEffect);

    Optional<AuditEntry> entry(long sequence);

    /** Entries with {@code from <= time < to}, in sequence order. */
    List<AuditEntry> entries(Instant from, Instant to);

    /** The first sequence number whose hash does not match the chain, or empty when the log is intact. */
    Optional<Long> firstBrokenLink();
}
