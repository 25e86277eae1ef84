package org.nettwin.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nettwin.server.cli.BadInputException;

/** Finds the team's {@code shared} folder beside the checkout the running jar was built in. */
final class SharedFolder {

    private SharedFolder() {
    }

    static Path locate() {
        String jar = SharedFolder.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        // The jar (or the classes folder) lives in <checkout>/server/target; the shared folder sits beside the checkout.
        Path candidate = Path.of(jar).toAbsolutePath().getParent().getParent().getParent().getParent().resolve("shared");
        if (!Files.isDirectory(candidate)) {
            throw new BadInputException(candidate + " does not exist; give --shared DIR");
        }
        return candidate;
    }
}
