package org.nettwin.server.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.NetworkReaders;
import org.nettwin.model.network.Network;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.topology.TopologySummary;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.TwinStore;
import org.nettwin.store.history.NetworkVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nettwin store ...}: the repository from the command line — record a network version, see the network as it
 * was (and as it was believed) at any moment, list versions. Backend and location from options or the environment
 * ({@link StoreConfig}).
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "The Unified Data Repository: record network versions and replay the network as of any time.",
        subcommands = {StoreCommand.Record.class, StoreCommand.AsOf.class, StoreCommand.Versions.class})
public final class StoreCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the repository is; shared by the sub-commands. */
    static final class Location {
        @Option(names = "--backend", description = "duckdb (default) or postgres; env NETTWIN_STORE")
        Optional<String> backend = Optional.empty();

        @Option(names = "--data-dir", description = "DuckDB directory (default ./data); env NETTWIN_DATA_DIR")
        Optional<Path> dataDir = Optional.empty();

        @Option(names = "--jdbc-url", description = "PostgreSQL JDBC URL; env NETTWIN_STORE_JDBC_URL")
        Optional<String> jdbcUrl = Optional.empty();

        TwinStore open() {
            return JdbcTwinStore.open(StoreConfig.from(System.getenv(), backend, dataDir, jdbcUrl), Clock.systemUTC());
        }
    }

    static Instant instant(String text, String option) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " \"" + text + "\" is not an ISO-8601 instant such as 2026-11-24T14:05:00Z");
        }
    }

    /** {@code store record FILE}: records the network of a topology file as a new version. */
    @Command(name = "record", mixinStandardHelpOptions = true, description = "Records a topology file as a network version.")
    static final class Record implements Callable<Integer> {
        @CommandLine.Mixin
        Location location;

        @Parameters(index = "0", paramLabel = "FILE", description = "a topology file of any format nettwin reads")
        Path file;

        @Option(names = "--valid-from", paramLabel = "INSTANT", description = "when it came into force (default: now)")
        Optional<String> validFrom = Optional.empty();

        @Option(names = "--reason", defaultValue = "recorded from the command line", description = "why")
        String reason;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws FormatException {
            NetworkFile read = NetworkReaders.installed().read(file);
            Instant valid = validFrom.map(t -> instant(t, "--valid-from")).orElse(Instant.now());
            try (TwinStore store = location.open()) {
                NetworkVersion v = store.history().record(read.network(), valid, reason);
                spec.commandLine().getOut().printf("recorded version %d of %s, valid from %s (recorded %s) in %s%n",
                        v.version(), read.network().topology().name(), v.validFrom(), v.recordedAt(), store.backend());
            }
            return 0;
        }
    }

    /** {@code store as-of INSTANT}: the network in force then, optionally as it was known at another time. */
    @Command(name = "as-of", mixinStandardHelpOptions = true,
            description = "Summarises the network in force at INSTANT (as known now, or --known-at).")
    static final class AsOf implements Callable<Integer> {
        @CommandLine.Mixin
        Location location;

        @Parameters(index = "0", paramLabel = "INSTANT", description = "valid time, e.g. 2026-11-24T14:05:00Z")
        String validTime;

        @Option(names = "--known-at", paramLabel = "INSTANT", description = "what the twin believed at this time")
        Optional<String> knownAt = Optional.empty();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Instant valid = instant(validTime, "INSTANT");
            Instant known = knownAt.map(t -> instant(t, "--known-at")).orElse(Instant.now());
            PrintWriter out = spec.commandLine().getOut();
            try (TwinStore store = location.open()) {
                Optional<NetworkVersion> version = store.history().versionAsOf(valid, known);
                if (version.isEmpty()) {
                    throw new BadInputException("no network version in force at " + valid + " as known at " + known);
                }
                Network network = store.history().network(version.get().version()).orElseThrow();
                out.printf("version %d, valid from %s, recorded %s: %s%n", version.get().version(),
                        version.get().validFrom(), version.get().recordedAt(), version.get().reason());
                TopologySummary.of(NetworkFile.of(Format.NETTWIN, network, List.of())).describe().forEach(out::println);
            }
            return 0;
        }
    }

    /** {@code store versions}: every recorded network version. */
    @Command(name = "versions", mixinStandardHelpOptions = true, description = "Lists the recorded network versions.")
    static final class Versions implements Callable<Integer> {
        @CommandLine.Mixin
        Location location;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (TwinStore store = location.open()) {
                List<NetworkVersion> all = store.history().versions(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
                out.printf("%d network versions in %s%n", all.size(), store.backend());
                for (NetworkVersion v : all) {
                    out.printf("  %4d  valid from %-27s recorded %-27s %s%n", v.version(), v.validFrom(), v.recordedAt(),
                            v.reason());
                }
            }
            return 0;
        }
    }
}
