package org.nettwin.store.history;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A configuration setting of a device changed (e.g. {@code r1}, {@code interface/eth0/enabled} = {@code false}),
 * bitemporally: valid from {@code validFrom}, known from {@code recordedAt}. An empty value means the setting was
 * removed.
 */
public record ConfigChange(long id, String device, String key, Optional<String> value, Instant validFrom,
                           Instant recordedAt, String reason) {

    public ConfigChange {
        requireNonNull(device, "device");
        requireNonNull(key, "key");
        requireNonNull(value, "value");
        requireNonNull(validFrom, "validFrom");
        requireNonNull(recordedAt, "recordedAt");
        requireNonNull(reason, "reason");
        if (device.isBlank() || key.isBlank()) {
            throw new IllegalArgumentException("device and key must not be blank");
        }
    }
}
