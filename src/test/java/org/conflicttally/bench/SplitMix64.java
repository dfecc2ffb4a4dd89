package org.conflicttally.bench;

/**
 * The generator's random numbers: SplitMix64, written out here rather than taken from the JDK, so that a
 * seed gives the same corpus, byte for byte, on every Java version.
 */
final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** A seed for stream {@code index} of a run seeded with {@code seed}: parts are generated independently. */
    static long mix(long seed, long index) {
        return new SplitMix64(seed * 0x9E3779B97F4A7C15L + index).nextLong();
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong() >>> 1, (long) bound);
    }

    /** True with probability p. */
    boolean chance(double p) {
        return (nextLong() >>> 11) * 0x1.0p-53 < p;
    }
}
