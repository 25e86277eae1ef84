package org.nettwin.telemetry.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;

/**
 * An independent model of one device for accuracy tests: true rates (smooth, known in closed form), counters that
 * accumulate them with 32- and 64-bit wraps and a reboot, a skewed clock (offset + drift) stamping samples at whole
 * seconds of its own clock, a jittered transport delay, and missing, duplicated and late deliveries. It records the
 * ground truth the checks compare with; the pipeline never sees it.
 */
final class SyntheticDevice {

    static final String IN_OCTETS = "/interfaces/interface[name=eth0]/state/counters/in-octets";
    static final String OUT_OCTETS = "/interfaces/interface[name=eth0]/state/counters/out-octets";
    static final String IN_PKTS = "/interfaces/interface[name=eth0]/state/counters/in-pkts";
    static final String CPU = "/system/cpus/cpu[index=0]/state/total/instant";
    static final String BOOT = "/system/state/boot-time";
    static final double TWO_32 = 4294967296.0;
    static final double TWO_64 = 18446744073709551616.0;
    static final long S = 1_000_000_000L;

    /** One delivery to the pipeline. */
    record Delivery(Measurement measurement, long receiveNanos) {
    }

    final String name;
    final long t0;
    final long offset;
    final double drift;
    final long rebootAt;
    final boolean reportsBootTime;
    final List<Delivery> deliveries = new ArrayList<>();
    int duplicates;
    int late;
    int wraps;

    SyntheticDevice(String name, long t0, long offsetNanos, double drift, long rebootAfter, boolean reportsBootTime) {
        this.name = name;
        this.t0 = t0;
        this.offset = offsetNanos;
        this.drift = drift;
        this.rebootAt = t0 + rebootAfter;
        this.reportsBootTime = reportsBootTime;
    }

    /** The device clock at true time t. */
    long sourceClock(long t) {
        return t + offset + Math.round(drift * (t - t0));
    }

    /** True time at device clock reading src. */
    long trueTime(long src) {
        return t0 + Math.round((src - offset - t0) / (1 + drift));
    }

    /** True collector-minus-device offset at device clock reading src, ns. */
    long trueOffsetAt(long src) {
        return trueTime(src) - src;
    }

    /** True octet rate per second at true time t. */
    static double octetRate(double seconds) {
        return 5e7 + 2e7 * Math.sin(2 * Math.PI * seconds / 300);
    }

    static double octets(double seconds) {
        return 5e7 * seconds - 2e7 * 300 / (2 * Math.PI) * (Math.cos(2 * Math.PI * seconds / 300) - 1);
    }

    static double pktRate(double seconds) {
        return 1e5 + 3e4 * Math.sin(2 * Math.PI * seconds / 200);
    }

    static double pkts(double seconds) {
        return 1e5 * seconds - 3e4 * 200 / (2 * Math.PI) * (Math.cos(2 * Math.PI * seconds / 200) - 1);
    }

    static double cpu(double seconds) {
        return 40 + 10 * Math.sin(2 * Math.PI * seconds / 120);
    }

    double sec(long t) {
        return (t - t0) / 1e9;
    }

    /**
     * Samples at whole device-clock seconds for {@code seconds}; device-clock seconds in [gapFrom, gapTo) are lost.
     */
    void run(int seconds, long gapFrom, long gapTo, Random rng) {
        double c32 = TWO_32 - 3e9;
        double c64 = TWO_64 - 1e10;
        double prev32 = c32;
        double prev64 = c64;
        long firstSrc = (sourceClock(t0) / S + 1) * S;
        for (long src = firstSrc; src < firstSrc + seconds * S; src += S) {
            long t = trueTime(src);
            double x = sec(t);
            double total32 = c32 + octets(x);
            double total64 = c64 + octets(x);
            boolean rebooted = t >= rebootAt;
            double pk = rebooted ? pkts(x) - pkts(sec(rebootAt)) : pkts(x);
            long delay = 2_000_000L + Math.round(-3_000_000 * Math.log(1 - rng.nextDouble()));
            boolean lost = src - firstSrc >= gapFrom * S && src - firstSrc < gapTo * S;
            if (lost) {
                continue;
            }
            wraps += (int) (Math.floor(total32 / TWO_32) - Math.floor(prev32 / TWO_32));
            wraps += (int) (Math.floor(total64 / TWO_64) - Math.floor(prev64 / TWO_64));
            prev32 = total32;
            prev64 = total64;
            if (rebooted && reportsBootTime) {
                deliver(BOOT, src, sourceClock(rebootAt), t + delay, rng);
            }
            deliver(IN_OCTETS, src, total32 % TWO_32, t + delay, rng);
            deliver(OUT_OCTETS, src, total64 >= TWO_64 ? total64 - TWO_64 : total64, t + delay, rng);
            deliver(IN_PKTS, src, pk, t + delay, rng);
            deliver(CPU, src, cpu(x), t + delay, rng);
        }
    }

    private void deliver(String leaf, long src, double value, long receive, Random rng) {
        Measurement m = new Measurement(name, leaf, Map.of(), OptionalLong.of(src), MeasuredValue.of(value));
        double dice = rng.nextDouble();
        if (dice < 0.01 && !leaf.equals(BOOT)) {
            return; // missing
        }
        if (dice < 0.02 && !leaf.equals(BOOT)) {
            late++;
            deliveries.add(new Delivery(m, receive + 20 * S));
            return;
        }
        deliveries.add(new Delivery(m, receive));
        if (dice < 0.05) {
            duplicates++;
            deliveries.add(new Delivery(m, receive + 1 + (long) (rng.nextDouble() * 400_000_000L)));
        }
    }
}
