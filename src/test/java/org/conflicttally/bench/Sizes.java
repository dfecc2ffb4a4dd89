package org.conflicttally.bench;

import java.util.Locale;

/** Byte sizes as the benchmark's flags write them: {@code 100M}, {@code 1G}, {@code 500K}, decimal (1G = 10^9). */
final class Sizes {
    private Sizes() {
    }

    static long parse(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = 1;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'K' -> unit = 1_000L;
                case 'M' -> unit = 1_000_000L;
                case 'G' -> unit = 1_000_000_000L;
                default -> unit = 1;
            }
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            double v = Double.parseDouble(digits);
            if (v <= 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return Math.round(v * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + s + "' (expected a number with K, M or G, e.g. 100M, 1G)");
        }
    }

    /** The shortest exact label: 1000000000 -> 1G, 100000000 -> 100M, 1500 -> 1500. */
    static String label(long bytes) {
        if (bytes % 1_000_000_000L == 0) {
            return bytes / 1_000_000_000L + "G";
        }
        if (bytes % 1_000_000L == 0) {
            return bytes / 1_000_000L + "M";
        }
        if (bytes % 1_000L == 0) {
            return bytes / 1_000L + "K";
        }
        return Long.toString(bytes);
    }

    /** Megabytes (10^6 bytes) per second. */
    static double mbPerSecond(long bytes, double seconds) {
        return bytes / 1e6 / seconds;
    }
}
