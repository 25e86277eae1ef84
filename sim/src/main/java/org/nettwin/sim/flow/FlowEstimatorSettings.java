package org.nettwin.sim.flow;

import static java.util.Objects.requireNonNull;

/**
 * Settings of the flow-level estimator: how CBR flows count on shared links, whether trains of equal packets arriving
 * over one link are spared their self-wait at the next hop ({@code trains}, see the estimator's README section;
 * false = plain Kleinrock independence), how many passes thin the traffic by
 * the losses upstream ({@code lossPasses} >= 1; 1 = no thinning), and at most how many periods flow starts and stops
 * may cut the run into before they are averaged over equal slices instead ({@code maxPeriods} >= 1; events are
 * always exact period boundaries).
 */
public record FlowEstimatorSettings(CbrModel cbr, boolean trains, int lossPasses, int maxPeriods) {

    /** Smooth CBR, train correction, three passes, up to 128 periods. */
    public static final FlowEstimatorSettings DEFAULTS = new FlowEstimatorSettings(CbrModel.SMOOTH, true, 3, 128);

    public FlowEstimatorSettings {
        requireNonNull(cbr, "cbr");
        if (lossPasses < 1) {
            throw new IllegalArgumentException("lossPasses must be >= 1, got " + lossPasses);
        }
        if (maxPeriods < 1) {
            throw new IllegalArgumentException("maxPeriods must be >= 1, got " + maxPeriods);
        }
    }

    public FlowEstimatorSettings withCbr(CbrModel model) {
        return new FlowEstimatorSettings(model, trains, lossPasses, maxPeriods);
    }

    public FlowEstimatorSettings withTrains(boolean correct) {
        return new FlowEstimatorSettings(cbr, correct, lossPasses, maxPeriods);
    }

    public FlowEstimatorSettings withLossPasses(int passes) {
        return new FlowEstimatorSettings(cbr, trains, passes, maxPeriods);
    }

    public FlowEstimatorSettings withMaxPeriods(int periods) {
        return new FlowEstimatorSettings(cbr, trains, lossPasses, periods);
    }
}
