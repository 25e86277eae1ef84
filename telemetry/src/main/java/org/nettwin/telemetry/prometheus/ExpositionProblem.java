package org.nettwin.telemetry.prometheus;

/** Why one line cannot be parsed, and at which 1-based column. */
final class ExpositionProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;

    ExpositionProblem(int column, String problem) {
        super(problem, null, false, false);
        this.column = column;
    }

    int column() {
        return column;
    }
}
