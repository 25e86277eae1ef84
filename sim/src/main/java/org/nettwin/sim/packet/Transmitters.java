package org.nettwin.sim.packet;

/**
 * The transmitters of every arc (link direction) of one replication, each with a drop-tail FIFO of at most
 * {@code queue} waiting packets. Because a FIFO link never pre-empts and its rate is fixed, a packet's whole
 * passage is known when it is admitted: it starts when the transmitter frees up ({@code busyUntil}), ends one
 * serialisation later and reaches the next node one propagation delay after that, so admission schedules a single
 * arrival event and no transmit-complete events exist. The start times of the waiting packets are kept in a ring
 * per arc to count how many are waiting (those whose start is still in the future). A failure bumps the arc's
 * epoch, which invalidates every packet admitted before it (queued, being serialised or propagating).
 *
 * <p>Statistics: busy time (sum of serialisation times, clipped at failures and at the end of the run),
 * drops (full queue, or lost to a failure), and the waiting-packet area (sum over packets of the time they wait,
 * clipped the same way), whose division by the run length is the time-average number of waiting packets.
 */
final class Transmitters {

    private static final int RING_MIN = 8;

    final int[] head;
    final int[] epoch;
    final long[] busyTime;
    final long[] dropped;
    final long[] queueArea;
    final boolean[] used;
    private final double[] rateBps;
    private final long[] delayNs;
    private final int[] queue;
    private final long[] busyUntil;
    private final int[] inFlight;
    private final long[][] ring;
    private final int[] ringHead;
    private final int[] ringSize;
    private long hops;

    Transmitters(ScenarioPlan plan) {
        int arcs = plan.arcs.head.length;
        head = plan.arcs.head;
        rateBps = plan.arcs.rateBps;
        delayNs = plan.arcs.delayNs;
        queue = plan.arcs.queue;
        epoch = new int[arcs];
        busyTime = new long[arcs];
        dropped = new long[arcs];
        queueArea = new long[arcs];
        used = new boolean[arcs];
        busyUntil = new long[arcs];
        inFlight = new int[arcs];
        ring = new long[arcs][];
        ringHead = new int[arcs];
        ringSize = new int[arcs];
    }

    /**
     * Offers a packet of {@code bytes} to {@code arc} at {@code now}: returns the time its last bit reaches the arc's
     * head node, or -1 when the queue is full and the packet is dropped.
     */
    long admit(int arc, int bytes, long now) {
        used[arc] = true;
        long busy = busyUntil[arc];
        long start;
        if (busy > now) {
            if (waiting(arc, now) >= queue[arc]) {
                dropped[arc]++;
                return -1;
            }
            start = busy;
            push(arc, start);
            queueArea[arc] += start - now;
        } else {
            start = now;
            ringSize[arc] = 0;
        }
        long tx = Math.round(bytes * 8e9 / rateBps[arc]);
        long end = start + tx;
        busyUntil[arc] = end;
        busyTime[arc] += tx;
        inFlight[arc]++;
        hops++;
        return end + delayNs[arc];
    }

    /** A packet admitted in the current epoch has reached the head node. */
    void arrived(int arc) {
        inFlight[arc]--;
    }

    /**
     * The arc fails at {@code now}: everything admitted to it so far (waiting, being serialised, propagating) is lost
     * and counted as dropped; busy time and waiting area that lay in the future are taken back.
     */
    void fail(int arc, long now) {
        epoch[arc]++;
        dropped[arc] += inFlight[arc];
        inFlight[arc] = 0;
        if (busyUntil[arc] > now) {
            busyTime[arc] -= busyUntil[arc] - now;
            busyUntil[arc] = now;
        }
        queueArea[arc] -= futureWaiting(arc, now);
        ringSize[arc] = 0;
    }

    /** Clips busy time and waiting area at the end of the run. */
    void finish(long end) {
        for (int arc = 0; arc < busyUntil.length; arc++) {
            if (busyUntil[arc] > end) {
                busyTime[arc] -= busyUntil[arc] - end;
            }
            queueArea[arc] -= futureWaiting(arc, end);
        }
    }

    /** Packets admitted to links so far (packet-hops). */
    long hops() {
        return hops;
    }

    /** How many packets wait on {@code arc} at {@code now}, forgetting those that have started. */
    private int waiting(int arc, long now) {
        int n = ringSize[arc];
        if (n == 0) {
            return 0;
        }
        long[] r = ring[arc];
        int mask = r.length - 1;
        int h = ringHead[arc];
        while (n > 0 && r[h] <= now) {
            h = (h + 1) & mask;
            n--;
        }
        ringHead[arc] = h;
        ringSize[arc] = n;
        return n;
    }

    private void push(int arc, long start) {
        long[] r = ring[arc];
        int n = ringSize[arc];
        if (r == null || n == r.length) {
            r = growRing(arc);
        }
        r[(ringHead[arc] + n) & (r.length - 1)] = start;
        ringSize[arc] = n + 1;
    }

    private long[] growRing(int arc) {
        long[] old = ring[arc];
        int n = ringSize[arc];
        long[] r = new long[old == null ? RING_MIN : old.length * 2];
        for (int i = 0; i < n; i++) {
            r[i] = old[(ringHead[arc] + i) & (old.length - 1)];
        }
        ring[arc] = r;
        ringHead[arc] = 0;
        return r;
    }

    /** Sum over waiting packets of (start - t) for those starting after t. */
    private long futureWaiting(int arc, long t) {
        long[] r = ring[arc];
        long sum = 0;
        for (int i = 0; i < ringSize[arc]; i++) {
            long start = r[(ringHead[arc] + i) & (r.length - 1)];
            if (start > t) {
                sum += start - t;
            }
        }
        return sum;
    }
}
