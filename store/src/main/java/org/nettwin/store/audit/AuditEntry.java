package org.nettwin.store.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the append-only audit log: who or what ({@code actor}) did what ({@code action}) to what
 * ({@code target}), why, and the effect predicted before acting; an outcome entry ({@code outcomeOf} set) records the
 * measured effect of an earlier action. {@code hash} chains each entry to the one before (SHA-256 of the previous
 * hash and this entry's fields), so an edited or removed entry is detected.
 */
public record AuditEntry(long sequence, Instant time, String actor, String action, String target, String reason,
                         String predictedEffect, Optional<String> measuredEffect, Optional<Long> outcomeOf,
                         String hash) {

    public AuditEntry {
        requireNonNull(time, "time");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(target, "target");
        requireNonNull(reason, "reason");
        requireNonNull(predictedEffect, "predictedEffect");
        requireNonNull(measuredEffect, "measuredEffect");
        requireNonNull(outcomeOf, "outcomeOf");
        requireNonNull(hash, "hash");
    }
}
