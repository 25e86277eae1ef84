package org.nettwin.sim.flow;

/**
 * How the estimator treats constant-bit-rate flows on a link they share with others. Alone on a link (and on every
 * link before it) a CBR flow of fixed size never waits below capacity under both models.
 */
public enum CbrModel {
    /**
     * Once a CBR flow shares a link, it is Poisson from there on: its packets add lambda E[S^2] to the offered
     * work's variance like any Poisson flow. Conservative; overestimates waits where CBR carries much of the load.
     */
    POISSON,
    /**
     * A CBR flow stays a regular stream: it adds only the variance of its sizes (none for fixed sizes) to the
     * offered work, blended towards Poisson by Whitt's QNA superposition weight when many flows share a link at
     * moderate load (w = 1 / (1 + 4 (1 - rho)^2 (nu - 1)), nu = lambda^2 / sum lambda_i^2).
     */
    SMOOTH
}
