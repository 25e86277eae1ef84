package org.nettwin.server.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.telemetry.gnmi.GnmiJsonDecoder;
import org.nettwin.telemetry.gnmi.collector.GnmiProtoDecoder;
import org.nettwin.telemetry.pipeline.CleanSampleSink;
import org.nettwin.telemetry.pipeline.CleaningPipeline;
import org.nettwin.telemetry.pipeline.PipelineSettings;
import org.nettwin.telemetry.prometheus.PrometheusTextDecoder;
import org.nettwin.telemetry.spi.MeasurementSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Decode and clean together on one thread, message by message as a collector receives them: gNMI
 * SubscribeResponse JSON (one notification of {@code --leaves} updates per device per second, fresh timestamps and
 * counter values every second, so nothing is a duplicate) and Prometheus scrapes (one per device per second) go
 * through their decoder into one {@link CleaningPipeline}. Payloads are generated before timing. Prints samples per
 * second per core for each format (target: at least 1,000,000).
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Times decode + cleaning pipeline together on one core (target: >= 1,000,000 samples/s).")
public final class CollectBench implements Callable<Integer> {

    private static final long S = 1_000_000_000L;
    private static final long T0 = 1_764_000_000L * S;

    @Option(names = "--devices", defaultValue = "200", description = "devices (default ${DEFAULT-VALUE})")
    private int devices;

    @Option(names = "--leaves", defaultValue = "100", description = "leaves per device (default ${DEFAULT-VALUE})")
    private int leaves;

