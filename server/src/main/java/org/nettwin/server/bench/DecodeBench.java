package org.nettwin.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.nettwin.model.format.FormatException;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.telemetry.TelemetryFormat;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.spi.MeasurementSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Decodes large in-memory payloads built from the shared captures (every gNMI response of
 * {@code gnmi-notifications}, the node_exporter scrape) on one thread, repeatedly after a warm-up, and prints the
 * samples decoded per second for each format (target: at least 1,000,000 per core).
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Times telemetry decoding on one core and prints samples/s (target: >= 1,000,000).")
public final class DecodeBench implements Callable<Integer> {

    @Option(names = "--samples", defaultValue = "200000",
            description = "approximate samples per payload (default ${DEFAULT-VALUE})")
    private int samples;

    @Option(names = "--warmup", defaultValue = "5", description = "untimed rounds first (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--rounds", defaultValue = "10", description = "timed rounds (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--json", description = "print one JSON object with the figures")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, FormatException {
        if (samples < 1 || warmup < 0 || rounds < 1) {
            throw new BadInputException("--samples and --rounds must be >= 1 and --warmup >= 0");
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("gnmi-json", time(TelemetryFormat.GNMI_JSON, gnmiPayload()));
        figures.put("prometheus", time(TelemetryFormat.PROMETHEUS, prometheusPayload()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(figures));
            return 0;
        }
        for (Map.Entry<String, Object> entry : figures.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) entry.getValue();
            out.printf(Locale.ROOT, "%-10s %,9d samples, %,6.1f MB per payload: %,12.0f samples/s on one core "
                    + "(median of %d rounds; target >= 1,000,000)%n", entry.getKey(), f.get("samples"),
                    f.get("payload_mb"), f.get("samples_per_s"), rounds);
        }
        return 0;
    }

    private Map<String, Object> time(TelemetryFormat format, byte[] payload) throws FormatException {
        Counter counter = new Counter();
        long[] ns = new long[rounds];
        for (int i = -warmup; i < rounds; i++) {
            counter.count = 0;
            long t0 = System.nanoTime();
            format.decode("bench", new ByteArrayInputStream(payload), "bench", counter);
            long t1 = System.nanoTime();
            if (i >= 0) {
                ns[i] = t1 - t0;
            }
        }
        java.util.Arrays.sort(ns);
        long median = ns[rounds / 2];
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("samples", counter.count);
        f.put("payload_mb", Math.round(payload.length / 1e5) / 10.0);
        f.put("samples_per_s", (double) Math.round(counter.count * 1e9 / median));
        f.put("median_ms", Math.round(median / 1e4) / 100.0);
        f.put("checksum", counter.checksum);
        return f;
    }

    /** All messages of all shared gNMI cases, repeated until the payload holds about {@code samples} leaves. */
    private byte[] gnmiPayload() throws IOException, FormatException {
        Path folder = SharedPaths.data("gnmi-notifications/issue_13052/responses.json").getParent().getParent();
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode all = mapper.createArrayNode();
        List<Path> files;
        try (Stream<Path> cases = Files.list(folder)) {
            files = cases.map(c -> c.resolve("responses.json")).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            for (JsonNode message : mapper.readTree(file.toFile())) {
                all.add(message);
            }
        }
        byte[] once = mapper.writeValueAsBytes(all);
        Counter counter = new Counter();
        TelemetryFormat.GNMI_JSON.decode("bench", new ByteArrayInputStream(once), "bench", counter);
        ArrayNode big = mapper.createArrayNode();
        for (long n = 0; n < samples; n += counter.count) {
            big.addAll(all);
        }
        return mapper.writeValueAsBytes(big);
    }

    /** The node_exporter scrape, repeated until it holds about {@code samples} sample lines. */
    private byte[] prometheusPayload() throws IOException, FormatException {
        byte[] once = Files.readAllBytes(SharedPaths.data("prometheus-exposition/node_exporter-e2e-output-linux.txt"));
        Counter counter = new Counter();
        TelemetryFormat.PROMETHEUS.decode("bench", new ByteArrayInputStream(once), "bench", counter);
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        for (long n = 0; n < samples; n += counter.count) {
            big.write(once);
            big.write('\n');
        }
        return big.toByteArray();
    }

    /** Counts measurements and folds their values into a checksum, so that the decoding cannot be optimised away. */
    private static final class Counter implements MeasurementSink {
        private long count;
        private double checksum;

        @Override
        public void accept(Measurement m) {
            count++;
            if (m.value() instanceof MeasuredValue.Numeric n && Double.isFinite(n.value())) {
                checksum += n.value() * 1e-12;
            }
        }
    }
}
