package org.nettwin.sim.packet;

import org.nettwin.sim.engine.EventHandler;
import org.nettwin.sim.engine.EventLoop;
import org.nettwin.sim.random.RandomStream;

/**
 * One replication of the packet-level model: its own event loop, sources, transmitters, packet pool and monitor.
 * Three event kinds: a source sends a packet ({@code SEND}, payload = flow), a packet's last bit reaches the head
 * node of the arc it was sent on ({@code ARRIVE}, payload = packet), and a scenario event happens ({@code CHANGE},
 * payload = timeline index). Forwarding at a node is immediate: deliver, or look up the arc in the current route
 * state and admit the packet to it (no event of its own). Nothing is allocated per event once the pools have grown.
 */
final class PacketNetwork implements EventHandler {

    static final int SEND = 0;
    static final int ARRIVE = 1;
    static final int CHANGE = 2;

    private static final int MIN_SIZE = 31;
    private static final int MAX_SIZE = 65_000;

    private final ScenarioPlan plan;
    private final EventLoop loop = new EventLoop(4096);
    private final PacketPool pool = new PacketPool(1024);
    private final Transmitters links;
    private final FlowMonitor monitor;
    private final RandomStream[] random;
    private final int[] flowDst;
    private final double[] rateBps;
    private final double[] meanGapNs;
    private final long[] cbrGapNs;
    private final long[] pendingSend;
    private final long[] lastSend;
    private final int[][][] rowsByState;
    private RouteState state;
    private int[][] rows;
    private long packets;

    PacketNetwork(ScenarioPlan plan, long seed, int replication) {
        this.plan = plan;
        this.links = new Transmitters(plan);
        this.monitor = new FlowMonitor(plan.flows.count);
        this.flowDst = plan.flows.dst;
        int flows = plan.flows.count;
        random = new RandomStream[flows];
        rateBps = plan.flows.rateBps.clone();
        meanGapNs = new double[flows];
        cbrGapNs = new long[flows];
        pendingSend = new long[flows];
        lastSend = new long[flows];
        for (int f = 0; f < flows; f++) {
            random[f] = RandomStream.forFlow(seed, replication, f);
            setGap(f);
            lastSend[f] = -1;
        }
        rowsByState = new int[plan.states.size()][][];
        switchTo(0);
    }

    /** Schedules the scenario events and the first packet of every source. */
    void start() {
        for (int k = 0; k < plan.changes(); k++) {
            loop.schedule(plan.changeAt[k], CHANGE, k);
        }
        for (int f = 0; f < plan.flows.count; f++) {
            scheduleFirst(f, 0);
        }
    }

    /** Runs up to {@code maxEvents} events; true when the run has reached its end. */
    boolean advance(long maxEvents) {
        return loop.run(plan.endNs, this, maxEvents);
    }

    long now() {
        return loop.now();
    }

    long eventsExecuted() {
        return loop.executed();
    }

    @Override
    public void handle(int kind, int payload) {
        if (kind == ARRIVE) {
            arrive(payload);
        } else if (kind == SEND) {
            send(payload);
        } else {
            change(payload);
        }
    }

    private void send(int f) {
        if (loop.currentId() != pendingSend[f]) {
            return; // superseded by a scale_flows event
        }
        long now = loop.now();
        int size = plan.flows.size[f];
        if (plan.flows.exponentialSizes[f]) {
            long drawn = Math.round(random[f].nextExponential(size));
            size = (int) Math.max(MIN_SIZE, Math.min(MAX_SIZE, drawn));
        }
        int p = pool.allocate(f, size, now);
        packets++;
        monitor.sent(f, now);
        lastSend[f] = now;
        long gap = plan.flows.poisson[f] ? Math.round(random[f].nextExponential(meanGapNs[f])) : cbrGapNs[f];
        scheduleSend(f, now + gap);
        forward(plan.flows.src[f], p);
    }

    private void arrive(int p) {
        int arc = pool.arc[p];
        if (pool.epoch[p] != links.epoch[arc]) {
            pool.free(p); // the arc failed after the packet was admitted (already counted as dropped there)
            return;
        }
        links.arrived(arc);
        forward(links.head[arc], p);
    }

