package org.conflicttally.places;

import java.lang.management.ManagementFactory;

/**
 * What loading the bundled gazetteer costs a JVM: the time of the first load (what an executor pays once)
 * and the heap it keeps. Run: {@code java -cp target/classes:target/test-classes
 * org.conflicttally.places.GazetteerFootprint}.
 */
public final class GazetteerFootprint {
    private GazetteerFootprint() {
    }

    public static void main(String[] args) {
        long before = retained();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        Gazetteer g = Gazetteer.load();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long after = retained();
        System.out.printf("gazetteer: %d places, first load %d ms (%d ms CPU), retained heap %.1f MB%n", g.size(), ms, cpu,
                (after - before) / 1e6);
        for (int i = 0; i < 3; i++) {
            t0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            Gazetteer.load();
            System.out.printf("load again: %d ms (%d ms CPU)%n", (System.nanoTime() - t0) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
        }
        long a = threads.getCurrentThreadCpuTime();
        String text = Gazetteer.read(Gazetteer.RESOURCE, true);
        long b = threads.getCurrentThreadCpuTime();
        java.util.List<org.conflicttally.lexicon.TsvFile.Row> rows = Gazetteer.rows("g", text);
        long c = threads.getCurrentThreadCpuTime();
        Gazetteer.parse(rows, Gazetteer.rows("n", Gazetteer.read(Gazetteer.NOT_PLACES, false)));
        long d = threads.getCurrentThreadCpuTime();
        System.out.printf("CPU ms: unzip %d, rows %d, places and index %d%n", (b - a) / 1_000_000, (c - b) / 1_000_000,
                (d - c) / 1_000_000);
        System.out.println(g.place(0)); // keeps g reachable until after the measurement
    }

    /** Heap in use after full collections. */
    private static long retained() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
