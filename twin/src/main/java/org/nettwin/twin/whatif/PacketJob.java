package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.sim.packet.PacketSimulator;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;

/**
 * The background packet-level run of one job: baseline then what-if on one thread, with the same seed (common
 * random numbers, so the difference is the change, not the draw), progress 0..0.5 for the baseline and 0.5..1 for
 * the what-if. A run estimated above the packet-hop budget is shortened: traffic for a shorter horizon, the same
 * rates and capacities, so delays, losses and utilisations keep their real units (scaling rates and capacities down
 * instead would keep utilisation and loss but change queueing and serialisation delays, for the same statistical
 * power per packet-hop); the headline says so.
 */
final class PacketJob implements Runnable {

    private final JobEntry entry;
    private final WhatIfSettings settings;
    private final Clock clock;
    private final JobArchive archive;
    private final BiConsumer<JobEntry, Boolean> push;

    PacketJob(JobEntry entry, WhatIfSettings settings, Clock clock, JobArchive archive,
              BiConsumer<JobEntry, Boolean> push) {
        this.entry = requireNonNull(entry, "entry");
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
        this.archive = requireNonNull(archive, "archive");
        this.push = requireNonNull(push, "push");
    }

    @Override
    public void run() {
        if (!entry.start()) {
            return;
        }
        push.accept(entry, true);
        try {
            EngineOutcome outcome = simulate();
            entry.end(JobStatus.DONE, clock.instant(), Optional.of(outcome), Optional.empty());
        } catch (CancellationException e) {
            entry.end(JobStatus.CANCELLED, clock.instant(), Optional.empty(), Optional.of("packet run cancelled"));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            entry.end(JobStatus.FAILED, clock.instant(), Optional.empty(),
                    Optional.of("packet run failed: " + e.getClass().getSimpleName() + ": " + message));
        }
        push.accept(entry, true);
    }

    private EngineOutcome simulate() {
        List<String> notes = new ArrayList<>();
        Scenario base = entry.built.baseline();
        Scenario whatIf = entry.built.whatIf();
        double hops = Math.max(WhatIfScenarios.packetHops(base), WhatIfScenarios.packetHops(whatIf));
        if (hops > settings.maxPacketHops()) {
            Duration asked = base.simulation().duration();
            long nanos = Math.max(1_000_000L, (long) (asked.toNanos() * (settings.maxPacketHops() / hops)));
            Duration shorter = Duration.ofNanos(nanos);
            base = WhatIfScenarios.withHorizon(base, shorter);
            whatIf = WhatIfScenarios.withHorizon(whatIf, shorter);
            notes.add(String.format(Locale.ROOT, "packet run shortened to %.3f s of traffic (%.3f s asked): about"
                    + " %.1f M packet-hops per run, over the limit of %.1f M", nanos / 1e9, asked.toNanos() / 1e9,
                    hops / 1e6, settings.maxPacketHops() / 1e6));
        }
        PacketSimulator simulator = new PacketSimulator();
        SimulationResult baseResult = simulator.run(base, run(base, 0));
        SimulationResult whatIfResult = simulator.run(whatIf, run(whatIf, 1));
        archive.results(entry.stored, baseResult, whatIfResult).ifPresent(notes::add);
        return new Outcomes(settings.slaThreshold()).of(PacketSimulator.ENGINE, base, whatIf, baseResult,
                whatIfResult, notes, entry.slices);
    }

    private RunSettings run(Scenario scenario, int phase) {
        ProgressListener listener = (fraction, status) -> {
            entry.progress((phase + Math.max(0, Math.min(1, fraction))) / 2);
            push.accept(entry, false);
        };
        return new RunSettings(1, scenario.simulation().seed(), 1, listener);
    }
}
