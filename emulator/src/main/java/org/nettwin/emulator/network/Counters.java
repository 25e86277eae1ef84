package org.nettwin.emulator.network;

/**
 * The exact interface counters of the whole network, as 64-bit truth: per interface (= its egress arc) octets and
 * packets sent and received, egress discards and ingress errors. Fractions of a byte or packet are carried over to
 * the next step, so a counter's difference over any interval equals the integral of the true rate to within one
 * unit. Devices wrap them at their width when they report.
 */
final class Counters {

    static final int OUT_OCTETS = 0;
    static final int OUT_PKTS = 1;
    static final int OUT_DISCARDS = 2;
    static final int IN_OCTETS = 3;
    static final int IN_PKTS = 4;
    static final int IN_ERRORS = 5;
    private static final int KINDS = 6;

    private final long[] whole;
    private final double[] fraction;

    Counters(int interfaces) {
        whole = new long[interfaces * KINDS];
        fraction = new double[interfaces * KINDS];
    }

    long value(int iface, int kind) {
        return whole[iface * KINDS + kind];
    }

    private void add(int iface, int kind, double amount) {
        if (amount <= 0) {
            return;
        }
        int at = iface * KINDS + kind;
        double sum = fraction[at] + amount;
        long units = (long) sum;
        whole[at] += units;
        fraction[at] = sum - units;
    }

    /** Restarts every counter of interface {@code iface} from zero (a reboot). */
    void reset(int iface) {
        for (int k = 0; k < KINDS; k++) {
            whole[iface * KINDS + k] = 0;
            fraction[iface * KINDS + k] = 0;
        }
    }

    /** Adds one step of {@code seconds} of the solved flows. */
    void integrate(FlowSolver flows, Controls controls, double seconds, double packetBytes) {
        for (int arc = 0; arc < flows.carried.length; arc++) {
            double sent = flows.carried[arc] * seconds / 8;
            double dropped = (flows.offered[arc] - flows.carried[arc]) * seconds / 8;
            double loss = controls.loss[arc >> 1];
            int receiver = arc ^ 1;
            add(arc, OUT_OCTETS, sent);
            add(arc, OUT_PKTS, sent / packetBytes);
            add(arc, OUT_DISCARDS, dropped / packetBytes);
            add(receiver, IN_OCTETS, sent * (1 - loss));
            add(receiver, IN_PKTS, sent * (1 - loss) / packetBytes);
            add(receiver, IN_ERRORS, sent * loss / packetBytes);
        }
    }
}
