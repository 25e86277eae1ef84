package org.nettwin.server.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.NetworkReaders;
import org.nettwin.model.routing.AllPairs;
import org.nettwin.server.cli.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reads a topology (by default the 754-node Kdl network of the Topology Zoo) and computes all-pairs shortest paths,
 * repeatedly after a warm-up, and prints the median and worst wall time of each step and of both together.
 */
@Command(name = "topology", mixinStandardHelpOptions = true,
        description = "Times reading a topology file and computing all-pairs shortest paths (target: well under 1 s).")
public final class TopologyBench implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "topology file (default: ../shared/data/topology-zoo/Kdl.graphml beside the checkout)")
    private Path file;

    @Option(names = "--warmup", defaultValue = "10", description = "untimed rounds first (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--rounds", defaultValue = "30", description = "timed rounds (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--json", description = "print one JSON object with the figures")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException, JsonProcessingException {
        Path input = file != null ? file : SharedPaths.data("topology-zoo/Kdl.graphml");
        if (warmup < 0 || rounds < 1) {
            throw new BadInputException("--warmup must be >= 0 and --rounds >= 1");
        }
        InputFile bytes = InputFile.read(input);
        NetworkReaders readers = NetworkReaders.installed();
        PrintWriter err = spec.commandLine().getErr();
        long[] readNs = new long[rounds];
        long[] pathsNs = new long[rounds];
        long checksum = 0;
        for (int i = -warmup; i < rounds; i++) {
            long t0 = System.nanoTime();
            NetworkFile read = readers.read(bytes);
            long t1 = System.nanoTime();
            AllPairs all = AllPairs.of(read.network().topology());
            long t2 = System.nanoTime();
            checksum += all.metricDiameter();
            if (i >= 0) {
                readNs[i] = t1 - t0;
                pathsNs[i] = t2 - t1;
            }
            if ((i + warmup + 1) % 10 == 0) {
                err.printf(Locale.ROOT, "bench topology: %d/%d rounds%n", i + warmup + 1, warmup + rounds);
            }
        }
        NetworkFile read = readers.read(bytes);
        report(input, read, readNs, pathsNs, checksum);
        return 0;
    }

    private void report(Path input, NetworkFile read, long[] readNs, long[] pathsNs, long checksum)
            throws JsonProcessingException {
        long[] totalNs = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            totalNs[i] = readNs[i] + pathsNs[i];
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("file", input.getFileName().toString());
        figures.put("nodes", read.network().topology().nodes().size());
        figures.put("links", read.network().topology().links().size());
        figures.put("rounds", rounds);
        figures.put("read_ms_median", ms(median(readNs)));
        figures.put("all_pairs_ms_median", ms(median(pathsNs)));
        figures.put("total_ms_median", ms(median(totalNs)));
        figures.put("total_ms_max", ms(Arrays.stream(totalNs).max().orElse(0)));
        figures.put("metric_diameter", checksum / (warmup + rounds));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(figures));
            return;
        }
        out.printf(Locale.ROOT, "%s: %d nodes, %d links; %d timed rounds after %d warm-up rounds%n", figures.get("file"),
                figures.get("nodes"), figures.get("links"), rounds, warmup);
        out.printf(Locale.ROOT, "  read file            median %8.2f ms%n", figures.get("read_ms_median"));
        out.printf(Locale.ROOT, "  all-pairs shortest   median %8.2f ms%n", figures.get("all_pairs_ms_median"));
        out.printf(Locale.ROOT, "  both                 median %8.2f ms   worst %8.2f ms   (target: well under 1000 ms)%n",
                figures.get("total_ms_median"), figures.get("total_ms_max"));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
