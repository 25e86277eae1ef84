package org.nettwin.server.cli;

/** Input the user can fix (a malformed file, a bad option value); reported in one line with exit status 2. */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
