package org.nettwin.store.series;

import static java.util.Objects.requireNonNull;

/**
 * What is measured and in which unit, e.g. {@code in_octets_rate} in {@code bit/s}: samples are plain doubles only
 * because their metric carries the unit (DESIGN.md §4). Name 1..128 characters of [A-Za-z0-9_.:/-]; unit 0..32
 * characters (empty for dimensionless counts).
 */
public record Metric(String name, String unit) {

    public Metric {
        requireNonNull(name, "name");
        requireNonNull(unit, "unit");
        if (!name.matches("[A-Za-z0-9_.:/-]{1,128}")) {
            throw new IllegalArgumentException("bad metric name \"" + name + "\"");
        }
        if (unit.length() > 32) {
            throw new IllegalArgumentException("unit longer than 32 characters: " + unit);
        }
    }

    public static Metric of(String name, String unit) {
        return new Metric(name, unit);
    }
}
