package org.nettwin.sim.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.scenario.ScenarioReader;
import org.nettwin.model.scenario.Scenario;

/** The ns-3 anchor scenarios and their per-flow reference results (mean of 3 runs) from ../shared/spec/anchors/ns3. */
final class Ns3Anchors {

    /** One flow's ns-3 figures. */
    record Reference(String scenario, String flow, double txPackets, double rxPackets, double meanDelayS,
                     double throughputBps) {
    }

    private Ns3Anchors() {
    }

    static Path root() {
        String shared = System.getProperty("nettwin.shared", "../../shared");
        return Path.of(shared).resolve("spec/anchors/ns3");
    }

    static Scenario scenario(String name) {
        try {
            return new ScenarioReader().readScenario(InputFile.read(root().resolve("scenarios/" + name + ".json")));
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per scenario name, the flows in file order. */
    static Map<String, List<Reference>> references() {
        Map<String, List<Reference>> out = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(root().resolve("results/flows-mean-of-3-runs.csv"));
            String[] header = lines.get(0).split(",");
            List<String> columns = List.of(header);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                Reference r = new Reference(f[columns.indexOf("scenario")], f[columns.indexOf("flow_id")],
                        Double.parseDouble(f[columns.indexOf("tx_packets")]),
                        Double.parseDouble(f[columns.indexOf("rx_packets")]),
                        Double.parseDouble(f[columns.indexOf("mean_delay_s")]),
                        Double.parseDouble(f[columns.indexOf("throughput_bps")]));
                out.computeIfAbsent(r.scenario(), k -> new ArrayList<>()).add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
