package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.util.Locale;
import org.nettwin.sim.engine.EventHeap;
import org.nettwin.sim.random.RandomStream;

/**
 * The classic hold-model benchmark of an event queue: fill it with {@code n} events at exponential times, then
 * repeatedly remove the earliest and insert it again an exponential time later, so the queue keeps its size. Prints
 * the mean cost of one hold per queue size, best of three rounds, done as remove + insert and as one replaceMin.
 */
final class QueueHoldBench {

    private QueueHoldBench() {
    }

    static void run(PrintWriter out, int[] sizes, long holds) {
        out.printf(Locale.ROOT, "%-10s %12s %24s %24s%n", "pending", "holds", "ns (removeMin + insert)",
                "ns (replaceMin)");
        for (int n : sizes) {
            double separate = Double.MAX_VALUE;
            double combined = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                separate = Math.min(separate, nanosPerHold(n, holds, false));
                combined = Math.min(combined, nanosPerHold(n, holds, true));
            }
            out.printf(Locale.ROOT, "%-10d %12d %24.1f %24.1f%n", n, holds, separate, combined);
            out.flush();
        }
    }

    private static double nanosPerHold(int n, long holds, boolean replace) {
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
            checksum += word;
            if (replace) {
                heap.replaceMin(t + increments[(int) (seq & mask)], seq++, word);
            } else {
                heap.removeMin();
                heap.insert(t + increments[(int) (seq & mask)], seq++, word);
            }
        }
        long elapsed = System.nanoTime() - start;
        if (checksum == 42) {
            System.out.print("");
        }
        return elapsed / (double) holds;
    }
}
