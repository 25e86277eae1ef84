package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.nettwin.sim.flow.FlowEstimator;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;
import org.nettwin.store.TwinStore;

/**
 * The what-if service: answers each request at once with the flow estimator (baseline and what-if, milliseconds),
 * optionally runs the packet simulator in the background on a bounded pool with progress, keeps the last
 * {@link WhatIfSettings#jobsKept()} jobs, pushes every change to listeners (progress at most every
 * {@link WhatIfSettings#progressInterval()}), and records every job in the repository (scenarios, results, audit).
 * Thread-safe. Closing it cancels the packet runs still going.
 */
public final class WhatIfJobs implements AutoCloseable {

    private final BaselineSource baselines;
    private final Clock clock;
    private final WhatIfSettings settings;
    private final WhatIfScenarios scenarios;
    private final Outcomes outcomes;
    private final JobArchive archive;
    private final FlowEstimator flow = new FlowEstimator();
    private final ThreadPoolExecutor packets;
    private final Map<String, JobEntry> jobs = new LinkedHashMap<>();
    private final List<Consumer<WhatIfJob>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String idPrefix;
    private volatile boolean closed;

    public WhatIfJobs(BaselineSource baselines, TwinStore store, Clock clock, WhatIfSettings settings) {
        this.baselines = requireNonNull(baselines, "baselines");
        this.clock = requireNonNull(clock, "clock");
        this.settings = requireNonNull(settings, "settings");
        this.archive = new JobArchive(store);
        this.scenarios = new WhatIfScenarios(settings);
        this.outcomes = new Outcomes(settings.slaThreshold());
        this.idPrefix = "wi-" + Long.toString(clock.millis(), 36) + "-";
        this.packets = new ThreadPoolExecutor(settings.packetThreads(), settings.packetThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.maxWaitingPacketJobs()), task -> {
                    Thread t = new Thread(task, "nettwin-whatif-packet");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Answers a what-if with the flow estimator at once and, when asked, starts its packet run in the background.
     *
     * @return the job: DONE with the flow outcome, or RUNNING/QUEUED with it when a packet run follows
     * @throws IllegalArgumentException naming the change that names an unknown element or makes no sense
     * @throws java.util.NoSuchElementException from the baseline source when it has no baseline for that moment
     * @throws IllegalStateException when closed, or when too many packet runs are waiting already
     */
    public WhatIfJob submit(WhatIfRequest request, String user) {
        requireNonNull(request, "request");
        requireNonNull(user, "user");
        if (closed) {
            throw new IllegalStateException("what-if service is closed");
        }
        if (request.packet() && packets.getQueue().remainingCapacity() == 0) {
            throw new IllegalStateException("too many packet what-ifs waiting (" + settings.maxWaitingPacketJobs()
                    + "); try again when one has finished");
        }
        Baseline baseline = baselines.baseline(request.asOf());
        WhatIfScenarios.Built built = scenarios.build(request, baseline);
        RunSettings once = new RunSettings(1, request.seed(), 1, ProgressListener.SILENT);
        SimulationResult base = flow.run(built.baseline(), once);
        SimulationResult whatIf = flow.run(built.whatIf(), once);
        String id = idPrefix + sequence.incrementAndGet();
        Instant created = clock.instant();
        List<String> notes = new ArrayList<>(built.notes());
        Optional<JobArchive.Stored> stored = archive.submitted(id, request, baseline.at(), user, built, notes);
        archive.results(stored, base, whatIf).ifPresent(notes::add);
        EngineOutcome answer = outcomes.of(FlowEstimator.ENGINE, built.baseline(), built.whatIf(), base, whatIf, notes,
                baseline.slices());
        WhatIfJob job = new WhatIfJob(id, request, request.packet() ? firstStatus() : JobStatus.DONE,
                request.packet() ? 0 : 1, created, request.packet() ? Optional.empty() : Optional.of(created),
                baseline.at(), List.of(answer), Optional.empty());
        JobEntry entry = new JobEntry(job, built, baseline.slices(), stored);
        keep(entry);
        if (request.packet()) {
            startPacketRun(entry);
        }
        push(entry, true);
        return entry.job();
    }

    public Optional<WhatIfJob> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(JobEntry::job);
        }
    }

    /** The jobs kept, newest first. */
    public List<WhatIfJob> jobs() {
        List<WhatIfJob> out = new ArrayList<>();
        synchronized (jobs) {
            for (JobEntry e : jobs.values()) {
                out.add(e.job());
            }
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * Cancels a job's packet run (it stops within milliseconds); an ended job is returned as it is.
     *
     * @return the job after cancelling, empty when no job has that id
     */
    public Optional<WhatIfJob> cancel(String id, String user) {
        requireNonNull(user, "user");
        JobEntry entry;
        synchronized (jobs) {
            entry = jobs.get(id);
        }
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.end(JobStatus.CANCELLED, clock.instant(), Optional.empty(), Optional.of("cancelled by " + user))) {
            entry.stopRun();
            archive.cancelled(id, user);
            push(entry, true);
        }
        return Optional.of(entry.job());
    }

    /** Calls {@code listener} with every new job and every change of one, until the returned handle is closed. */
    public AutoCloseable onJob(Consumer<WhatIfJob> listener) {
        requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Cancels the packet runs still going or waiting and stops the pool; safe to call twice. */
    @Override
    public void close() {
        closed = true;
        List<JobEntry> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        for (JobEntry e : all) {
            if (e.end(JobStatus.CANCELLED, clock.instant(), Optional.empty(), Optional.of("what-if service closed"))) {
                push(e, true);
            }
        }
        packets.shutdownNow();
        try {
            packets.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JobStatus firstStatus() {
        return packets.getActiveCount() + packets.getQueue().size() >= settings.packetThreads()
                ? JobStatus.QUEUED : JobStatus.RUNNING;
    }

    private void startPacketRun(JobEntry entry) {
        try {
            entry.runOn(packets.submit(new PacketJob(entry, settings, clock, archive, this::push)));
        } catch (RejectedExecutionException e) {
            entry.end(JobStatus.FAILED, clock.instant(), Optional.empty(),
                    Optional.of("packet run not started: too many packet what-ifs waiting"));
        }
    }

    /** Adds a job, dropping the oldest beyond the limit (ended ones first; a dropped running job is cancelled). */
    private void keep(JobEntry entry) {
        List<JobEntry> dropped = new ArrayList<>();
        synchronized (jobs) {
            jobs.put(entry.job().id(), entry);
            while (jobs.size() > settings.jobsKept()) {
                JobEntry victim = oldestEnded().orElse(jobs.values().iterator().next());
                jobs.remove(victim.job().id());
                dropped.add(victim);
            }
        }
        for (JobEntry d : dropped) {
            if (d.end(JobStatus.CANCELLED, clock.instant(), Optional.empty(), Optional.of("dropped: too many jobs"))) {
                d.stopRun();
            }
        }
    }

    private Optional<JobEntry> oldestEnded() {
        Iterator<JobEntry> it = jobs.values().iterator();
        while (it.hasNext()) {
            JobEntry e = it.next();
            if (e.hasEnded()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private void push(JobEntry entry, boolean force) {
        if (listeners.isEmpty() || !entry.pushDue(System.nanoTime(), settings.progressInterval().toNanos(), force)) {
            return;
        }
        WhatIfJob job = entry.job();
        for (Consumer<WhatIfJob> l : listeners) {
            try {
                l.accept(job);
            } catch (RuntimeException e) {
                // one failing listener (a closed WebSocket) must not stop the job or the other listeners
                continue;
            }
        }
    }
}
