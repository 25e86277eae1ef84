package org.nettwin.model.topology;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nettwin.model.units.DataRate;

/**
 * A full-duplex point-to-point link between ends {@code a} and {@code b}. Each direction has its own transmitter
 * of {@code capacity}, its own drop-tail queue of {@code queuePackets} waiting packets and the one-way
 * propagation {@code delay}; {@code metric} (>= 1) is the routing cost, the same both ways. Parallel links
 * between the same ends are distinct links with distinct ids.
 */
public record Link(LinkId id, NodeId a, NodeId b, DataRate capacity, CapacitySource capacitySource, Duration delay,
                   int metric, int queuePackets, Map<String, String> attributes) {

    /** Queue size when a file says nothing (the scenario format's default). */
    public static final int DEFAULT_QUEUE_PACKETS = 1000;

    public Link {
        requireNonNull(id, "id");
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        requireNonNull(capacity, "capacity");
        requireNonNull(capacitySource, "capacitySource");
        requireNonNull(delay, "delay");
        attributes = Map.copyOf(attributes);
        if (a.equals(b)) {
            throw new IllegalArgumentException("link " + id + " is a self-loop on " + a);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("link " + id + " has negative delay " + delay);
        }
        if (metric < 1) {
            throw new IllegalArgumentException("link " + id + " has metric " + metric + " (must be >= 1)");
        }
        if (queuePackets < 0) {
            throw new IllegalArgumentException("link " + id + " has negative queue size " + queuePackets);
        }
    }

    /** Starts a link between two ends: 1 Gb/s (default capacity), no delay, metric 1, default queue. */
    public static Builder between(String id, String a, String b) {
        return new Builder(LinkId.of(id), NodeId.of(a), NodeId.of(b));
    }

    /** Starts a link between two ends: 1 Gb/s (default capacity), no delay, metric 1, default queue. */
    public static Builder between(LinkId id, NodeId a, NodeId b) {
        return new Builder(id, a, b);
    }

    /** The other end of this link, seen from {@code end}. */
    public NodeId opposite(NodeId end) {
        if (end.equals(a)) {
            return b;
        }
        if (end.equals(b)) {
            return a;
        }
        throw new IllegalArgumentException(end + " is not an end of link " + id);
    }

    /** Whether {@code node} is one of this link's ends. */
    public boolean touches(NodeId node) {
        return a.equals(node) || b.equals(node);
    }

    public Link withCapacity(DataRate newCapacity) {
        return new Link(id, a, b, newCapacity, CapacitySource.STATED, delay, metric, queuePackets, attributes);
    }

    public Link withMetric(int newMetric) {
        return new Link(id, a, b, capacity, capacitySource, delay, newMetric, queuePackets, attributes);
    }

    public Link withDelay(Duration newDelay) {
        return new Link(id, a, b, capacity, capacitySource, newDelay, metric, queuePackets, attributes);
    }

    /** Returns a builder pre-filled with this link, for changing several parts at once. */
    public Builder toBuilder() {
        Builder builder = new Builder(id, a, b).delay(delay).metric(metric).queuePackets(queuePackets);
        builder.capacity = capacity;
        builder.capacitySource = capacitySource;
        builder.attributes.putAll(attributes);
        return builder;
    }

    /** Builds a {@link Link}; four optional parts make a builder worth it. */
    public static final class Builder {
        private final LinkId id;
        private final NodeId a;
        private final NodeId b;
        private DataRate capacity = DataRate.ofGbps(1);
        private CapacitySource capacitySource = CapacitySource.DEFAULT;
        private Duration delay = Duration.ZERO;
        private int metric = 1;
        private int queuePackets = DEFAULT_QUEUE_PACKETS;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder(LinkId id, NodeId a, NodeId b) {
            this.id = id;
            this.a = a;
            this.b = b;
        }

        /** A capacity the source states as a number. */
        public Builder capacity(DataRate rate) {
            return capacity(rate, CapacitySource.STATED);
        }

        public Builder capacity(DataRate rate, CapacitySource source) {
            this.capacity = rate;
            this.capacitySource = source;
            return this;
        }

        public Builder delay(Duration propagation) {
            this.delay = propagation;
            return this;
        }

        public Builder metric(int routingMetric) {
            this.metric = routingMetric;
            return this;
        }

        public Builder queuePackets(int packets) {
            this.queuePackets = packets;
            return this;
        }

        public Builder attribute(String key, String value) {
            attributes.put(key, value);
            return this;
        }

        public Link build() {
            return new Link(id, a, b, capacity, capacitySource, delay, metric, queuePackets, attributes);
        }
    }
}
