package org.nettwin.model.format;

import static java.util.Objects.requireNonNull;

/**
 * A file that cannot be read as a network: names the file, where in it (a line, or an element) and the problem,
 * in one line, e.g. {@code abilene.txt: line 42: link L3 references unknown node X9}.
 */
public final class FormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;
    private final String problem;

    public FormatException(String file, String location, String problem) {
        super(compose(file, location, problem));
        this.file = requireNonNull(file, "file");
        this.location = requireNonNull(location, "location");
        this.problem = requireNonNull(problem, "problem");
    }

    public FormatException(String file, int line, String problem) {
        this(file, line > 0 ? "line " + line : "", problem);
    }

    public String file() {
        return file;
    }

    /** Where in the file, e.g. {@code line 12} or {@code link L3}; empty when it concerns the whole file. */
    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }

    private static String compose(String file, String location, String problem) {
        String oneLine = problem.replaceAll("[\\r\\n]+", " ");
        return location.isEmpty() ? file + ": " + oneLine : file + ": " + location + ": " + oneLine;
    }
}
