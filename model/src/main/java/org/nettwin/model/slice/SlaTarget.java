package org.nettwin.model.slice;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.nettwin.model.units.DataRate;

/**
 * What a service or slice is promised, end to end: an upper bound on one-way latency, an upper bound on the
 * packet loss ratio (0..1), a lower bound on throughput and on availability (0..1). Absent means "no promise".
 */
public record SlaTarget(Optional<Duration> maxLatency, Optional<Double> maxLossRatio, Optional<DataRate> minThroughput,
                        Optional<Double> minAvailability) {

    /** A target that promises nothing. */
    public static final SlaTarget NONE = new SlaTarget(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public SlaTarget {
        requireNonNull(maxLatency, "maxLatency");
        requireNonNull(maxLossRatio, "maxLossRatio");
        requireNonNull(minThroughput, "minThroughput");
        requireNonNull(minAvailability, "minAvailability");
        maxLatency.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("latency target must be > 0, got " + d);
            }
        });
        maxLossRatio.ifPresent(r -> requireFraction("loss ratio", r));
        minAvailability.ifPresent(r -> requireFraction("availability", r));
    }

    public SlaTarget withMaxLatency(Duration latency) {
        return new SlaTarget(Optional.of(latency), maxLossRatio, minThroughput, minAvailability);
    }

    public SlaTarget withMaxLossRatio(double ratio) {
        return new SlaTarget(maxLatency, Optional.of(ratio), minThroughput, minAvailability);
    }

    public SlaTarget withMinThroughput(DataRate rate) {
        return new SlaTarget(maxLatency, maxLossRatio, Optional.of(rate), minAvailability);
    }

    public SlaTarget withMinAvailability(double ratio) {
        return new SlaTarget(maxLatency, maxLossRatio, minThroughput, Optional.of(ratio));
    }

    /** Whether measured figures break this target; absent figures never break it. */
    public boolean isViolatedBy(Optional<Duration> latency, Optional<Double> lossRatio, Optional<DataRate> throughput) {
        boolean late = maxLatency.isPresent() && latency.isPresent() && latency.get().compareTo(maxLatency.get()) > 0;
        boolean lossy = maxLossRatio.isPresent() && lossRatio.isPresent() && lossRatio.get() > maxLossRatio.get();
        boolean slow = minThroughput.isPresent() && throughput.isPresent()
                && throughput.get().compareTo(minThroughput.get()) < 0;
        return late || lossy || slow;
    }

    private static void requireFraction(String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be within 0..1, got " + value);
        }
    }
}
