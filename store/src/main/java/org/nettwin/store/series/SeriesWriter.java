package org.nettwin.store.series;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.nettwin.store.StoreException;
import org.nettwin.store.jdbc.Database;

/**
 * The single writer thread behind {@link SqlTimeSeries#write}: it drains the queue of checked batches and commits
 * all that are waiting (up to {@value #GROUP_SAMPLES} samples) in one transaction (group commit), so that many
 * concurrent writers share one durable commit; each batch's future completes only after the transaction holding it
 * has committed. Batch ids are looked up and recorded in that same transaction, so a batch is written at most once.
 * Between commits, and at least every {@link #FOLD_PERIOD}, it folds closed roll-up minutes.
 */
final class SeriesWriter implements AutoCloseable {

    /** A group stops growing at this many samples (it may exceed it by one batch). */
    static final int GROUP_SAMPLES = 2_000_000;
    static final Duration FOLD_PERIOD = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(SeriesWriter.class.getName());

    private final Database db;
    private final SampleSink sink;
    private final IngestGate gate;
    private final IngestTally tally;
    private final RollupFold fold;
    private final Clock clock;
    private final long foldNanos;
    private final LinkedBlockingQueue<CheckedBatch> queue = new LinkedBlockingQueue<>();
    private final CheckedBatch stop = new CheckedBatch(SampleBatch.withCapacity(1), null, List.of(), null, null);
    private final Thread thread;
    private boolean closed;
    private long nextFold;

    SeriesWriter(Database db, SampleSink sink, IngestGate gate, RollupFold fold, Clock clock, Duration foldPeriod) {
        this.db = db;
        this.sink = sink;
        this.gate = gate;
        this.tally = gate.tally();
        this.fold = fold;
        this.clock = clock;
        this.foldNanos = foldPeriod.toNanos();
        this.nextFold = System.nanoTime() + foldNanos;
        this.thread = new Thread(this::run, "nettwin-series-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a checked batch whose samples the gate has admitted; its future completes after the commit. */
    synchronized void submit(CheckedBatch batch) {
        if (closed) {
            throw new StoreException("the time series is closed");
        }
        if (!thread.isAlive()) {
            throw new StoreException("the time series writer thread has stopped after a fatal error");
        }
        queue.add(batch);
    }

    private void run() {
        while (true) {
            CheckedBatch first;
            try {
                first = queue.poll(Math.max(1, nextFold - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                first = stop;
            }
            if (first == stop) {
                return;
            }
            if (first != null) {
                commit(group(first));
            }
            maybeFold();
        }
    }

    private List<CheckedBatch> group(CheckedBatch first) {
        List<CheckedBatch> group = new ArrayList<>();
        group.add(first);
        long samples = first.batch().size();
        while (samples < GROUP_SAMPLES) {
            CheckedBatch next = queue.peek();
            if (next == null || next == stop) {
                break;
            }
            group.add(queue.poll());
            samples += next.batch().size();
        }
        return group;
    }

    private void commit(List<CheckedBatch> group) {
        List<WriteReceipt> receipts;
        try {
            receipts = db.write(c -> commit(c, group));
        } catch (RuntimeException | Error e) {
            StoreException failure = e instanceof StoreException se ? se
                    : new StoreException("writing samples failed: " + e, e);
            gate.release(group.stream().mapToLong(CheckedBatch::permits).sum());
            group.forEach(b -> b.done().completeExceptionally(failure));
            if (e instanceof Error fatal) {
                throw fatal;
            }
            return;
        }
        // Room first, then the acknowledgements: a writer that gets its receipt finds its samples out of the gate.
        gate.release(group.stream().mapToLong(CheckedBatch::permits).sum());
        for (int i = 0; i < group.size(); i++) {
            WriteReceipt r = receipts.get(i);
            if (r.duplicateBatch()) {
                tally.duplicate();
            } else {
                tally.committed(r.written(), r.rejected().size());
            }
            group.get(i).done().complete(r);
        }
    }

    private List<WriteReceipt> commit(Connection c, List<CheckedBatch> group) throws SQLException {
        Set<String> seen = committedIds(c, group);
        List<CheckedBatch> fresh = new ArrayList<>(group.size());
        List<String> newIds = new ArrayList<>();
        List<WriteReceipt> receipts = new ArrayList<>(group.size());
        LatestSamples latest = new LatestSamples(1024);
        for (CheckedBatch b : group) {
            if (b.id().isPresent() && !seen.add(b.id().get())) {
                receipts.add(new WriteReceipt(0, List.of(), true));
                continue;
            }
            b.id().ifPresent(newIds::add);
            fresh.add(b);
            latest.addAll(b.latest());
            receipts.add(new WriteReceipt(b.valid(), b.rejections(), false));
        }
        sink.appendSamples(c, fresh);
        sink.appendPartials(c, fresh);
        if (latest.size() > 0) {
            sink.upsertLatest(c, latest);
        }
        recordIds(c, newIds);
        return receipts;
    }

    /**
     * The ids of the group's batches that are already committed. Always runs a statement: DuckDB's Appender joins
     * the transaction only once a statement has begun it.
     */
    private static Set<String> committedIds(Connection c, List<CheckedBatch> group) throws SQLException {
        List<String> ids = group.stream().flatMap(b -> b.id().stream()).toList();
        StringBuilder sql = new StringBuilder("SELECT batch_id FROM series_batches WHERE batch_id IN (NULL");
        ids.forEach(id -> sql.append(", ?"));
        Set<String> seen = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < ids.size(); i++) {
                q.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    seen.add(r.getString(1));
                }
            }
        }
        return seen;
    }

    private void recordIds(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        long now = Micros.of(clock.instant());
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO series_batches (batch_id, committed) VALUES (?, ?)")) {
            for (String id : ids) {
                ins.setString(1, id);
                ins.setLong(2, now);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private void maybeFold() {
        if (System.nanoTime() - nextFold < 0) {
            return;
        }
        try {
            fold.fold();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "folding series roll-ups failed (retried later): " + e.getMessage(), e);
        }
        nextFold = System.nanoTime() + foldNanos;
    }

    /** Commits what is queued, then stops the thread; safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(stop);
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
