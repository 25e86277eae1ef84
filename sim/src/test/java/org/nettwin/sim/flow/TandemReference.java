package org.nettwin.sim.flow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An independent reference for merging queues, written for the tests: a direct discrete-event computation of FIFO
 * queues with infinite buffers. Groups of Poisson packets each first cross their own link of the same rate, then
 * merge with fresh Poisson packets at one output link; it returns the mean wait at the output (seconds).
 */
final class TandemReference {

    private record Arrival(double time, double service) {
    }

    private TandemReference() {
    }

    /**
     * @param groupLoads utilisation each upstream group offers (each first crosses its own link of the same rate)
     * @param freshLoad  utilisation of Poisson packets that join at the output link
     * @param service    transmission time of a packet (fixed sizes)
     */
    static double mergedWait(double[] groupLoads, double freshLoad, double service, int packets, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double total = freshLoad;
        for (double g : groupLoads) {
            total += g;
        }
        List<Arrival> arrivals = new ArrayList<>();
        double horizon = packets * service / total;
        for (double load : groupLoads) {
            double t = 0;
            double free = 0;
            while (true) {
                t += exponential(random, service / load);
                if (t > horizon) {
                    break;
                }
                free = Math.max(t, free) + service;
                arrivals.add(new Arrival(free, service));
            }
        }
        for (double t = exponential(random, service / freshLoad); freshLoad > 0 && t < horizon;
             t += exponential(random, service / freshLoad)) {
            arrivals.add(new Arrival(t, service));
        }
        arrivals.sort(Comparator.comparingDouble(Arrival::time));
        double free = 0;
        double waited = 0;
        for (Arrival a : arrivals) {
            double start = Math.max(a.time(), free);
            waited += start - a.time();
            free = start + a.service();
        }
        return waited / arrivals.size();
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
