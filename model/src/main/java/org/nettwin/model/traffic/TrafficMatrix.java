package org.nettwin.model.traffic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.units.DataRate;

/**
 * A set of origin-destination demands at one moment (or a peak), in a fixed order. Several demands may share an
 * origin-destination pair (SNDlib allows it); ids are unique.
 */
public record TrafficMatrix(List<Demand> demands) {

    /** No traffic. */
    public static final TrafficMatrix EMPTY = new TrafficMatrix(List.of());

    public TrafficMatrix {
        demands = List.copyOf(demands);
        Set<String> ids = new HashSet<>();
        for (Demand d : demands) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("duplicate demand id " + d.id());
            }
        }
    }

    public int size() {
        return demands.size();
    }

    public boolean isEmpty() {
        return demands.isEmpty();
    }

    /** Sum of all demand rates. */
    public DataRate total() {
        double sum = 0;
        for (Demand d : demands) {
            sum += d.rate().bitsPerSecond();
        }
        return DataRate.ofBps(sum);
    }

    /** Total rate offered from {@code origin} to {@code destination} (zero when none). */
    public DataRate between(NodeId origin, NodeId destination) {
        double sum = 0;
        for (Demand d : demands) {
            if (d.origin().equals(origin) && d.destination().equals(destination)) {
                sum += d.rate().bitsPerSecond();
            }
        }
        return DataRate.ofBps(sum);
    }

    public Optional<Demand> demand(String id) {
        return demands.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Every demand multiplied by {@code factor} (>= 0), e.g. for a traffic-surge what-if. */
    public TrafficMatrix scaled(double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale factor must be finite and >= 0, got " + factor);
        }
        List<Demand> out = new ArrayList<>(demands.size());
        for (Demand d : demands) {
            out.add(d.withRate(d.rate().times(factor)));
        }
        return new TrafficMatrix(out);
    }
}
