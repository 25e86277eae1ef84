package org.nettwin.telemetry.pipeline;

/**
 * Where the pipeline delivers clean samples: one value per series and grid point, in grid order per series. The
 * server adapts it to the store's {@code TimeSeries.write}; the pipeline never writes the store itself.
 */
@FunctionalInterface
public interface CleanSampleSink {

    /**
     * One clean sample.
     *
     * @param series        the interned series (same instance for every sample of the series)
     * @param gridTimeMicros the grid point, microseconds since the epoch on the twin's (corrected) clock
     * @param value         the value: a rate per second for counter series, else the gauge value
     * @param quality       OR of {@link QualityFlags} bits
     */
    void accept(CleanSeries series, long gridTimeMicros, double value, int quality);
}
