package org.nettwin.model.scenario;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;

/** A what-if change that happens at {@link #at()} into a run (at <= 0: before routes are first computed). */
public sealed interface ScenarioEvent {

    /** Simulated time since the start of the run. */
    Duration at();

    /** A link fails: routes are recomputed at once, packets queued on or in flight over it are lost. */
    record LinkDown(Duration at, LinkId link) implements ScenarioEvent {
        public LinkDown {
            requireNonNull(at, "at");
            requireNonNull(link, "link");
        }
    }

    /** A failed link comes back. */
    record LinkUp(Duration at, LinkId link) implements ScenarioEvent {
        public LinkUp {
            requireNonNull(at, "at");
            requireNonNull(link, "link");
        }
    }

    /** A node fails with all its links. */
    record NodeDown(Duration at, NodeId node) implements ScenarioEvent {
        public NodeDown {
            requireNonNull(at, "at");
            requireNonNull(node, "node");
        }
    }

    /** A failed node comes back. */
    record NodeUp(Duration at, NodeId node) implements ScenarioEvent {
        public NodeUp {
            requireNonNull(at, "at");
            requireNonNull(node, "node");
        }
    }

    /** The listed flows (all when the list is empty) multiply their current rate by {@code factor} (> 0). */
    record ScaleFlows(Duration at, double factor, List<String> flows) implements ScenarioEvent {
        public ScaleFlows {
            requireNonNull(at, "at");
            flows = List.copyOf(flows);
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("scale factor must be finite and > 0, got " + factor);
            }
        }
    }
}
