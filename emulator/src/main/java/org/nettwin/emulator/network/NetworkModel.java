package org.nettwin.emulator.network;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.truth.GroundTruth;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.TrafficMatrixSeries;
import org.nettwin.sim.random.RandomStream;

/**
 * The state of the emulated network and its step. Everything mutable is guarded by this object's monitor: the
 * stepping thread, fault injection and the devices' readers all synchronise on it, so a reader sees one step whole.
 */
final class NetworkModel {

    /** The share of a gNB's summed cell peak rates its traffic reaches at the diurnal peak, at most. */
    static final double RADIO_PEAK_SHARE = 0.7;

    final EmulatorSettings settings;
    final Fabric fabric;
    final Controls controls;
    final Demands demands;
    final FlowSolver flows;
    final Counters counters;
    final GroundTruth truth;
    final DeviceClock[] clocks;
    final long[] bootNanos;
    final Map<String, DeviceBase> devices = new java.util.LinkedHashMap<>();
    final RouterDevice[] routers;
    final ServerDevice[] servers;
    long now;
    private final Clock trueClock;
    private final boolean[] isDestination;
    private final TruthAccumulator accumulator;
    private final boolean[] operUp;
    private final boolean[] routedUp;
    private RouteTables tables;
    private long epochNanos;
    private long ticks;
    private long tickNanosSum;
    private long tickNanosMax;

    NetworkModel(Topology topology, EmulatorSettings settings, Clock trueClock, TrafficMatrixSeries replay,
                 long replayIntervalNanos) {
        this.settings = settings;
        this.trueClock = trueClock;
        this.fabric = new Fabric(topology);
        this.controls = new Controls(fabric);
        RandomStream traffic = RandomStream.of(settings.seed());
        this.demands = replay == null ? Demands.synthetic(fabric, settings.traffic(), traffic)
                : Demands.replay(fabric, replay, replayIntervalNanos, settings.traffic(), traffic);
        this.flows = new FlowSolver(fabric, demands.size());
        this.counters = new Counters(fabric.arcCount());
        this.truth = new GroundTruth(settings.truthSeconds());
        this.accumulator = new TruthAccumulator(fabric, demands);
        this.isDestination = new boolean[fabric.nodeCount()];
        for (int p = 0; p < demands.size(); p++) {
            isDestination[demands.destination[p]] = true;
        }
        this.epochNanos = nanos(trueClock.instant());
        this.clocks = new DeviceClock[fabric.nodeCount()];
        this.bootNanos = new long[fabric.nodeCount()];
        this.routers = new RouterDevice[fabric.nodeCount()];
        this.servers = new ServerDevice[fabric.nodeCount()];
        this.operUp = new boolean[fabric.arcCount()];
        this.routedUp = new boolean[fabric.nodeCount()];
        DeviceSetup.build(this);
        reroute();
        if (replay == null) {
            calibrate();
        }
        for (int arc = 0; arc < operUp.length; arc++) {
            operUp[arc] = controls.linkUp(arc >> 1, now);
        }
    }

    static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    /**
     * Scales the base matrix so the busiest direction reaches the target utilisation at the diurnal peak, then
     * trims the pairs of any gNB whose traffic (down plus up) would exceed {@value #RADIO_PEAK_SHARE} of its cells'
     * summed peak rate at the diurnal peak, so its cells are busy but not saturated (the busiest link may then end
     * below the target).
     */
    private void calibrate() {
        double peak = 1 + settings.traffic().diurnalAmplitude();
        route(demands.base);
        double max = 0;
        for (int arc = 0; arc < fabric.arcCount(); arc++) {
            max = Math.max(max, flows.offered[arc] / fabric.capacityBps[arc]);
        }
        demands.scale(max > 0 ? settings.traffic().targetPeakUtilisation() / (peak * max) : 0);
        route(demands.base);
        double[] trim = new double[fabric.nodeCount()];
        for (int n = 0; n < trim.length; n++) {
            double radio = 0;
            for (org.nettwin.model.topology.Cell c : fabric.nodes[n].cells()) {
                radio += c.peakDownlink().bitsPerSecond();
            }
            double traffic = peak * (flows.terminating[n] + flows.originated[n]);
            trim[n] = radio > 0 && traffic > RADIO_PEAK_SHARE * radio ? RADIO_PEAK_SHARE * radio / traffic : 1;
        }
        for (int p = 0; p < demands.size(); p++) {
            demands.base[p] *= trim[demands.origin[p]] * trim[demands.destination[p]];
        }
    }

