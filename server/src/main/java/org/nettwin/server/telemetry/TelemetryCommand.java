package org.nettwin.server.telemetry;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nettwin telemetry ...}: works on captured telemetry payloads. */
@Command(name = "telemetry", mixinStandardHelpOptions = true,
        description = "Works on captured telemetry payloads.",
        subcommands = {DecodeCommand.class})
public final class TelemetryCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
