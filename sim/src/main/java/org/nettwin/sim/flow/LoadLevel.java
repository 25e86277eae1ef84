package org.nettwin.sim.flow;

/** How hard a generated scenario drives its busiest link direction: the target maximum utilisation. */
public enum LoadLevel {
    /** Busiest link direction at 30 %. */
    LIGHT(0.3),
    /** Busiest link direction at 60 %. */
    MEDIUM(0.6),
    /** Busiest link direction at 90 %. */
    HEAVY(0.9);

    private final double maxUtilisation;

    LoadLevel(double maxUtilisation) {
        this.maxUtilisation = maxUtilisation;
    }

    /** The offered load of the busiest link direction / its capacity. */
    public double maxUtilisation() {
        return maxUtilisation;
    }
}
