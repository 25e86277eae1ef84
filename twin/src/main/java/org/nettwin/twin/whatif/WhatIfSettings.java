package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.nettwin.model.scenario.SizeDistribution;

/**
 * How what-if jobs run: {@code packetThreads} background packet runs at a time (more wait, at most
 * {@code maxWaitingPacketJobs}), the last {@code jobsKept} jobs remembered, at most {@code maxPacketHops} packet-hops
 * per packet run (a longer run is shortened), the utilisation {@code slaThreshold} whose crossing the comparison
 * reports, the frames of the generated Poisson flows ({@code packetSizeBytes} mean, drawn by {@code sizes}), the
 * {@code drain} after the traffic stops, and how often at most progress is pushed ({@code progressInterval}).
 */
public record WhatIfSettings(int packetThreads, int maxWaitingPacketJobs, int jobsKept, long maxPacketHops,
                             double slaThreshold, int packetSizeBytes, SizeDistribution sizes, Duration drain,
                             Duration progressInterval) {

    /**
     * One packet thread, 4 waiting, 100 jobs kept, 20 M packet-hops per run (a few seconds on one core: the packet
     * simulator does 6-11 M hops/s), links crossing 80 %, exponential frames of mean 1000 bytes (M/M/1-like, what
     * the flow estimator models exactly), 0.5 s drain, progress at most 5 times a second.
     */
    public static final WhatIfSettings DEFAULTS = new WhatIfSettings(1, 4, 100, 20_000_000L, 0.8, 1000,
            SizeDistribution.EXPONENTIAL, Duration.ofMillis(500), Duration.ofMillis(200));

    public WhatIfSettings {
        requireNonNull(sizes, "sizes");
        requireNonNull(drain, "drain");
        requireNonNull(progressInterval, "progressInterval");
        if (packetThreads < 1 || maxWaitingPacketJobs < 1 || jobsKept < 1) {
            throw new IllegalArgumentException("what-if settings: packet threads, waiting packet jobs and jobs kept"
                    + " must be >= 1 (were " + packetThreads + ", " + maxWaitingPacketJobs + ", " + jobsKept + ")");
        }
        if (maxPacketHops < 1 || packetSizeBytes < 1) {
            throw new IllegalArgumentException("what-if settings: max packet-hops and packet size must be >= 1");
        }
        if (!(slaThreshold > 0) || Double.isInfinite(slaThreshold)) {
            throw new IllegalArgumentException("what-if settings: threshold must be a finite utilisation > 0, was "
                    + slaThreshold);
        }
        if (drain.isNegative() || progressInterval.isNegative()) {
            throw new IllegalArgumentException("what-if settings: drain and progress interval must be >= 0");
        }
    }

    public WhatIfSettings withJobsKept(int n) {
        return new WhatIfSettings(packetThreads, maxWaitingPacketJobs, n, maxPacketHops, slaThreshold,
                packetSizeBytes, sizes, drain, progressInterval);
    }

    public WhatIfSettings withMaxPacketHops(long hops) {
        return new WhatIfSettings(packetThreads, maxWaitingPacketJobs, jobsKept, hops, slaThreshold,
                packetSizeBytes, sizes, drain, progressInterval);
    }

    public WhatIfSettings withPacketSize(int bytes, SizeDistribution distribution) {
        return new WhatIfSettings(packetThreads, maxWaitingPacketJobs, jobsKept, maxPacketHops, slaThreshold,
                bytes, distribution, drain, progressInterval);
    }
}
