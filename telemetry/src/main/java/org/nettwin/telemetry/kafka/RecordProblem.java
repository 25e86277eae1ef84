package org.nettwin.telemetry.kafka;

/** Why one record was not delivered: a short stable {@code reason}, the {@code source} when known, and details. */
final class RecordProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    RecordProblem(String source, String reason, String message) {
        super(message, null, false, false);
        this.source = source;
        this.reason = reason;
    }

    String source() {
        return source;
    }

    String reason() {
        return reason;
    }
}
