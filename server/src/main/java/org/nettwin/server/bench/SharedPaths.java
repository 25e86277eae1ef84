package org.nettwin.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nettwin.server.cli.BadInputException;

/** Finds the team's shared data beside the checkout, where benchmarks take their default inputs from. */
final class SharedPaths {

    private SharedPaths() {
    }

    /**
     * {@code shared/data/RELATIVE} beside the checkout: the system property {@code nettwin.shared} when set (tests),
     * else found from the jar, which lives in {@code <checkout>/server/target}.
     *
     * @throws BadInputException when the file does not exist
     */
    static Path data(String relative) {
        String property = System.getProperty("nettwin.shared");
        Path shared;
        if (property != null) {
            shared = Path.of(property);
        } else {
            String jar = SharedPaths.class.getProtectionDomain().getCodeSource().getLocation().getPath();
            shared = Path.of(jar).toAbsolutePath().getParent().getParent().getParent().getParent().resolve("shared");
        }
        Path candidate = shared.resolve("data").resolve(relative);
        if (!Files.isRegularFile(candidate)) {
            throw new BadInputException(candidate + " does not exist (give the file explicitly)");
        }
        return candidate;
    }
}
