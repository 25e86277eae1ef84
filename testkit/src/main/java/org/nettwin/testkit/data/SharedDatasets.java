package org.nettwin.testkit.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the team's shared datasets and specs ({@code ../shared} beside the checkout, present in CI). The build sets
 * the system property {@code nettwin.shared}; tests run from an IDE fall back to walking up from the working dir.
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    /** The {@code shared} folder. */
    public static Path root() {
        String property = System.getProperty("nettwin.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("data"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the shared folder (set -Dnettwin.shared)");
    }

    /** A path below {@code shared/data}. */
    public static Path data(String relative) {
        return root().resolve("data").resolve(relative);
    }

    /** A path below {@code shared/spec}. */
    public static Path spec(String relative) {
        return root().resolve("spec").resolve(relative);
    }

    /** Regular files directly in a folder whose names end with {@code suffix}, sorted by name. */
    public static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every topology file the shared data holds: Topology Zoo GraphML, SNDlib native and XML, ns-3 scenarios. */
    public static List<Path> topologyFiles() {
        return Stream.of(files(data("topology-zoo"), ".graphml"), files(data("sndlib-topologies/native"), ".txt"),
                        files(data("sndlib-topologies/xml"), ".xml"), files(spec("anchors/ns3/scenarios"), ".json"))
                .flatMap(List::stream).toList();
    }
}
