package org.nettwin.model.format.parse;

import java.time.Duration;
import java.util.Optional;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Coordinates.CoordinateSystem;

/**
 * One-way propagation delay of a link estimated from where its ends are: the great-circle distance at
 * 200,000 km/s (light in fibre). Zero when either end has no geographic coordinates.
 */
public final class Propagation {

    /** Speed of light in optical fibre, km/s (refractive index about 1.5). */
    public static final double FIBRE_KM_PER_SECOND = 200_000;

    private Propagation() {
    }

    /** The fibre delay between two optional positions, rounded to the nanosecond. */
    public static Duration fibreDelay(Optional<Coordinates> a, Optional<Coordinates> b) {
        if (a.isEmpty() || b.isEmpty() || a.get().system() != CoordinateSystem.GEOGRAPHIC
                || b.get().system() != CoordinateSystem.GEOGRAPHIC) {
            return Duration.ZERO;
        }
        double km = a.get().distanceKm(b.get());
        return Duration.ofNanos(Math.round(km / FIBRE_KM_PER_SECOND * 1e9));
    }
}
