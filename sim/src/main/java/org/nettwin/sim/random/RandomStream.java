package org.nettwin.sim.random;

/**
 * One stream of pseudo-random numbers: xoshiro256++ (Blackman and Vigna, 2019) whose 256-bit state is filled by
 * SplitMix64 from a 64-bit seed. The algorithm is written out here rather than taken from the JDK so that a seed
 * gives the same numbers on every JVM version. Streams for different purposes come from {@link #forReplication}
 * and {@link #forFlow}, which hash their whole key, so streams of neighbouring replications or flows are
 * unrelated. Not thread-safe: one stream belongs to one run.
 */
public final class RandomStream {

    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long s0;
    private long s1;
    private long s2;
    private long s3;

    private RandomStream(long seed) {
        long x = seed;
        x += GOLDEN_GAMMA;
        s0 = mix(x);
        x += GOLDEN_GAMMA;
        s1 = mix(x);
        x += GOLDEN_GAMMA;
        s2 = mix(x);
        x += GOLDEN_GAMMA;
        s3 = mix(x);
    }

    /** A stream in the given state (for checking the generator against its reference vectors). */
    static RandomStream ofState(long a, long b, long c, long d) {
        RandomStream s = new RandomStream(0);
        s.s0 = a;
        s.s1 = b;
        s.s2 = c;
        s.s3 = d;
        return s;
    }

    /** A stream seeded directly with {@code seed}. */
    public static RandomStream of(long seed) {
        return new RandomStream(seed);
    }

    /** The stream of replication {@code replication} (0-based) of a scenario run with {@code seed}. */
    public static RandomStream forReplication(long seed, int replication) {
        return new RandomStream(key(key(mix(seed ^ 0x5EED_0000_0000_0001L), replication), -1));
    }

    /** The sub-stream of flow {@code flow} (its index in the scenario) in replication {@code replication}. */
    public static RandomStream forFlow(long seed, int replication, int flow) {
        return new RandomStream(key(key(mix(seed ^ 0x5EED_0000_0000_0001L), replication), flow));
    }

    private static long key(long hash, long part) {
        return mix(hash + GOLDEN_GAMMA * (part + 1) ^ 0xD1B5_4A32_D192_ED03L);
    }

    /** The SplitMix64 finaliser (Stafford's variant 13), a bijection that scrambles every bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s0 + s3, 23) + s0;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1), with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Exponentially distributed with the given mean (inversion: -mean * ln(1 - U), U in [0, 1)). */
    public double nextExponential(double mean) {
        return -mean * Math.log1p(-nextDouble());
    }
}