    @Option(names = "--seconds", defaultValue = "20", description = "seconds of telemetry (default ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--rounds", defaultValue = "3", description = "timed rounds after one warm-up (default ${DEFAULT-VALUE})")
    private int rounds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        if (devices < 1 || leaves < 4 || seconds < 3 || rounds < 1) {
            throw new BadInputException("need --devices >= 1, --leaves >= 4, --seconds >= 3, --rounds >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> gnmi = gnmiMessages();
        List<byte[]> prometheus = prometheusScrapes();
        List<byte[]> proto = GnmiProtoMessages.of(devices, leaves, seconds, T0);
        double protoBest = best(proto, Mode.GNMI_PROTO);
        double gnmiBest = best(gnmi, Mode.GNMI_JSON);
        double promBest = best(prometheus, Mode.PROMETHEUS);
        out.printf(Locale.ROOT, "bench collect: %d devices x %d leaves at 1 s, %d s of telemetry, best of %d rounds%n",
                devices, leaves, seconds, rounds);
        out.printf(Locale.ROOT, "  gnmi (protobuf, as the gRPC collector gets it) decode + clean: %,12.0f samples/s "
                + "per core (target >= 1,000,000)%n", protoBest);
        out.printf(Locale.ROOT, "  gnmi-json  decode + clean: %,12.0f samples/s per core (target >= 1,000,000)%n",
                gnmiBest);
        out.printf(Locale.ROOT, "  prometheus decode + clean: %,12.0f samples/s per core (target >= 1,000,000)%n",
                promBest);
        out.flush();
        return 0;
    }

    /** Which decoder a message list is for. */
    private enum Mode { GNMI_PROTO, GNMI_JSON, PROMETHEUS }

    private double best(List<byte[]> messages, Mode mode) throws FormatException {
        double best = 0;
        for (int r = -1; r < rounds; r++) {
            double rate = run(messages, mode);
            if (r >= 0) {
                best = Math.max(best, rate);
            }
        }
        return best;
    }

    /** One pass over all messages on a fresh pipeline; samples per second of wall time. */
    private double run(List<byte[]> messages, Mode mode) throws FormatException {
        long[] clean = new long[1];
        CleanSampleSink counting = (s, t, v, q) -> clean[0]++;
        CleaningPipeline pipeline = new CleaningPipeline(PipelineSettings.DEFAULTS, java.time.Clock.systemUTC(),
                counting);
        GnmiJsonDecoder[] gnmiDecoders = new GnmiJsonDecoder[devices];
        PrometheusTextDecoder[] promDecoders = new PrometheusTextDecoder[devices];
        GnmiProtoDecoder[] protoDecoders = new GnmiProtoDecoder[devices];
        for (int d = 0; d < devices; d++) {
            gnmiDecoders[d] = new GnmiJsonDecoder("device-" + d);
            promDecoders[d] = new PrometheusTextDecoder("device-" + d);
            protoDecoders[d] = new GnmiProtoDecoder("device-" + d);
        }
        long[] samples = new long[1];
        long[] receive = new long[1];
        MeasurementSink sink = m -> {
            samples[0]++;
            pipeline.accept(m, receive[0]);
        };
        long start = System.nanoTime();
        for (int i = 0; i < messages.size(); i++) {
            int d = i % devices;
            int sec = i / devices;
            receive[0] = T0 + sec * S + 302_000_000L + (d % 11) * 1_000_000L;
            if (mode == Mode.GNMI_PROTO) {
                protoDecoders[d].decode("bench", messages.get(i), sink);
                continue;
            }
            ByteArrayInputStream in = new ByteArrayInputStream(messages.get(i));
            if (mode == Mode.GNMI_JSON) {
                gnmiDecoders[d].decode("bench", in, sink);
            } else {
                promDecoders[d].decode("bench", in, sink);
            }
        }
        long elapsed = System.nanoTime() - start;
        if (clean[0] == 0) {
            throw new IllegalStateException("the pipeline emitted nothing: the benchmark is broken");
        }
        return samples[0] * 1e9 / elapsed;
    }

    private List<byte[]> gnmiMessages() {
        List<byte[]> out = new ArrayList<>(devices * seconds);
        StringBuilder b = new StringBuilder(leaves * 200);
        for (int sec = 0; sec < seconds; sec++) {
            for (int d = 0; d < devices; d++) {
                b.setLength(0);
                long ts = T0 + sec * S + 300_000_000L + (d % 7) * 1_000_000L;
                b.append("[{\"update\":{\"timestamp\":\"").append(ts)
                        .append("\",\"prefix\":{\"origin\":\"openconfig\",\"target\":\"device-").append(d)
                        .append("\"},\"update\":[");
                for (int k = 0; k < leaves; k++) {
                    if (k > 0) {
                        b.append(',');
                    }
                    leaf(b, k, sec);
                }
                b.append("]}}]");
                out.add(b.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void leaf(StringBuilder b, int k, int sec) {
        if (k % 10 == 9) {
            b.append("{\"path\":{\"elem\":[{\"name\":\"components\"},{\"name\":\"component\",\"key\":{\"name\":\"CPU")
                    .append(k).append("\"}},{\"name\":\"cpu\"},{\"name\":\"utilization\"},{\"name\":\"state\"},"
                            + "{\"name\":\"instant\"}]},\"val\":{\"doubleVal\":")
                    .append(30 + (k + sec) % 7).append(".5}}");
            return;
        }
        String[] counters = {"in-octets", "out-octets", "in-pkts", "out-pkts", "in-discards", "out-discards",
            "in-errors", "out-errors", "in-unicast-pkts"};
        long value = (long) sec * (1_000 + k) * 125_000L + k;
        b.append("{\"path\":{\"elem\":[{\"name\":\"interfaces\"},{\"name\":\"interface\",\"key\":{\"name\":\"eth")
                .append(k / 10).append("\"}},{\"name\":\"state\"},{\"name\":\"counters\"},{\"name\":\"")
                .append(counters[k % 10]).append("\"}]},\"val\":{\"uintVal\":\"").append(value).append("\"}}");
    }

    private List<byte[]> prometheusScrapes() {
        List<byte[]> out = new ArrayList<>(devices * seconds);
        StringBuilder b = new StringBuilder(leaves * 80);
        for (int sec = 0; sec < seconds; sec++) {
            for (int d = 0; d < devices; d++) {
                b.setLength(0);
                b.append("# HELP node_network_receive_bytes_total Bytes received.\n")
                        .append("# TYPE node_network_receive_bytes_total counter\n");
                for (int k = 0; k < leaves; k++) {
                    b.append("node_network_receive_bytes_total{device=\"eth").append(k).append("\"} ")
                            .append((long) sec * (1_000 + k) * 125_000L + k).append('\n');
                }
                out.add(b.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
