package org.nettwin.twin.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobEntryTest {

    private static JobEntry running() {
        WhatIfRequest request = Ring.request(new Change.FailLink("ab"));
        WhatIfJob job = new WhatIfJob("j1", request, JobStatus.RUNNING, 0, Ring.AT, Optional.empty(), Ring.AT,
                List.of(), Optional.empty());
        WhatIfScenarios.Built built = new WhatIfScenarios(WhatIfSettings.DEFAULTS).build(request,
                Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 1)), List.of()));
        return new JobEntry(job, built, List.of(), Optional.empty());
    }

    @Test
    void throttlesPushesToOnePerIntervalUnlessForced() {
        JobEntry entry = running();
        long interval = Duration.ofMillis(200).toNanos();
        assertThat(entry.pushDue(0, interval, false)).isTrue();
        assertThat(entry.pushDue(interval / 2, interval, false)).isFalse();
        assertThat(entry.pushDue(interval / 2 + 1, interval, true)).isTrue();
        assertThat(entry.pushDue(interval, interval, false)).isFalse();
        assertThat(entry.pushDue(interval / 2 + 1 + interval, interval, false)).isTrue();
    }

    @Test
    void progressNeverGoesBackNorReachesOneBeforeTheEnd() {
        JobEntry entry = running();
        entry.progress(0.4);
        entry.progress(0.2);
        assertThat(entry.job().progress()).isEqualTo(0.4);
        entry.progress(1);
        assertThat(entry.job().progress()).isEqualTo(0.99);
        assertThat(entry.end(JobStatus.DONE, Instant.EPOCH, Optional.empty(), Optional.empty())).isTrue();
        assertThat(entry.job().progress()).isEqualTo(1);
    }

    @Test
    void anEndedJobStaysAsItEnded() {
        JobEntry entry = running();
        assertThat(entry.end(JobStatus.CANCELLED, Instant.EPOCH, Optional.empty(), Optional.of("cancelled"))).isTrue();
        assertThat(entry.end(JobStatus.DONE, Instant.MAX, Optional.empty(), Optional.empty())).isFalse();
        assertThat(entry.start()).isFalse();
        entry.progress(0.7);
        assertThat(entry.job().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(entry.job().finished()).contains(Instant.EPOCH);
        assertThat(entry.job().progress()).isZero();
    }
}
