package org.nettwin.server.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.NetworkReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nettwin topology FILE [--json]}: reads a topology file of any supported format and summarises it. */
@Command(name = "topology", mixinStandardHelpOptions = true,
        description = {"Reads a topology file and prints a summary.",
            "Formats, detected by content: Topology Zoo GraphML, SNDlib native and XML, scenario JSON, "
                + "nettwin topology JSON."})
public final class TopologyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the topology file")
    private Path file;

    @Option(names = "--json", description = "print exactly one JSON object (spec/cli.md)")
    private boolean json;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "how many of the most loaded links to list (default ${DEFAULT-VALUE})")
    private int top;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException, JsonProcessingException {
        NetworkFile read = NetworkReaders.installed().read(file);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : read.warnings()) {
            err.println("warning: " + warning);
        }
        TopologySummary summary = TopologySummary.of(read);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(summary.toJson()));
        } else {
            summary.describe().forEach(out::println);
            read.network().slices().forEach(slice -> out.println("  slice:          " + SliceLine.of(slice)));
            LoadReport.of(read.network(), Math.max(0, top)).lines().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
