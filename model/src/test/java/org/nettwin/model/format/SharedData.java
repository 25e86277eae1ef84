package org.nettwin.model.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locates the shared datasets: system property {@code nettwin.shared} (set by Surefire), else {@code ../../shared}. */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String property = System.getProperty("nettwin.shared");
        if (property != null && Files.isDirectory(Path.of(property, "data"))) {
            return Path.of(property);
        }
        return Path.of("../../shared").toAbsolutePath().normalize();
    }

    public static Path dir(String relative) {
        return root().resolve("data").resolve(relative);
    }

    /** The files in {@code data/relative} whose names end with {@code suffix}, sorted; fails when there are none. */
    public static List<Path> files(String relative, String suffix) {
        try (Stream<Path> listing = Files.list(dir(relative))) {
            List<Path> found = listing.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                    .collect(Collectors.toList());
            if (found.isEmpty()) {
                throw new IllegalStateException("no *" + suffix + " files in " + dir(relative));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputFile input(Path path) {
        try {
            return new InputFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> topologyZoo() {
        return files("topology-zoo", ".graphml");
    }

    public static List<Path> sndlibNative() {
        return files("sndlib-topologies/native", ".txt");
    }

    public static List<Path> sndlibXml() {
        return files("sndlib-topologies/xml", ".xml");
    }
}
