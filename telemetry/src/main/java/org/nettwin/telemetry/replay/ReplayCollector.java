package org.nettwin.telemetry.replay;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.health.CollectorHealth;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * Replays one recorded file on its own daemon thread: every decoded measurement goes to the sink in file order.
 * A missing or malformed file (or a sink that throws) is counted as an error and ends the delivery; nothing is
 * thrown out of the thread. Measurements before a decode error have been delivered. Closing stops delivery at the
 * next measurement and is safe to repeat.
 */
public final class ReplayCollector implements Collector {

    private final Path file;
    private final ReplayFormat format;
    private final String source;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);
    private final CollectorHealth health = new CollectorHealth("replay", Clock.systemUTC());
    private volatile boolean closed;
    private volatile String lastError = "";
    private Thread thread;

    ReplayCollector(Path file, ReplayFormat format, String source) {
        this.file = requireNonNull(file, "file");
        this.format = requireNonNull(format, "format");
        this.source = requireNonNull(source, "source");
    }

    @Override
    public synchronized void start(MeasurementSink sink) {
        requireNonNull(sink, "sink");
        if (thread != null) {
            throw new IllegalStateException("replay collector already started");
        }
        thread = new Thread(() -> run(sink), "replay-" + source);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(MeasurementSink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            format.decode(source, file.toString(), in, m -> {
                if (closed) {
                    throw new Stopped();
                }
                sink.accept(m);
                delivered.incrementAndGet();
                health.delivered(source, 1);
            });
        } catch (Stopped e) {
            // closed while replaying: not an error
        } catch (IOException | FormatException | RuntimeException e) {
            errors.incrementAndGet();
            lastError = String.valueOf(e.getMessage());
            health.error(source, lastError);
        } finally {
            done.countDown();
        }
    }

    /** Waits up to {@code timeoutMillis} for the replay to end; true if it has (delivered all, failed or closed). */
    public boolean await(long timeoutMillis) throws InterruptedException {
        return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Measurements delivered to the sink so far. */
    public long delivered() {
        return delivered.get();
    }

    /** Errors counted (an unreadable or malformed file, or a failing sink); the replay stops at the first. */
    public long errors() {
        return errors.get();
    }

    /** The message of the last error, if any. */
    public Optional<String> lastError() {
        return lastError.isEmpty() ? Optional.empty() : Optional.of(lastError);
    }

    @Override
    public CollectorHealth health() {
        return health;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Unwinds the decoder once the collector is closed. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("replay closed", null, false, false);
        }
    }
}
