package org.nettwin.sim.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.sim.result.ResultJson;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;

class DeterminismTest {

    /** Loss, rerouting, scaling and exponential sizes all in one, so every random draw and code path counts. */
    private static Scenario busy() {
        return PacketModelTest.diamond().poisson("p", "A", "D", 0, 5, SizeDistribution.EXPONENTIAL, 800, 5e7)
                .poisson("q", "B", "C", 0.5, 5, SizeDistribution.FIXED, 1200, 4e7).cbr("c", "C", "B", 0, 5, 500, 3e7)
                .linkDown(2, "bd").scale(3, 1.5).linkUp(4, "bd").run(5, 1).build();
    }

    private static String json(int replications, long seed, int threads) {
        SimulationResult r = new PacketSimulator().run(busy(), new RunSettings(replications, seed, threads,
                ProgressListener.SILENT));
        return ResultJson.write(new SimulationResult(r.scenario(), r.engine(), r.replications(), r.eventsExecuted(), 0,
                r.flows(), r.links()));
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreadCount() {
        String one = json(6, 42, 1);
        assertThat(json(6, 42, 2)).isEqualTo(one);
        assertThat(json(6, 42, 4)).isEqualTo(one);
        assertThat(json(6, 43, 2)).isNotEqualTo(one);
    }
}
