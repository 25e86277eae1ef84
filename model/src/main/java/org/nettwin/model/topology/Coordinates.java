package org.nettwin.model.topology;

import static java.util.Objects.requireNonNull;

/**
 * Where a node is drawn or located. Geographic coordinates are degrees (x = longitude, y = latitude);
 * planar ones are drawing units (SNDlib instances such as atlanta use them). Always finite.
 */
public record Coordinates(double x, double y, CoordinateSystem system) {

    /** How to read x and y. */
    public enum CoordinateSystem {
        /** x = longitude, y = latitude, in degrees (WGS 84). */
        GEOGRAPHIC,
        /** x and y are drawing units with no geographic meaning. */
        PLANAR
    }

    public Coordinates {
        requireNonNull(system, "system");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinates must be finite, got (" + x + ", " + y + ")");
        }
        if (system == CoordinateSystem.GEOGRAPHIC && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
            throw new IllegalArgumentException("not a longitude/latitude pair: (" + x + ", " + y + ")");
        }
    }

    public static Coordinates geographic(double longitude, double latitude) {
        return new Coordinates(longitude, latitude, CoordinateSystem.GEOGRAPHIC);
    }

    public static Coordinates planar(double x, double y) {
        return new Coordinates(x, y, CoordinateSystem.PLANAR);
    }

    /** Geographic when the pair can be longitude/latitude, planar otherwise. */
    public static Coordinates guess(double x, double y) {
        boolean lonLat = Math.abs(x) <= 180 && Math.abs(y) <= 90;
        return new Coordinates(x, y, lonLat ? CoordinateSystem.GEOGRAPHIC : CoordinateSystem.PLANAR);
    }

    /** Great-circle distance in kilometres to another geographic point (haversine, mean Earth radius). */
    public double distanceKm(Coordinates other) {
        if (system != CoordinateSystem.GEOGRAPHIC || other.system != CoordinateSystem.GEOGRAPHIC) {
            throw new IllegalStateException("distance needs geographic coordinates");
        }
        double lat1 = Math.toRadians(y);
        double lat2 = Math.toRadians(other.y);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.x - x);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
