package org.nettwin.store.history;

import java.nio.file.Path;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.graphml.GraphmlReader;
import org.nettwin.model.format.nettwin.NettwinReader;
import org.nettwin.model.network.Network;

/** Real networks for the history tests: the repository's metro example and Topology Zoo files from the shared data. */
final class SampleNetworks {

    private SampleNetworks() {
    }

    /** examples/metro-5g.json (tests run in store/). */
    static Network metro() {
        try {
            return new NettwinReader().readNetwork(InputFile.read(Path.of("..", "examples", "metro-5g.json")));
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Topology Zoo network, e.g. {@code Abilene}, from the shared data directory. */
    static Network zoo(String name) {
        String shared = System.getProperty("nettwin.shared", "../../shared");
        Path file = Path.of(shared, "data", "topology-zoo", name + ".graphml");
        try {
            return new GraphmlReader().read(InputFile.read(file)).network();
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
