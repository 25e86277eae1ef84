package org.nettwin.model.topology;

import static java.util.Objects.requireNonNull;

import org.nettwin.model.units.DataRate;

/**
 * One radio cell of a gNB: its identifier, NR band (e.g. {@code n78}), channel bandwidth in MHz and the peak
 * downlink rate it can offer. Bandwidth is > 0.
 */
public record Cell(String id, String band, int bandwidthMhz, DataRate peakDownlink) {

    public Cell {
        requireNonNull(id, "cell id");
        requireNonNull(band, "band");
        requireNonNull(peakDownlink, "peakDownlink");
        if (id.isBlank()) {
            throw new IllegalArgumentException("cell id is blank");
        }
        if (bandwidthMhz <= 0) {
            throw new IllegalArgumentException("cell " + id + " has bandwidth " + bandwidthMhz + " MHz");
        }
    }
}
