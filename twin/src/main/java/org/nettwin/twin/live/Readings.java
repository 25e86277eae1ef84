package org.nettwin.twin.live;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.nettwin.telemetry.pipeline.CleanSampleSink;
import org.nettwin.telemetry.pipeline.CleanSeries;
import org.nettwin.telemetry.pipeline.QualityFlags;

/**
 * The hot path: every clean sample lands here. A series is resolved to its {@link SeriesRole} once, by its dense
 * index; after that a sample costs an array lookup and four primitive writes under a short lock (latest value, its
 * arrival time, and the window's sum and count). The recompute copies the arrays out once a second.
 */
final class Readings implements CleanSampleSink {

    /** A copy for one recompute: per read series its role, latest value (NaN when stale) and window mean. */
    record Snapshot(List<SeriesRole> roles, double[] latest, double[] windowMean, long windowFirstMicros,
                    long windowLastMicros) {
    }

    /**
     * Samples spanning a counter reset are not read (their rate is unreliable). Outliers by z-score are read: a surge
     * is one at its start, and the twin must see it; rates above capacity are dropped by the reconciler instead.
     */
    static final int DOUBTFUL = QualityFlags.COUNTER_RESET;

    private final SeriesResolver resolver;
    private final Clock clock;
    private final long staleMillis;
    private final AtomicLongArray heard;
    private final AtomicLong ignored = new AtomicLong();
    private SeriesRole[] roles = new SeriesRole[256];
    private double[] latest = new double[256];
    private long[] stamp = new long[256];
    private double[] sum = new double[256];
    private int[] count = new int[256];
    private final List<Integer> read = new ArrayList<>();
    private long windowFirst = Long.MAX_VALUE;
    private long windowLast = Long.MIN_VALUE;

    Readings(SeriesResolver resolver, Clock clock, long staleMillis, AtomicLongArray heard) {
        this.resolver = resolver;
        this.clock = clock;
        this.staleMillis = staleMillis;
        this.heard = heard;
    }

    @Override
    public void accept(CleanSeries series, long gridTimeMicros, double value, int quality) {
        if (series == null) {
            ignored.incrementAndGet();
            return;
        }
        long now = clock.millis();
        int i = series.index();
        synchronized (this) {
            SeriesRole role = i < roles.length ? roles[i] : null;
            if (role == null) {
                role = resolve(series);
            }
            if (role.node() >= 0) {
                heard.lazySet(role.node(), now);
            }
            if (!role.read()) {
                if (role.node() < 0) {
                    ignored.incrementAndGet();
                }
                return;
            }
            if (!Double.isFinite(value)) {
                ignored.incrementAndGet();
                return;
            }
            if ((quality & DOUBTFUL) != 0) {
                return;
            }
            latest[i] = value;
            stamp[i] = now;
            sum[i] += value;
            count[i]++;
            if (role.kind() == SeriesRole.Kind.OUT_OCTETS) {
                windowFirst = Math.min(windowFirst, gridTimeMicros);
                windowLast = Math.max(windowLast, gridTimeMicros);
            }
        }
    }

    /** Bad samples ignored: from sources that are no node of the network, or not finite. */
    long ignored() {
        return ignored.get();
    }

    synchronized Snapshot snapshot(boolean resetWindow) {
        long now = clock.millis();
        List<SeriesRole> out = new ArrayList<>(read.size());
        double[] values = new double[read.size()];
        double[] means = new double[read.size()];
        for (int k = 0; k < read.size(); k++) {
            int i = read.get(k);
            out.add(roles[i]);
            values[k] = now - stamp[i] <= staleMillis ? latest[i] : Double.NaN;
            means[k] = count[i] > 0 ? sum[i] / count[i] : Double.NaN;
            if (resetWindow) {
                sum[i] = 0;
                count[i] = 0;
            }
        }
        Snapshot snap = new Snapshot(out, values, means, windowFirst, windowLast);
        if (resetWindow) {
            windowFirst = Long.MAX_VALUE;
            windowLast = Long.MIN_VALUE;
        }
        return snap;
    }

    private SeriesRole resolve(CleanSeries series) {
        int i = series.index();
        if (i >= roles.length) {
            int size = Math.max(roles.length * 2, i + 1);
            roles = Arrays.copyOf(roles, size);
            latest = Arrays.copyOf(latest, size);
            stamp = Arrays.copyOf(stamp, size);
            sum = Arrays.copyOf(sum, size);
            count = Arrays.copyOf(count, size);
        }
        SeriesRole role = resolver.resolve(series);
        roles[i] = role;
        if (role.read()) {
            read.add(i);
            stamp[i] = Long.MIN_VALUE / 2;
        }
        return role;
    }
}
