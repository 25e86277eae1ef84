package org.nettwin.model.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where tests find the shared datasets and specification files, and the repository's examples. */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** The shared directory: the {@code nettwin.shared} system property, else {@code ../../shared}. */
    public static Path shared() {
        String property = System.getProperty("nettwin.shared");
        Path dir = property != null && !property.isBlank() ? Path.of(property) : Path.of("..", "..", "shared");
        return dir.toAbsolutePath().normalize();
    }

    /** A file under the shared directory. */
    public static Path shared(String relative) {
        return shared().resolve(relative);
    }

    /** The repository's {@code examples} directory (the module runs its tests in {@code model/}). */
    public static Path examples() {
        return Path.of("..", "examples").toAbsolutePath().normalize();
    }

    /** The ns-3 anchor scenario files, sorted by name. */
    public static List<Path> anchorScenarios() {
        try (Stream<Path> files = Files.list(shared("spec/anchors/ns3/scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