    private void route(double[] rates) {
        System.arraycopy(rates, 0, demands.offered, 0, demands.size());
        flows.offerUnthrottled(demands, tables, controls);
    }

    long trueNanosAt(long modelNanos) {
        return epochNanos + modelNanos;
    }

    long trueNanosNow() {
        return nanos(trueClock.instant());
    }

    Instant epoch() {
        return Instant.ofEpochSecond(0, epochNanos);
    }

    /** Ties model time now to the true clock's reading now (when real-time running starts). */
    void anchor() {
        epochNanos = trueNanosNow() - now;
    }

    /** Runs one model step. */
    void step() {
        long began = System.nanoTime();
        long stepNanos = settings.step().toNanos();
        for (int n = 0; n < routedUp.length; n++) {
            if (routedUp[n] != controls.nodeUp(n, now)) {
                controls.routesChanged = true;
            }
        }
        if (controls.routesChanged) {
            reroute();
        }
        demands.offer(now, stepNanos);
        flows.solve(demands, tables, controls);
        double seconds = stepNanos / 1e9;
        counters.integrate(flows, controls, seconds, settings.meanPacketBytes());
        for (int n = 0; n < servers.length; n++) {
            if (servers[n] != null && controls.nodeUp(n, now)) {
                servers[n].step(seconds, flows.terminating[n], load(n));
            }
        }
        accumulator.add(now, stepNanos, flows, demands);
        now += stepNanos;
        if (accumulator.startsNewSecond(now)) {
            truth.record(accumulator.complete(epoch(), controls, clockOffsets()));
        }
        notifyOperChanges();
        long took = System.nanoTime() - began;
        ticks++;
        tickNanosSum += took;
        tickNanosMax = Math.max(tickNanosMax, took);
    }

    private void reroute() {
        tables = new RouteTables(fabric, controls.routedTopology(now), isDestination);
        for (int n = 0; n < routedUp.length; n++) {
            routedUp[n] = controls.nodeUp(n, now);
        }
        controls.routesChanged = false;
    }

    /** The fraction of the node's link capacity (both directions) its links carry now. */
    double load(int node) {
        double used = 0;
        double capacity = 0;
        for (int arc : fabric.interfacesOf[node]) {
            used += flows.carried[arc] + flows.carried[arc ^ 1];
            capacity += 2 * fabric.capacityBps[arc];
        }
        return capacity > 0 ? used / capacity : 0;
    }

    double cpuPercent(int node) {
        return controls.nodeUp(node, now) ? 3 + 60 * load(node) : 0;
    }

    TickStats tickStats() {
        return new TickStats(ticks, ticks == 0 ? 0 : (double) tickNanosSum / ticks, tickNanosMax);
    }

    /** Every device's clock offset from true time now, ns. */
    Map<String, Long> clockOffsets() {
        Map<String, Long> out = new HashMap<>();
        long trueNanos = trueNanosAt(now);
        for (DeviceBase d : devices.values()) {
            out.put(d.id(), clocks[d.node].offsetAt(trueNanos));
        }
        return out;
    }

    /** Tells routers and radio sites whose interfaces changed oper-status. */
    void notifyOperChanges() {
        for (int arc = 0; arc < operUp.length; arc++) {
            boolean up = controls.linkUp(arc >> 1, now);
            if (up != operUp[arc]) {
                operUp[arc] = up;
                RouterDevice r = routers[fabric.tail[arc]];
                if (r != null) {
                    r.fire(r.operStatus(arc));
                }
            }
        }
    }

    /** Restarts node {@code node}: its counters from zero, down for the downtime, a new boot time. */
    void reboot(int node) {
        long downtime = settings.rebootDowntime().toNanos();
        controls.rebootUntil[node] = now + downtime;
        controls.routesChanged = true;
        for (int arc : fabric.interfacesOf[node]) {
            counters.reset(arc);
        }
        for (DeviceBase d : devices.values()) {
            if (d.node == node) {
                d.restart();
            }
        }
        bootNanos[node] = clocks[node].read(trueNanosAt(now + downtime));
    }

    /** Applies configuration of interface {@code arc} (validated here). */
    void configure(RouterDevice device, int arc, OpenConfigPaths.Kind kind, String path, LeafValue value) {
        ConfigValues.apply(this, device, arc, kind, path, value);
    }

    List<DeviceBase> deviceList() {
        return List.copyOf(devices.values());
    }
}
