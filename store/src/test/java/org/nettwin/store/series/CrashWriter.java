package org.nettwin.store.series;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.jdbc.Database;

/**
 * The child process of {@link CrashRecoveryIT}: opens a store ({@code duckdb DIR} or {@code postgres URL USER
 * PASSWORD}), registers the crash-test series, then writes batches with ids from two threads as fast as it can,
 * printing {@code ACK <batchId> <written>} after each write returns, until it is killed.
 */
public final class CrashWriter {

    static final int SERIES = 1000;
    static final int STEPS = 50;
    static final int BATCH = SERIES * STEPS;
    static final int THREADS = 2;

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        StoreSettings settings = args[0].equals("duckdb") ? StoreSettings.duckdb(Path.of(args[1]))
                : StoreSettings.postgres(args[1], args[2], args[3]);
        long start = Long.parseLong(args[args.length - 1]);
        Database db = Database.open(settings);
        SqlTimeSeries series = new SqlTimeSeries(db, settings, Clock.systemUTC());
        long[] ids = register(series);
        PrintStream out = System.out;
        out.println("READY");
        out.flush();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                for (int i = 0; ; i++) {
                    WriteReceipt r = series.write(batch(ids, start, writer, i));
                    synchronized (out) {
                        out.println("ACK " + batchId(writer, i) + " " + r.written());
                        out.flush();
                    }
                }
            });
            t.start();
            writers.add(t);
        }
        for (Thread t : writers) {
            t.join();
        }
    }

    static long[] register(SqlTimeSeries series) {
        List<SeriesKey> keys = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            keys.add(SeriesKey.of(EntityKind.INTERFACE, "crash/" + s, "in_rate", "bit/s"));
        }
        return series.registerAll(keys).stream().mapToLong(Long::longValue).toArray();
    }

    static String batchId(int writer, int i) {
        return "w" + writer + "-" + i;
    }

    /** Batch i of writer w: every series at STEPS times, 1 ms apart; its value names the batch (w * 1e6 + i). */
    static SampleBatch batch(long[] ids, long start, int writer, int i) {
        SampleBatch b = SampleBatch.withId(batchId(writer, i), BATCH);
        long first = start + writer * 3_600_000_000L / 2 + (long) i * STEPS * 1000;
        for (int step = 0; step < STEPS; step++) {
            for (int s = 0; s < SERIES; s++) {
                b.add(ids[s], first + step * 1000L, writer * 1_000_000 + i);
            }
        }
        return b;
    }
}
