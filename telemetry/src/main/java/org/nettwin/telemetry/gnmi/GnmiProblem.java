package org.nettwin.telemetry.gnmi;

/** Why part of one message cannot be decoded; turned into a {@code FormatException} with the message position. */
final class GnmiProblem extends Exception {

    private static final long serialVersionUID = 1L;

    GnmiProblem(String problem) {
        super(problem, null, false, false);
    }
}
