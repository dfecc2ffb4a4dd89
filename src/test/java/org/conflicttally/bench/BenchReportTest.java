package org.conflicttally.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table scripts/bench prints, from made-up figures: every section is there and the ratio is computed. */
class BenchReportTest {
    @Test
    void printsCoreSparkMemoryAndGrowth() {
        BenchCli.CorpusOptions corpus = new BenchCli.CorpusOptions();
        corpus.seed = 1;
        corpus.dir = Path.of("target", "bench");
        BenchRun run = new BenchRun(corpus, List.of(100_000_000L, 1_000_000_000L), "local[2]", "2g", 1, "32M", 5,
                Path.of("scripts", "jvm-flags"), new PrintWriter(new StringWriter()));
        JsonNode core = BenchCli.JSON.valueToTree(Map.of("lexicon_compile_seconds", 0.2, "results", List.of(
                Map.of("threads", 1, "warmup_passes", 3, "pass_seconds", List.of(1.0, 1.1), "mb_per_s", 30.0,
                        "articles_per_s", 15000.0, "facts_per_pass", 1000, "mb_per_cpu_s", 38.0),
                Map.of("threads", 2, "warmup_passes", 3, "pass_seconds", List.of(0.5, 0.6), "mb_per_s", 60.0,
                        "articles_per_s", 30000.0, "facts_per_pass", 1000))));
        JsonNode summary = BenchCli.JSON.valueToTree(Map.of("seconds", Map.of("load", 1.0, "total", 10.0)));
        List<BenchRun.SizeResult> results = List.of(
                new BenchRun.SizeResult(100_000_000L, manifest(100_000_000L, 95_000_000L),
                        new BenchRun.Step(1, 4, 3, 1L << 30, 1L << 29, 1L << 27, ChildJvm.Executors.NONE, summary),
                        new BenchRun.Step(2, 5, 4, 1L << 30, 1L << 29, 1L << 27, ChildJvm.Executors.NONE, summary),
                        new BenchRun.Step(4, 7, 8, 1L << 31, 1L << 30, 1L << 28, ChildJvm.Executors.NONE, summary)),
                new BenchRun.SizeResult(1_000_000_000L, manifest(1_000_000_000L, 950_000_000L),
                        new BenchRun.Step(6, 9, 12, 1L << 30, 1L << 29, 1L << 27, ChildJvm.Executors.NONE, summary),
                        new BenchRun.Step(12, 15, 24, 1L << 30, 1L << 29, 1L << 27, ChildJvm.Executors.NONE, summary),
                        new BenchRun.Step(30, 33, 60, 1L << 31, 1L << 30, 1L << 28, ChildJvm.Executors.NONE, summary)));
        String report = run.report(core, results, "0.10 0.20 0.30", "0.90 0.80 0.70", 100);
        // 1G: 950 MB of text at 60 MB/s on two threads = 15.8 s; 30 / (12 + 15.8) = 1.08
        // in CPU seconds: 950 MB at 38 MB per CPU second = 25 s; 60 / (24 + 25) = 1.22; 100M: 8 / (4 + 2.5) = 1.23
        for (String expected : List.of("core alone", "60.0", "whole job, local[2]", "15.8", "1.08", "ratio = job",
                "memory:", "growth 100M -> 1G", "CPU seconds", "1.22", "1.23", "before 0.10 0.20 0.30, after 0.90 0.80 0.70")) {
            assertTrue(report.contains(expected), expected + " missing from:\n" + report);
        }
    }

    /** With a cluster master the driver is measured alone and the executors beside it. */
    @Test
    void onAClusterPrintsDriverAndExecutorsApart() {
        BenchCli.CorpusOptions corpus = new BenchCli.CorpusOptions();
        corpus.seed = 1;
        corpus.dir = Path.of("target", "bench");
        BenchRun run = new BenchRun(corpus, List.of(100_000_000L), "spark://127.0.0.1:7077", "2g", 1, "32M", 5,
                Path.of("scripts", "jvm-flags"), new PrintWriter(new StringWriter()));
        JsonNode summary = BenchCli.JSON.valueToTree(Map.of("seconds", Map.of("total", 10.0)));
        ChildJvm.Executors executors = new ChildJvm.Executors(1, 3L << 29, 1L << 29);
        BenchRun.Step step = new BenchRun.Step(1, 4, 3, 1L << 29, 1L << 28, 1L << 26, executors, summary);
        String report = run.report(null, List.of(new BenchRun.SizeResult(100_000_000L,
                manifest(100_000_000L, 95_000_000L), step, step, step)), "0.1 0.1 0.1", "0.2 0.2 0.2", 10);
        for (String expected : List.of("whole job, spark://127.0.0.1:7077", "driver RSS", "executor RSS",
                "0.50 GiB", "0.06 GiB", "1.50 GiB")) {
            assertTrue(report.contains(expected), expected + " missing from:\n" + report);
        }
    }

    private static Manifest manifest(long size, long textBytes) {
        return new Manifest(CorpusGenerator.VERSION, 1, size, 32_000_000L, "f", List.of(), size / 2000, size,
                textBytes, "d");
    }
}
