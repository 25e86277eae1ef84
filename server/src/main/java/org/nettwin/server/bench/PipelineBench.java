package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.pipeline.CleanSampleSink;
import org.nettwin.telemetry.pipeline.CleaningPipeline;
import org.nettwin.telemetry.pipeline.PipelineSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Pushes synthetic telemetry (sources x series, one reading each per second: interface counters and gauges, with
 * skewed clocks and jittered delays) through one cleaning pipeline on one thread, and prints samples per second per
 * core, both as decoded {@link Measurement}s (interning included) and through the indexed fast path.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Times the telemetry cleaning pipeline on one core (target: >= 1,000,000 samples/s).")
public final class PipelineBench implements Callable<Integer> {

    private static final long S = 1_000_000_000L;

    @Option(names = "--sources", defaultValue = "200", description = "devices (default ${DEFAULT-VALUE})")
    private int sources;

    @Option(names = "--series", defaultValue = "20000", description = "series in all (default ${DEFAULT-VALUE})")
    private int series;

    @Option(names = "--seconds", defaultValue = "120", description = "seconds of telemetry per round (default ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--rounds", defaultValue = "3", description = "timed rounds after one warm-up (default ${DEFAULT-VALUE})")
    private int rounds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private long emitted;

    @Override
    public Integer call() {
        if (sources < 1 || series < sources || seconds < 2 || rounds < 1) {
            throw new BadInputException("need --sources >= 1, --series >= --sources, --seconds >= 2, --rounds >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        double bestObjects = 0;
        double bestIndexed = 0;
        for (int r = -1; r < rounds; r++) {
            double objects = run(false);
            double indexed = run(true);
            if (r >= 0) {
                bestObjects = Math.max(bestObjects, objects);
                bestIndexed = Math.max(bestIndexed, indexed);
            }
        }
        out.printf(Locale.ROOT, "bench pipeline: %d sources, %d series at 1 s, %d s per round, best of %d rounds%n",
                sources, series, seconds, rounds);
        out.printf(Locale.ROOT, "  measurements (intern + clean): %,.0f samples/s per core%n", bestObjects);
        out.printf(Locale.ROOT, "  indexed fast path:             %,.0f samples/s per core%n", bestIndexed);
        out.printf(Locale.ROOT, "  clean samples emitted (last round): %,d%n", emitted);
        out.flush();
        return 0;
    }

    /** One round on a fresh pipeline; samples per second of wall time. */
    private double run(boolean indexed) {
        long[] count = new long[1];
        CleanSampleSink sink = (s, t, v, q) -> count[0]++;
        CleaningPipeline p = new CleaningPipeline(PipelineSettings.DEFAULTS, Clock.systemUTC(), sink);
        int perSource = series / sources;
        String[] names = new String[perSource];
        for (int k = 0; k < perSource; k++) {
            names[k] = k % 4 == 3 ? "/components/component[name=cpu" + k + "]/state/temperature/instant"
                    : "/interfaces/interface[name=eth" + k + "]/state/counters/" + (k % 2 == 0 ? "in-octets" : "out-pkts");
        }
        Map<String, String> labels = Map.of("origin", "openconfig");
        String[] sourceNames = new String[sources];
        int[][] index = new int[sources][perSource];
        for (int d = 0; d < sources; d++) {
            sourceNames[d] = "device-" + d;
            for (int k = 0; k < perSource; k++) {
                index[d][k] = p.series(sourceNames[d], names[k], labels).index();
            }
        }
        long t0 = 1_750_000_000L * S;
        long n = 0;
        long start = System.nanoTime();
        for (int sec = 0; sec < seconds; sec++) {
            for (int d = 0; d < sources; d++) {
                long src = t0 + sec * S + (d % 7) * 1_000_000L + 300_000_000L;
                long recv = t0 + sec * S + 2_000_000L + (sec * 7919L + d * 104729L) % 3_000_000L;
                for (int k = 0; k < perSource; k++) {
                    double v = k % 4 == 3 ? 40 + (k + sec) % 5 : (double) sec * (1000 + k) * 1250;
                    if (indexed) {
                        p.accept(index[d][k], src, recv, v);
                    } else {
                        p.accept(new Measurement(sourceNames[d], names[k], labels, OptionalLong.of(src),
                                MeasuredValue.of(v)), recv);
                    }
                    n++;
                }
            }
        }
        long elapsed = System.nanoTime() - start;
        emitted = count[0];
        return n * 1e9 / elapsed;
    }
}
