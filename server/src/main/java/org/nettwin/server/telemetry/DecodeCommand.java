package org.nettwin.server.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.server.cli.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nettwin telemetry decode --format FORMAT FILE}: decodes a captured payload as the collectors do and prints
 * one JSON object per measurement per line, in input order (spec/cli.md, "Telemetry decoding"). On malformed input
 * the lines decoded before the fault are printed, then one line on stderr names the file, the position and the
 * problem, and the exit status is 2.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decodes a captured telemetry payload into one JSON object per measurement per line.")
public final class DecodeCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "payload format: gnmi-json (JSON array of gNMI SubscribeResponse messages) or prometheus "
                    + "(text exposition format 0.0.4)")
    private String format;

    @Parameters(index = "0", paramLabel = "FILE", description = "the payload file")
    private Path file;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException, IOException {
        TelemetryFormat chosen = TelemetryFormat.named(format).orElseThrow(() -> new BadInputException(
                "unknown --format '" + format + "' (expected one of: " + TelemetryFormat.names() + ")"));
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new FormatException(name, "", "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new FormatException(name, "", "not a regular file");
        }
        String source = file.getFileName() == null ? name : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file);
             MeasurementLines lines = new MeasurementLines(spec.commandLine().getOut(), chosen)) {
            chosen.decode(name, in, source, lines);
        }
        return 0;
    }
}
