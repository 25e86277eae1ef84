package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;

/**
 * All shortest paths from {@code source} to {@code destination} as a DAG of link directions, each with the
 * fraction of the source's traffic it carries when every node splits equally over its shortest-path arcs
 * (OSPF-style per-hop ECMP; parallel links are separate ways). {@code metric} is the shortest distance.
 * Shares are listed from the source side towards the destination (by decreasing distance to it), each fraction in
 * (0, 1]; a set from a node to itself has no shares.
 */
public record EcmpSet(NodeId source, NodeId destination, long metric, List<Share> shares) {

    public EcmpSet {
        requireNonNull(source, "source");
        requireNonNull(destination, "destination");
        shares = List.copyOf(shares);
        if (metric < 0) {
            throw new IllegalArgumentException("negative metric " + metric);
        }
    }

    /** One link direction of the DAG and the fraction (0, 1] of the source's traffic crossing it. */
    public record Share(LinkId link, NodeId from, NodeId to, double fraction) {

        public Share {
            requireNonNull(link, "link");
            requireNonNull(from, "from");
            requireNonNull(to, "to");
            if (!(fraction > 0 && fraction <= 1 + 1e-9)) {
                throw new IllegalArgumentException("fraction " + fraction + " on " + link + " is outside (0, 1]");
            }
        }
    }

    /** The fraction crossing {@code link} in the direction leaving {@code from}; 0 when it is not in the set. */
    public double fraction(LinkId link, NodeId from) {
        for (Share share : shares) {
            if (share.link.equals(link) && share.from.equals(from)) {
                return share.fraction;
            }
        }
        return 0;
    }

    /** The total fraction leaving {@code node} on the DAG (1 at the source unless it is the destination, 0 there). */
    public double fractionLeaving(NodeId node) {
        double sum = 0;
        for (Share share : shares) {
            if (share.from.equals(node)) {
                sum += share.fraction;
            }
        }
        return sum;
    }

    /** The total fraction entering {@code node} on the DAG (0 at the source, 1 at the destination unless it is the source). */
    public double fractionEntering(NodeId node) {
        double sum = 0;
        for (Share share : shares) {
            if (share.to.equals(node)) {
                sum += share.fraction;
            }
        }
        return sum;
    }
}
