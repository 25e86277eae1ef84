package org.nettwin.store.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash that chains audit entries: lower-case hex SHA-256 over, in order, the tag {@code nettwin-audit/1}, the
 * previous entry's hash (64 zeros before the first entry), and this entry's fields — sequence, time in microseconds
 * since 1970, actor, action, target, reason, predicted effect, measured effect, outcome-of. Text is UTF-8 preceded by
 * its byte length (4 bytes, big-endian), numbers are 8 bytes big-endian, and an optional field is one byte 0 (absent)
 * or 1 followed by the value; so no two different entries encode alike, however their text is cut.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final byte[] TAG = "nettwin-audit/1".getBytes(StandardCharsets.UTF_8);

    private final MessageDigest sha256;

    AuditChain() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The hash of {@code entry} (whose own hash is ignored) chained to {@code previous}. */
    String hash(String previous, AuditEntry entry, long timeMicros) {
        sha256.reset();
        bytes(TAG);
        text(previous);
        number(entry.sequence());
        number(timeMicros);
        text(entry.actor());
        text(entry.action());
        text(entry.target());
        text(entry.reason());
        text(entry.predictedEffect());
        optionalText(entry.measuredEffect());
        optionalNumber(entry.outcomeOf());
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void text(String value) {
        bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] value) {
        sha256.update(ByteBuffer.allocate(4).putInt(value.length).array());
        sha256.update(value);
    }

    private void number(long value) {
        sha256.update(ByteBuffer.allocate(8).putLong(value).array());
    }

    private void optionalText(Optional<String> value) {
        sha256.update((byte) (value.isPresent() ? 1 : 0));
        value.ifPresent(this::text);
    }

    private void optionalNumber(Optional<Long> value) {
        sha256.update((byte) (value.isPresent() ? 1 : 0));
        value.ifPresent(this::number);
    }
}
