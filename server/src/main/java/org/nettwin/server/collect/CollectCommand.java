package org.nettwin.server.collect;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.nettwin.server.cli.DurationConverter;
import org.nettwin.server.store.StoreConfig;
import org.nettwin.store.JdbcTwinStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nettwin collect}: collects every endpoint of a target directory (as {@code nettwin emulate --directory}
 * writes it) over gNMI, Prometheus and MQTT with TLS into the store, and follows the file: when it changes, targets
 * that disappeared are dropped and new or changed ones added, without a restart.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Collects the endpoints of a target directory into the store; re-reads the file when it changes.")
public final class CollectCommand implements Callable<Integer> {

    @Option(names = "--directory", required = true, paramLabel = "FILE", description = "endpoints and credentials")
    private Path directoryFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "the DuckDB directory (default ./data); env NETTWIN_DATA_DIR")
    private Path dataDir;

    @Option(names = "--duration", converter = DurationConverter.class,
            description = "stop after this long (default: run until Ctrl-C)")
    private Duration duration;

    @Option(names = "--status-every", converter = DurationConverter.class, defaultValue = "10s",
            description = "status line period (default ${DEFAULT-VALUE})")
    private Duration statusEvery;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        TargetDirectory directory = TargetDirectory.readFrom(directoryFile);
        FileTime seen = Files.getLastModifiedTime(directoryFile);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "nettwin-collect-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (JdbcTwinStore store = JdbcTwinStore.open(StoreConfig.from(System.getenv(), Optional.empty(),
                Optional.ofNullable(dataDir), Optional.empty()), Clock.systemUTC());
             LiveCollection live = LiveCollection.start(directory, store.series(), "collect-" + System.currentTimeMillis(),
                     Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofMillis(100))) {
            out.println("nettwin collect: " + directory + " into the " + store.backend() + " store");
            out.flush();
            long start = System.nanoTime();
            long end = duration == null ? Long.MAX_VALUE : start + duration.toNanos();
            long nextStatus = start + statusEvery.toNanos();
            while (System.nanoTime() < end && !stop.await(500, TimeUnit.MILLISECONDS)) {
                seen = reload(live, seen, out);
                if (System.nanoTime() >= nextStatus) {
                    out.println(live.status());
                    out.flush();
                    nextStatus += statusEvery.toNanos();
                }
            }
            out.println(live.status());
            out.flush();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        return 0;
    }

    private FileTime reload(LiveCollection live, FileTime seen, PrintWriter out) {
        try {
            FileTime now = Files.getLastModifiedTime(directoryFile);
            if (now.equals(seen)) {
                return seen;
            }
            int[] change = live.rig().apply(TargetDirectory.readFrom(directoryFile));
            out.printf(Locale.ROOT, "targets reloaded from %s: %d added or changed, %d removed%n", directoryFile,
                    change[0], change[1]);
            out.flush();
            return now;
        } catch (IOException | RuntimeException e) {
            out.println("target directory not reloaded (collection goes on as before): " + e.getMessage());
            out.flush();
            return seen;
        }
    }
}
