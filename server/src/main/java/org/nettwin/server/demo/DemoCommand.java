package org.nettwin.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkReaders;
import org.nettwin.model.network.Network;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.DurationConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nettwin demo}: the whole twin on embedded defaults (see {@link DemoRig}) with the metro storyline; prints the
 * dashboard address and how to sign in, a status line every {@code --status-every}, and stops cleanly on Ctrl-C.
 * A restart on the same data directory continues its repository and keeps its tokens.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts the whole twin on one machine: the emulated 5G metro network (gNMI, Prometheus, MQTT over"
                + " TLS on 127.0.0.1), collectors, the repository, the live twin, what-if jobs, the API and the"
                + " dashboard, with a scripted storyline (a link failure at 1:00, a traffic surge at 2:00, repair at"
                + " 3:00).", "Stop with Ctrl-C; run it again to continue from the same data directory."})
public final class DemoCommand implements Callable<Integer> {

    /** The demo network inside the application jar. */
    static final String METRO_RESOURCE = "/examples/metro-5g.json";

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "repository and API tokens (default ./nettwin-demo; env NETTWIN_DATA_DIR)")
    private Path dataDir;

    @Option(names = "--port", defaultValue = "8080",
            description = "dashboard and API port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 = any free port)")
    private int port;

    @Option(names = "--topology", paramLabel = "FILE", description = "another network (default: the 5G metro example)")
    private Path topologyFile;

    @Option(names = "--day", converter = DurationConverter.class, defaultValue = "10m",
            description = "length of one diurnal traffic cycle (default ${DEFAULT-VALUE})")
    private Duration day;

    @Option(names = "--flaws", defaultValue = "realistic",
            description = "device flaws: none or realistic (default ${DEFAULT-VALUE})")
    private String flaws;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--no-story", description = "run without the scripted faults")
    private boolean noStory;

    @Option(names = "--duration", converter = DurationConverter.class,
            description = "stop after this long (default: run until Ctrl-C)")
    private Duration duration;

    @Option(names = "--status-every", converter = DurationConverter.class, defaultValue = "10s",
            description = "status line period (default ${DEFAULT-VALUE})")
    private Duration statusEvery;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, FormatException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be in 0..65535, was " + port);
        }
        Network network = topologyFile == null ? metro() : NetworkReaders.installed().read(topologyFile).network();
        Path dir = dataDir != null ? dataDir : Path.of(Optional.ofNullable(System.getenv("NETTWIN_DATA_DIR"))
                .orElse("nettwin-demo"));
        PrintWriter out = spec.commandLine().getOut();
        DemoRig.Options options = new DemoRig.Options(dir, port, seed, day, flaws,
                noStory ? Optional.empty() : Optional.of(Storyline.METRO));
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                // Ctrl-C: the JVM halts when this hook returns, so wait until everything is closed and flushed.
                closed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "nettwin-demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        DemoRig started;
        try {
            started = DemoRig.start(network, options, Clock.systemUTC(), line -> {
                out.println(line);
                out.flush();
            });
        } catch (RuntimeException e) {
            closed.countDown();
            removeHook(hook);
            // a taken port or a tokens file others may read: the user's to fix, said in one line
            throw e instanceof IllegalStateException || e instanceof IllegalArgumentException
                    ? new BadInputException(e.getMessage()) : e;
        }
        try (DemoRig rig = started) {
            out.println(rig.banner());
            out.flush();
            runUntilStopped(rig, stop, out);
            out.println("nettwin demo: stopping");
            out.flush();
        } finally {
            out.println("nettwin demo: stopped; the data stays in " + dir + " (run again to continue)");
            out.flush();
            closed.countDown();
            removeHook(hook);
        }
        return 0;
    }

    /** Prints a status line every {@code --status-every} until Ctrl-C, {@code --duration} or a part fails. */
    private void runUntilStopped(DemoRig rig, CountDownLatch stop, PrintWriter out) throws InterruptedException {
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            long wait = Math.min(statusEvery.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000));
            if (stop.await(wait, TimeUnit.MILLISECONDS)) {
                break;
            }
            out.println(rig.status());
            out.flush();
            rig.failure().ifPresent(e -> {
                throw new IllegalStateException("the demo stopped: " + e.getMessage(), e);
            });
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the rig was closed by the command itself
        }
    }

    /** The metro example from the jar (it is also {@code examples/metro-5g.json} in the repository). */
    public static Network metro() throws IOException, FormatException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(METRO_RESOURCE)) {
            if (in == null) {
                throw new IOException("the application jar lacks " + METRO_RESOURCE + "; rebuild with mvn package");
            }
            return NetworkReaders.installed().read(new InputFile("metro-5g.json", in.readAllBytes())).network();
        }
    }
}
