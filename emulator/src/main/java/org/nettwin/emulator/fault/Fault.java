package org.nettwin.emulator.fault;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.OdPair;

/** A fault injected into the emulated network; ids are checked against the network when it is injected. */
public sealed interface Fault {

    /** A short kebab-case name of the fault kind, as in its JSON form ({@code link-down}). */
    String type();

    /** The link fails in both directions; traffic reroutes. */
    record LinkDown(LinkId link) implements Fault {
        public LinkDown {
            requireNonNull(link, "link");
        }

        @Override
        public String type() {
            return "link-down";
        }
    }

    /** The link is repaired. */
    record LinkUp(LinkId link) implements Fault {
        public LinkUp {
            requireNonNull(link, "link");
        }

        @Override
        public String type() {
            return "link-up";
        }
    }

    /** The node fails: unreachable, its links carry nothing, its traffic is lost. */
    record NodeDown(NodeId node) implements Fault {
        public NodeDown {
            requireNonNull(node, "node");
        }

        @Override
        public String type() {
            return "node-down";
        }
    }

    /** The node is repaired. */
    record NodeUp(NodeId node) implements Fault {
        public NodeUp {
            requireNonNull(node, "node");
        }

        @Override
        public String type() {
            return "node-up";
        }
    }

    /** The link loses {@code lossFraction} (in [0, 1]) of what it carries and adds {@code extraDelay}; stays up. */
    record Degrade(LinkId link, double lossFraction, Duration extraDelay) implements Fault {
        public Degrade {
            requireNonNull(link, "link");
            requireNonNull(extraDelay, "extraDelay");
            if (!(lossFraction >= 0 && lossFraction <= 1)) {
                throw new IllegalArgumentException("degrade: loss must be in [0, 1], got " + lossFraction);
            }
            if (extraDelay.isNegative()) {
                throw new IllegalArgumentException("degrade: extra delay is negative: " + extraDelay);
            }
        }

        @Override
        public String type() {
            return "degrade";
        }
    }

    /** The link's degradation ends. */
    record Restore(LinkId link) implements Fault {
        public Restore {
            requireNonNull(link, "link");
        }

        @Override
        public String type() {
            return "restore";
        }
    }

    /**
     * The demand of the matching pairs is multiplied by {@code factor} (finite, >= 0) for {@code duration}. A pair
     * matches when it is listed in {@code pairs}, or, with no pairs listed, when its origin is in {@code origins}
     * and its destination in {@code destinations} (an empty set matches every node).
     */
    record Surge(Set<NodeId> origins, Set<NodeId> destinations, List<OdPair> pairs, double factor, Duration duration)
            implements Fault {
        public Surge {
            origins = Set.copyOf(origins);
            destinations = Set.copyOf(destinations);
            pairs = List.copyOf(pairs);
            requireNonNull(duration, "duration");
            if (!(factor >= 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("surge: factor must be finite and >= 0, got " + factor);
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("surge: duration must be > 0, got " + duration);
            }
        }

        /** A surge of the traffic from {@code origin} to {@code destination}. */
        public static Surge between(String origin, String destination, double factor, Duration duration) {
            return new Surge(Set.of(NodeId.of(origin)), Set.of(NodeId.of(destination)), List.of(), factor, duration);
        }

        /** Whether the surge applies to traffic from {@code origin} to {@code destination}. */
        public boolean matches(NodeId origin, NodeId destination) {
            if (!pairs.isEmpty()) {
                return pairs.contains(new OdPair(origin, destination));
            }
            return (origins.isEmpty() || origins.contains(origin))
                    && (destinations.isEmpty() || destinations.contains(destination));
        }

        @Override
        public String type() {
            return "surge";
        }
    }

    /** The device restarts: counters back to zero, a new boot time, unreachable for the reboot downtime. */
    record Reboot(String device) implements Fault {
        public Reboot {
            requireNonNull(device, "device");
        }

        @Override
        public String type() {
            return "reboot";
        }
    }

    /** The device's clock jumps by {@code by} (negative = backwards). */
    record ClockJump(String device, Duration by) implements Fault {
        public ClockJump {
            requireNonNull(device, "device");
            requireNonNull(by, "by");
        }

        @Override
        public String type() {
            return "clock-jump";
        }
    }
}
