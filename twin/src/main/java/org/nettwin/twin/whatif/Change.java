package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One change a what-if applies to its baseline. JSON: {@code {"type":"fail-link","link":"L3"}},
 * {@code {"type":"fail-node","node":"r1"}}, {@code {"type":"scale-traffic","factor":1.5}} (optionally only the pairs
 * {@code from} a node and/or {@code to} a node), {@code {"type":"set-metric","link":"L3","metric":20}}.
 */
public sealed interface Change {

    /** The link fails (both directions). */
    record FailLink(String link) implements Change {
        public FailLink {
            requireNonNull(link, "link");
        }
    }

    /** The node fails with every link it touches. */
    record FailNode(String node) implements Change {
        public FailNode {
            requireNonNull(node, "node");
        }
    }

    /** Traffic is multiplied by {@code factor} (> 0), on every pair or only on pairs from and/or to a node. */
    record ScaleTraffic(double factor, Optional<String> from, Optional<String> to) implements Change {
        public ScaleTraffic {
            requireNonNull(from, "from");
            requireNonNull(to, "to");
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("scale-traffic: factor must be a finite number > 0, was " + factor);
            }
        }
    }

    /** The link's routing metric becomes {@code metric} (in [1, 16777215]), both directions. */
    record SetMetric(String link, int metric) implements Change {
        public SetMetric {
            requireNonNull(link, "link");
            if (metric < 1 || metric > 16_777_215) {
                throw new IllegalArgumentException("set-metric: metric must be in [1, 16777215], was " + metric);
            }
        }
    }
}
