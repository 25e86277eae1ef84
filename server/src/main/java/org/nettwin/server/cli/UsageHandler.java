package org.nettwin.server.cli;

import picocli.CommandLine;

/** Reports a command-line mistake in one line plus a hint, with exit status 2. */
final class UsageHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        cli.getErr().println("nettwin: " + ex.getMessage().replaceAll("[\\r\\n]+", " ")
                + " (see '" + cli.getCommandSpec().qualifiedName() + " --help')");
        return Main.BAD_INPUT;
    }
}
