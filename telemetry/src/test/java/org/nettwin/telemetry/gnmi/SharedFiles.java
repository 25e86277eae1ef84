package org.nettwin.telemetry.gnmi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared gNMI captures ({@code ../shared/data/gnmi-notifications/CASE/responses.json}). */
final class SharedFiles {

    private SharedFiles() {
    }

    static Path data(String relative) {
        String shared = System.getProperty("nettwin.shared", "../../shared");
        return Path.of(shared).resolve("data").resolve(relative);
    }

    static List<Path> responses() {
        try (Stream<Path> cases = Files.list(data("gnmi-notifications"))) {
            List<Path> files = cases.map(c -> c.resolve("responses.json")).filter(Files::isRegularFile).sorted()
                    .toList();
            if (files.size() < 11) {
                throw new IllegalStateException("expected the 11 shared gNMI cases, found " + files.size());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
