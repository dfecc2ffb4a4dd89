package org.conflicttally.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small pieces of the benchmark: sizes, the random stream, memory read from /proc and from GC logs. */
class BenchPartsTest {
    @Test
    void sizesAreDecimal() {
        assertEquals(100_000_000L, Sizes.parse("100M"));
        assertEquals(1_000_000_000L, Sizes.parse("1G"));
        assertEquals(1_000_000_000L, Sizes.parse("1gb"));
        assertEquals(1_500_000_000L, Sizes.parse("1.5G"));
        assertEquals(2_000L, Sizes.parse("2K"));
        assertEquals(123L, Sizes.parse("123"));
        assertEquals("100M", Sizes.label(100_000_000L));
        assertEquals("1G", Sizes.label(1_000_000_000L));
        assertEquals("1500M", Sizes.label(1_500_000_000L));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parse("big"));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parse("-1M"));
    }

    @Test
    void theRandomStreamIsFixedByItsSeed() {
        SplitMix64 a = new SplitMix64(42);
        long[] first = {a.nextLong(), a.nextLong(), a.nextLong()};
        SplitMix64 b = new SplitMix64(42);
        assertArrayEquals(first, new long[] {b.nextLong(), b.nextLong(), b.nextLong()});
        // SplitMix64's published output for seed 0: the corpus must not change with the Java version
        assertEquals(0xE220A8397B1DCDAFL, new SplitMix64(0).nextLong());
        SplitMix64 r = new SplitMix64(1);
        for (int i = 0; i < 1000; i++) {
            int v = r.nextInt(7);
            assertEquals(true, v >= 0 && v < 7);
        }
    }

    @Test
    void peakMemoryFromProcAndGcLog(@TempDir Path tmp) throws IOException {
        Path status = tmp.resolve("status");
        Files.writeString(status, "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  1048576 kB\nVmRSS:\t 900000 kB\n");
        assertEquals(1L << 30, ChildJvm.highWaterMark(status));
        assertEquals(-1, ChildJvm.highWaterMark(tmp.resolve("gone")));

        long[] heap = ChildJvm.heap(List.of(
                "[0.012s][info][gc] Using G1",
                "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms",
                "[5.678s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 1G->300M(2048M) 12.3ms",
                "[6.000s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 900M->410M(2048M) 80.1ms",
                "[7.000s][info][gc] GC(3) Pause Remark 1900M->1800M(2048M) 51.386ms"));
        assertArrayEquals(new long[] {1L << 30, 410L << 20, 2048L << 20}, heap);
    }

    /**
     * A process the measured command starts whose command line names the executor class counts as an
     * executor; the measured process itself, though its command line names the class too, does not.
     */
    @Test
    void executorsStartedDuringTheRunAreMeasuredApart(@TempDir Path tmp) throws Exception {
        String fakeExecutor = "sleep 1.5; : " + ChildJvm.EXECUTOR_CLASS;
        ChildJvm.Outcome o = ChildJvm.run(List.of("bash", "-c", "bash -c '" + fakeExecutor + "'; true"),
                tmp.resolve("log"), tmp.resolve("gc.log"), tmp);
        assertEquals(0, o.exitCode());
        assertEquals(1, o.executors().count());
        assertTrue(o.executors().peakRssBytes() > 0, "peak RSS of the fake executor");
        assertEquals(-1, o.executors().heapLivePeak(), "a bash has no GC log");
        ChildJvm.Outcome local = ChildJvm.run(List.of("bash", "-c", "bash -c '" + fakeExecutor + "'; true"),
                tmp.resolve("log2"), tmp.resolve("gc2.log"), null);
        assertEquals(ChildJvm.Executors.NONE, local.executors(), "in local mode no executors are looked for");
    }

    @Test
    void coresOfTheMaster() {
        assertEquals(2, BenchRun.cores("local[2]"));
        assertEquals(8, BenchRun.cores("local[8,3]"));
        assertEquals(Runtime.getRuntime().availableProcessors(), BenchRun.cores("local[*]"));
    }
}
