package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.util.Locale;
import org.nettwin.sim.engine.EventHeap;
import org.nettwin.sim.random.RandomStream;

/**
 * The classic hold-model benchmark of an event queue: fill it with {@code n} events at exponential times, then
 * repeatedly remove the earliest and insert it again an exponential time later, so the queue keeps its size. Prints
 * the mean cost of one hold (remove + insert) per queue size, best of three rounds.
 */
final class QueueHoldBench {

    private QueueHoldBench() {
    }

    static void run(PrintWriter out, int[] sizes, long holds) {
        out.printf(Locale.ROOT, "%-10s %12s %14s%n", "pending", "holds", "ns per hold");
        for (int n : sizes) {
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                best = Math.min(best, nanosPerHold(n, holds));
            }
            out.printf(Locale.ROOT, "%-10d %12d %14.1f%n", n, holds, best);
            out.flush();
        }
    }

    private static double nanosPerHold(int n, long holds) {
        EventHeap heap = new EventHeap(n);
        RandomStream random = RandomStream.of(42);
        // Increments drawn beforehand, so the timing is the queue's alone.
        long[] increments = new long[1 << 20];
        for (int i = 0; i < increments.length; i++) {
            increments[i] = Math.round(random.nextExponential(1e6));
        }
        int mask = increments.length - 1;
        long seq = 0;
        for (int i = 0; i < n; i++) {
            heap.insert(increments[i & mask], seq++, i);
        }
        long start = System.nanoTime();
        long checksum = 0;
        for (long h = 0; h < holds; h++) {
            long t = heap.minTime();
            long word = heap.minWord();
            heap.removeMin();
            checksum += word;
            heap.insert(t + increments[(int) (seq & mask)], seq++, word);
        }
        long elapsed = System.nanoTime() - start;
        if (checksum == 42) {
            System.out.print("");
        }
        return elapsed / (double) holds;
    }
}
