package org.nettwin.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.nettwin.emulator.flaw.DeviceFlaws;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.DurationConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nettwin bench soak}: the end-to-end soak of issue 5 — an emulated metro of {@code --sites} radio sites
 * (160 by default: 216 gNMI/Prometheus devices, 320 MQTT cells, 20,628 numeric series) over real protocols with TLS, collected,
 * cleaned and stored for {@code --duration}; prints expected vs stored samples, lag and heap.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Emulator -> collectors -> pipeline -> store end to end (target: zero loss, lag < 2 s, bounded heap).")
public final class SoakBench implements Callable<Integer> {

    @Option(names = "--sites", defaultValue = "160", description = "radio sites (default ${DEFAULT-VALUE})")
    private int sites;

    @Option(names = "--duration", defaultValue = "10m", converter = DurationConverter.class,
            description = "measured window (default ${DEFAULT-VALUE})")
    private Duration duration;

    @Option(names = "--warmup", defaultValue = "30s", converter = DurationConverter.class,
            description = "time before the window opens (default ${DEFAULT-VALUE})")
    private Duration warmup;

    @Option(names = "--duplicates", defaultValue = "0.002",
            description = "probability a device sends a message twice (default ${DEFAULT-VALUE})")
    private double duplicates;

    @Option(names = "--json", description = "print one JSON object with the figures")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (sites < 5 || duration.toSeconds() < 10 || warmup.isNegative() || duplicates < 0 || duplicates >= 1) {
            throw new BadInputException("need --sites >= 5, --duration >= 10s, --warmup >= 0, 0 <= --duplicates < 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = Files.createTempDirectory("nettwin-soak");
        try {
            // The soak scores against the store, not the truth: keep 30 s of it (a truth second of this network holds
            // 29,000 origin-destination pairs, ~470 KB, so the default 300 s ring alone would be ~140 MB of heap).
            EmulatorSettings settings = EmulatorSettings.DEFAULTS.withTruthSeconds(30).withDefaultFlaws(DeviceFlaws.NONE
                    .withClock(Duration.ofMillis(60), 15.0).withMessages(0, duplicates, 0, 0, Duration.ZERO));
            SoakReport report = SoakRun.run(sites, duration, warmup, dir.resolve("store"), settings, err);
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(report.toJson()));
            } else {
                out.println("bench soak: " + sites + " radio sites for " + duration);
                report.lines().forEach(l -> out.println("  " + l));
            }
            out.flush();
            return report.passed() ? 0 : 1;
        } finally {
            TempTree.delete(dir);
        }
    }
}