    /** Hands packet {@code p} to node {@code node}'s forwarding: deliver, send on, or lose it (no route). */
    private void forward(int node, int p) {
        int f = pool.flow[p];
        int dst = flowDst[f];
        long now = loop.now();
        if (node == dst) {
            monitor.received(f, pool.size[p], now - pool.birth[p], now);
            pool.free(p);
            return;
        }
        int[] row = rows[dst];
        if (row == null) {
            row = state.row(dst);
            rows[dst] = row;
        }
        int arc = row[node];
        if (arc < 0) {
            pool.free(p);
            return;
        }
        long arrival = links.admit(arc, pool.size[p], now);
        if (arrival < 0) {
            pool.free(p);
            return;
        }
        pool.arc[p] = arc;
        pool.epoch[p] = links.epoch[arc];
        loop.schedule(arrival, ARRIVE, p);
    }

    private void change(int k) {
        int next = plan.changeState[k];
        if (next < 0) {
            scale(plan.changeFlows[k], plan.changeFactor[k]);
            return;
        }
        RouteState after = plan.states.get(next);
        long now = loop.now();
        for (int l = 0; l < plan.arcs.links; l++) {
            if (state.isUsable(l) && !after.isUsable(l)) {
                links.fail(2 * l, now);
                links.fail(2 * l + 1, now);
            }
        }
        switchTo(next);
    }

    private void switchTo(int stateIndex) {
        state = plan.states.get(stateIndex);
        if (rowsByState[stateIndex] == null) {
            rowsByState[stateIndex] = new int[plan.nodes][];
        }
        rows = rowsByState[stateIndex];
    }

    /** scale_flows: new rates; Poisson sources redraw their pending gap, CBR sources keep their last send time. */
    private void scale(int[] flows, double factor) {
        long now = loop.now();
        for (int f : flows) {
            rateBps[f] *= factor;
            setGap(f);
            if (lastSend[f] < 0) {
                scheduleFirst(f, now);
            } else if (plan.flows.poisson[f]) {
                scheduleSend(f, now + Math.round(random[f].nextExponential(meanGapNs[f])));
            } else {
                scheduleSend(f, Math.max(now, lastSend[f] + cbrGapNs[f]));
            }
        }
    }

    /** The first packet: CBR at start, Poisson one exponential gap after start (or after now, if later). */
    private void scheduleFirst(int f, long now) {
        long from = Math.max(now, plan.flows.start[f]);
        long at = plan.flows.poisson[f] ? from + Math.round(random[f].nextExponential(meanGapNs[f])) : from;
        scheduleSend(f, at);
    }

    private void scheduleSend(int f, long at) {
        pendingSend[f] = at < plan.flows.stop[f] ? loop.schedule(at, SEND, f) : -1;
    }

    private void setGap(int f) {
        meanGapNs[f] = plan.flows.size[f] * 8e9 / rateBps[f];
        cbrGapNs[f] = Math.round(meanGapNs[f]);
    }

    /** The figures of this replication; call once, after the run reached its end. */
    ReplicationResult finish() {
        links.finish(plan.endNs);
        ReplicationResult r = new ReplicationResult();
        r.events = loop.executed();
        r.packets = packets;
        r.hops = links.hops();
        r.peakPackets = pool.capacityUsed();
        int flows = plan.flows.count;
        r.tx = monitor.tx.clone();
        r.rx = monitor.rx.clone();
        r.meanDelay = new double[flows];
        r.p50Delay = new double[flows];
        r.p99Delay = new double[flows];
        r.jitter = new double[flows];
        r.throughput = new double[flows];
        for (int f = 0; f < flows; f++) {
            describeFlow(r, f);
        }
        int arcs = 2 * plan.arcs.links;
        r.arcUsed = links.used.clone();
        r.utilisation = new double[arcs];
        r.dropped = links.dropped.clone();
        r.meanQueue = new double[arcs];
        for (int a = 0; a < arcs; a++) {
            r.utilisation[a] = links.busyTime[a] / (double) plan.durationNs;
            r.meanQueue[a] = links.queueArea[a] / (double) plan.endNs;
        }
        return r;
    }

    private void describeFlow(ReplicationResult r, int f) {
        long rx = monitor.rx[f];
        r.meanDelay[f] = rx == 0 ? Double.NaN : monitor.delaySum[f] / (double) rx / 1e9;
        r.p50Delay[f] = monitor.delayQuantile(f, 0.50) / 1e9;
        r.p99Delay[f] = monitor.delayQuantile(f, 0.99) / 1e9;
        r.jitter[f] = rx < 2 ? Double.NaN : monitor.jitterSum[f] / (double) (rx - 1) / 1e9;
        long span = monitor.lastRx[f] - monitor.firstTx[f];
        r.throughput[f] = rx == 0 || span <= 0 ? 0 : monitor.rxBytes[f] * 8.0 / (span / 1e9);
    }
}
