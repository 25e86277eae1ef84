package org.nettwin.store.history;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One recorded version of the network (bitemporal): in force from {@code validFrom} (valid time) until the next
 * version's valid time, and known to the twin from {@code recordedAt} (record time). Recording a version with a
 * valid time in the past is a correction: queries "as known at" an earlier record time do not see it.
 */
public record NetworkVersion(long version, Instant validFrom, Instant recordedAt, String reason) {

    public NetworkVersion {
        requireNonNull(validFrom, "validFrom");
        requireNonNull(recordedAt, "recordedAt");
        requireNonNull(reason, "reason");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
    }
}
