package org.nettwin.server.cli;

import org.nettwin.model.format.FormatException;
import picocli.CommandLine;

/**
 * Turns exceptions escaping a command into one line on stderr: bad input exits 2, anything else is an internal
 * failure (exit 1) whose stack trace is shown only when {@code NETTWIN_DEBUG} is set.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        if (ex instanceof FormatException || ex instanceof BadInputException) {
            cli.getErr().println("nettwin: " + ex.getMessage());
            return Main.BAD_INPUT;
        }
        cli.getErr().println("nettwin: internal error: " + ex);
        if (System.getenv("NETTWIN_DEBUG") != null) {
            ex.printStackTrace(cli.getErr());
        }
        return Main.INTERNAL_FAILURE;
    }
}
