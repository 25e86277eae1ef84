package org.nettwin.sim.packet;

import java.util.Arrays;

/**
 * The packets alive in one replication as indexes into primitive arrays (flow, size, birth time, the arc it is on
 * and that arc's failure epoch when it was admitted), recycled through a free list. Grows by doubling, so after
 * warm-up allocating and freeing a packet allocates nothing.
 */
final class PacketPool {

    int[] flow;
    int[] size;
    long[] birth;
    int[] arc;
    int[] epoch;
    private int[] nextFree;
    private int freeHead = -1;
    private int used;

    PacketPool(int capacity) {
        int c = Math.max(16, capacity);
        flow = new int[c];
        size = new int[c];
        birth = new long[c];
        arc = new int[c];
        epoch = new int[c];
        nextFree = new int[c];
    }

    int allocate(int flowIndex, int bytes, long bornAt) {
        int p = freeHead;
        if (p >= 0) {
            freeHead = nextFree[p];
        } else {
            if (used == flow.length) {
                grow();
            }
            p = used++;
        }
        flow[p] = flowIndex;
        size[p] = bytes;
        birth[p] = bornAt;
        return p;
    }

    void free(int p) {
        nextFree[p] = freeHead;
        freeHead = p;
    }

    /** The most packets that were alive at once (the pool's high-water mark). */
    int capacityUsed() {
        return used;
    }

    private void grow() {
        int c = flow.length * 2;
        flow = Arrays.copyOf(flow, c);
        size = Arrays.copyOf(size, c);
        birth = Arrays.copyOf(birth, c);
        arc = Arrays.copyOf(arc, c);
        epoch = Arrays.copyOf(epoch, c);
        nextFree = Arrays.copyOf(nextFree, c);
    }
}
