package org.nettwin.server.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.emulator.fault.FaultJson;
import org.nettwin.model.format.NetworkReaders;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.server.emulate.RunSettings;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.twin.live.EstimateWindow;
import org.nettwin.twin.live.LiveTwin;
import org.nettwin.twin.live.LiveTwinSettings;
import org.nettwin.twin.matrix.EstimationError;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.state.TwinState;

/**
 * metro-5g in real time with realistic device flaws, collected over gNMI, Prometheus and MQTT into the store and the
 * live twin: steady state, a ring link failure and its repair. Prints the figures; asserts generous tolerances.
 */
class LiveTwinAgainstEmulatorIT {

    private static final Path METRO = Path.of(System.getProperty("nettwin.root", "..")).resolve("examples/metro-5g.json");
    private static final String LINK = "agg-north--agg-east";

    @TempDir
    Path dir;

    @Test
    void followsALinkFailureAndEstimatesTheMatrixCloseToTheTruth() throws Exception {
        Network network = NetworkReaders.installed().read(METRO).network();
        Clock clock = Clock.systemUTC();
        try (TwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir), clock);
             TwinRig rig = TwinRig.start(network, RunSettings.of(7, Duration.ofHours(24), "realistic",
                     network.topology()), LiveTwinSettings.DEFAULTS, store, clock)) {
            LiveTwin twin = rig.twin();
            List<Double> errors = new ArrayList<>();
            List<Double> priors = new ArrayList<>();
            AutoCloseable scoring = twin.onState(s -> score(rig, twin, s, errors, priors));
            await(45, () -> twin.fidelity().isPresent() && errors.size() >= 2);

            AtomicLong injectedAt = new AtomicLong();
            AtomicLong seenAt = new AtomicLong();
            CountDownLatch down = new CountDownLatch(1);
            AutoCloseable watch = twin.onState(s -> {
                if (injectedAt.get() != 0 && status(s, LINK) == ElementStatus.DOWN && seenAt.compareAndSet(0,
                        System.nanoTime())) {
                    down.countDown();
                }
            });
            Instant faultTime = Instant.now();
            injectedAt.set(System.nanoTime());
            rig.emulator().network().inject(FaultJson.parse("{\"type\":\"link-down\",\"link\":\"" + LINK + "\"}"));
            assertThat(down.await(20, TimeUnit.SECONDS)).as("the twin shows the link down").isTrue();
            double latencyMs = (seenAt.get() - injectedAt.get()) / 1e6;
            watch.close();
            TwinState s = twin.state();
            assertThat(s.alarms()).anySatisfy(a -> assertThat(a.key()).isEqualTo("link-down:" + LINK));
            assertThat(twin.liveTopology().link(LinkId.of(LINK))).isEmpty();
            await(20, () -> twin.matrix().orElseThrow().at().isAfter(faultTime.plusSeconds(6)));
            assertThat(twin.baseline(Optional.empty()).topology().link(LinkId.of(LINK))).isEmpty();
            double afterFault = twin.fidelity().orElseThrow().meanAbsoluteError();

            rig.emulator().network().inject(FaultJson.parse("{\"type\":\"link-up\",\"link\":\"" + LINK + "\"}"));
            await(20, () -> status(twin.state(), LINK) == ElementStatus.UP
                    && twin.state().alarms().stream().noneMatch(a -> a.key().equals("link-down:" + LINK)));
            await(10, () -> store.events().activeAlarms(Instant.now()).stream()
                    .noneMatch(e -> e.alarmKey().orElse("").equals("link-down:" + LINK)));
            assertThat(store.events().activeAlarms(faultTime.plusSeconds(3)))
                    .anySatisfy(e -> assertThat(e.alarmKey()).contains("link-down:" + LINK));
            scoring.close();

            double meanError;
            double meanPrior;
            synchronized (errors) {
                meanError = errors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                meanPrior = priors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            }
            double[] fidelity = twin.fidelityHistory().stream().mapToDouble(h -> h[1]).toArray();
            double meanFidelity = java.util.Arrays.stream(fidelity).average().orElseThrow();
            System.out.printf(Locale.ROOT, "live twin vs emulator (metro-5g, realistic flaws): TM relative L2 %.3f "
                    + "(gravity prior %.3f) over %d windows; fidelity mean abs error %.4f over %d windows (%.4f in "
                    + "the window after the failure); fault -> twin state %.0f ms; bad observations %d%n", meanError,
                    meanPrior, errors.size(), meanFidelity, fidelity.length, afterFault, latencyMs,
                    twin.badObservations());
            assertThat(latencyMs).isLessThan(5000);
            assertThat(meanError).isLessThan(0.5).isLessThan(meanPrior);
            assertThat(meanFidelity).isLessThan(0.05);
        }
    }

    private static void score(TwinRig rig, LiveTwin twin, TwinState s, List<Double> errors, List<Double> priors) {
        Optional<EstimateWindow> w = twin.estimateWindow();
        if (s.matrix().isEmpty() || w.isEmpty() || !s.matrix().get().at().equals(s.at())) {
            return;
        }
        Optional<TrafficMatrix> truth = TruthWindow.mean(rig.emulator().network().truth(), w.get());
        if (truth.isEmpty() || twin.lastObservation().isEmpty()) {
            return;
        }
        double prior = EstimationError.of(org.nettwin.twin.matrix.TomogravityEstimator.standard()
                .prior(twin.liveTopology(), twin.lastObservation().get()), truth.get()).relativeL2();
        synchronized (errors) {
            errors.add(EstimationError.of(twin.currentMatrix(), truth.get()).relativeL2());
            priors.add(prior);
        }
    }

    private static ElementStatus status(TwinState s, String link) {
        return s.links().stream().filter(l -> l.id().equals(link)).findFirst().orElseThrow().status();
    }

    private static void await(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }
}
