package org.conflicttally.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code scripts/bench run}: for each size, the corpus; once, the core alone; then per size, in JVMs of their
 * own, Spark's floor, the job with {@code --no-extract} (load and write only) and the whole job. Prints the
 * table and writes it to {@code DIR/report.txt}, with every figure in {@code DIR/report.json}.
 *
 * <p>The ratio the issue sets a target for: whole job / (job with --no-extract + the core's time for the
 * corpus's text on as many threads as the master has cores), with the core's time taken from its measured
 * speed. Times are the job's own (summary.json's total: session start-up excluded, the same for all runs).
 */
final class BenchRun {
    private final BenchCli.CorpusOptions corpus;
    private final List<Long> sizes;
    private final String master;
    private final String heap;
    private final int repeat;
    private final String sample;
    private final int passes;
    private final Path jvmFlags;
    private final PrintWriter out;
    private final Path logs;

    BenchRun(BenchCli.CorpusOptions corpus, List<Long> sizes, String master, String heap, int repeat, String sample,
             int passes, Path jvmFlags, PrintWriter out) {
        this.corpus = corpus;
        this.sizes = sizes;
        this.master = master;
        this.heap = heap;
        this.repeat = Math.max(1, repeat);
        this.sample = sample;
        this.passes = passes;
        this.jvmFlags = Files.isRegularFile(jvmFlags) ? jvmFlags : null;
        this.out = out;
        this.logs = corpus.dir.resolve("logs");
    }

    /** One Spark step's fastest run and the memory of that run. */
    record Step(double seconds, double wallSeconds, double cpuSeconds, long peakRss, long heapUsed, long heapLive,
                ChildJvm.Executors executors, JsonNode summary) {
    }

    record SizeResult(long size, Manifest manifest, Step floor, Step noExtract, Step job) {
    }

    int run(boolean core, boolean spark) throws Exception {
        String loadBefore = loadAverage();
        Instant started = Instant.now();
        List<Manifest> manifests = new ArrayList<>();
        for (long size : sizes) {
            manifests.add(corpus.generate(size, out));
        }
        JsonNode coreResult = null;
        JsonNode warcResult = null;
        if (core) {
            Path dir = CorpusGenerator.folder(corpus.dir, sizes.get(0), corpus.seed);
            Path json = logs.resolve("core.json");
            List<String> cmd = ChildJvm.java(null, heap, logs.resolve("core.gc.log"));
            cmd.addAll(List.of(BenchCli.class.getName(), "core", "--corpus", dir.toString(), "--sample", sample,
                    "--passes", Integer.toString(passes), "--json", json.toString()));
            ChildJvm.Outcome o = step("core", cmd, "core.log", "core.gc.log");
            if (o.exitCode() != 0) {
                return fail("the core bench", o);
            }
            coreResult = BenchCli.JSON.readTree(json.toFile());
            Path warcJson = logs.resolve("warc.json");
            List<String> warc = ChildJvm.java(null, heap, logs.resolve("warc.gc.log"));
            warc.addAll(List.of(BenchCli.class.getName(), "warc", "--json", warcJson.toString(), "--file",
                    corpus.dir.resolve("pages.warc.gz").toString()));
            ChildJvm.Outcome w = step("warc", warc, "warc.log", "warc.gc.log");
            if (w.exitCode() != 0) {
                return fail("the WARC reader bench", w);
            }
            warcResult = BenchCli.JSON.readTree(warcJson.toFile());
        }
        List<SizeResult> results = new ArrayList<>();
        if (spark) {
            for (int i = 0; i < sizes.size(); i++) {
                long size = sizes.get(i);
                Path dir = CorpusGenerator.folder(corpus.dir, size, corpus.seed);
                String label = Sizes.label(size);
                Step floor = null;
                Step noExtract = null;
                Step job = null;
                for (int r = 0; r < repeat; r++) {
                    floor = faster(floor, floor(dir, label));
                    noExtract = faster(noExtract, job(dir, label, true));
                    job = faster(job, job(dir, label, false));
                    if (floor == null || noExtract == null || job == null) {
                        return 1;
                    }
                }
                results.add(new SizeResult(size, manifests.get(i), floor, noExtract, job));
            }
        }
        String report = report(coreResult, results, loadBefore, loadAverage(),
                ChronoUnit.SECONDS.between(started, Instant.now())) + warcReport(warcResult);
        out.print(report);
        out.flush();
        Files.writeString(corpus.dir.resolve("report.txt"), report);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine());
        json.put("load_before", loadBefore);
        json.put("core", coreResult);
        json.put("warc", warcResult);
        json.put("spark", results);
        Files.writeString(corpus.dir.resolve("report.json"), BenchCli.JSON.writeValueAsString(json));
        return 0;
    }

    private Step floor(Path dir, String label) throws Exception {
        Path json = logs.resolve("floor-" + label + ".json");
        List<String> cmd = sparkJvm(logs.resolve("floor-" + label + ".gc.log"));
        cmd.addAll(List.of(BenchCli.class.getName(), "floor", "--corpus", dir.toString(), "--master", master,
                "--output", corpus.dir.resolve("out").resolve("floor-" + label).toString(), "--json", json.toString()));
        ChildJvm.Outcome o = step("floor " + label, cmd, "floor-" + label + ".log", "floor-" + label + ".gc.log");
        if (o.exitCode() != 0) {
            fail("Spark's floor", o);
            return null;
        }
        JsonNode r = BenchCli.JSON.readTree(json.toFile());
        return new Step(r.get("seconds").asDouble(), o.wallSeconds(), o.cpuSeconds(), o.peakRssBytes(),
                o.heapUsedPeak(), o.heapLivePeak(), o.executors(), r);
    }

    private Step job(Path dir, String label, boolean noExtract) throws Exception {
        String name = "job-" + label + (noExtract ? "-no-extract" : "");
        Path output = corpus.dir.resolve("out").resolve(name);
        List<String> cmd = sparkJvm(logs.resolve(name + ".gc.log"));
        cmd.addAll(List.of("org.conflicttally.job.TallyJob", dir.toString(), "--output", output.toString(),
                "--master", master, "--top", "0"));
        if (noExtract) {
            cmd.add("--no-extract");
        }
        ChildJvm.Outcome o = step(name, cmd, name + ".log", name + ".gc.log");
        if (o.exitCode() != 0) {
            fail("the job", o);
            return null;
        }
        JsonNode summary = BenchCli.JSON.readTree(output.resolve("summary.json").toFile());
        return new Step(summary.get("seconds").get("total").asDouble(), o.wallSeconds(), o.cpuSeconds(),
                o.peakRssBytes(), o.heapUsedPeak(), o.heapLivePeak(), o.executors(), summary);
    }

    /**
     * The java command of a JVM that runs Spark (before its main class). With a cluster master it is the
     * driver alone: the executors fetch the job's jar from it and log their collections next to its own. The
     * job's jar is the first of the classpath (scripts/bench puts it before the bench jar, whose classes no
     * executor runs).
     */
    private List<String> sparkJvm(Path gcLog) {
        List<String> cmd = ChildJvm.java(jvmFlags, heap, gcLog);
        if (!isLocal(master)) {
            String jar = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .filter(p -> p.endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no job jar first on the classpath"));
            List<String> cluster = List.of("-Dspark.jars=" + Path.of(jar).toAbsolutePath(),
                    "-Dspark.executor.memory=" + heap,
                    "-Dspark.executor.extraJavaOptions=-Duser.timezone=UTC -XX:+UseParallelGC "
                            + ChildJvm.executorGcLogOption(logs));
            cmd.addAll(1, cluster);   // after the java command, with the other options
        }
        return cmd;
    }

    static boolean isLocal(String master) {
        return master.startsWith("local");
    }

    private ChildJvm.Outcome step(String what, List<String> cmd, String log, String gcLog) throws Exception {
        out.printf("%s: running (log %s)%n", what, logs.resolve(log));
        out.flush();
        ChildJvm.Outcome o = ChildJvm.run(cmd, logs.resolve(log), logs.resolve(gcLog), isLocal(master) ? null : logs);
        out.printf("%s: %.1f s wall, %.1f s CPU, peak RSS %s%n", what, o.wallSeconds(), o.cpuSeconds(),
                gib(o.peakRssBytes()));
        out.flush();
        return o;
    }

    private static Step faster(Step a, Step b) {
        return a == null ? b : b == null ? null : b.seconds() < a.seconds() ? b : a;
    }

    private int fail(String what, ChildJvm.Outcome o) throws IOException {
        out.printf("bench: %s failed (exit %d); the end of %s:%n", what, o.exitCode(), o.log());
        List<String> lines = Files.readAllLines(o.log());
        lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(out::println);
        out.flush();
        return 1;
    }

    String report(JsonNode core, List<SizeResult> results, String loadBefore, String loadAfter, long seconds) {
        StringWriter buf = new StringWriter();
        PrintWriter w = new PrintWriter(buf);
        w.printf("%n== conflict-tally bench: %s; seed %d, master %s, -Xmx%s, %d s%n", machine(), corpus.seed, master,
                heap, seconds);
        w.printf("   load average (1, 5, 15 min) before %s, after %s%n", loadBefore, loadAfter);
        double coreMbps2 = Double.NaN;
        double coreMbPerCpu = Double.NaN;
        int cores = cores(master);
        if (core != null) {
            w.printf("%ncore alone: FactExtractor.extract on articles in memory (%s sample of corpus-%s), "
                            + "%d warm-up + %d timed passes; lexicons compiled in %.2f s%n", sample,
                    Sizes.label(sizes.get(0)), core.get("results").get(0).get("warmup_passes").asInt(), passes,
                    core.get("lexicon_compile_seconds").asDouble());
            w.printf("  %-8s %8s %12s %16s %12s %14s%n", "threads", "MB/s", "articles/s", "pass s min-max", "facts/pass",
                    "MB/CPU-s");
            for (JsonNode r : core.get("results")) {
                double min = Double.MAX_VALUE;
                double max = 0;
                for (JsonNode p : r.get("pass_seconds")) {
                    min = Math.min(min, p.asDouble());
                    max = Math.max(max, p.asDouble());
                }
                w.printf("  %-8d %8.1f %,12.0f %16s %,12d %14.1f%n", r.get("threads").asInt(), r.get("mb_per_s").asDouble(),
                        r.get("articles_per_s").asDouble(), String.format("%.2f-%.2f", min, max),
                        r.get("facts_per_pass").asLong(), r.path("mb_per_cpu_s").asDouble(Double.NaN));
                if (r.get("threads").asInt() == cores) {
                    coreMbps2 = r.get("mb_per_s").asDouble();
                }
                if (r.get("threads").asInt() == 1) {
                    coreMbPerCpu = r.path("mb_per_cpu_s").asDouble(Double.NaN);
                }
            }
        }
        if (!results.isEmpty()) {
            w.printf("%nwhole job, %s (seconds inside the JVM, session start excluded; fastest of %d)%n", master, repeat);
            w.printf("  %-6s %10s %9s %8s %12s %10s %8s %7s%n", "corpus", "articles", "text MB", "floor s",
                    "no-extract s", "core x" + cores + " s", "job s", "ratio");
            for (SizeResult r : results) {
                double coreSeconds = r.manifest().textBytes() / 1e6 / coreMbps2;
                double ratio = r.job().seconds() / (r.noExtract().seconds() + coreSeconds);
                w.printf("  %-6s %,10d %9.1f %8.1f %12.1f %10.1f %8.1f %7.2f%n", Sizes.label(r.size()),
                        r.manifest().articles(), r.manifest().textBytes() / 1e6, r.floor().seconds(),
                        r.noExtract().seconds(), coreSeconds, r.job().seconds(), ratio);
            }
            w.printf("  ratio = job / (no-extract + core x%d); target <= 1.25. floor = Spark alone: JSON read with a "
                    + "schema, metadata to Parquet%n", cores);
            w.printf("%n  the same in CPU seconds of each JVM (all threads; not inflated by other processes on the machine):%n");
            w.printf("  %-6s %8s %12s %10s %8s %7s%n", "corpus", "floor", "no-extract", "core", "job", "ratio");
            for (SizeResult r : results) {
                double coreCpu = r.manifest().textBytes() / 1e6 / coreMbPerCpu;
                w.printf("  %-6s %8.1f %12.1f %10.1f %8.1f %7.2f%n", Sizes.label(r.size()), r.floor().cpuSeconds(),
                        r.noExtract().cpuSeconds(), coreCpu, r.job().cpuSeconds(),
                        r.job().cpuSeconds() / (r.noExtract().cpuSeconds() + coreCpu));
            }
            w.printf("  process wall seconds (JVM and Spark start included):");
            for (SizeResult r : results) {
                w.printf(" %s floor %.1f, no-extract %.1f, job %.1f;", Sizes.label(r.size()), r.floor().wallSeconds(),
                        r.noExtract().wallSeconds(), r.job().wallSeconds());
            }
            w.printf("%n");
            w.printf("  job stages (s): %n");
            for (SizeResult r : results) {
                w.printf("    %-6s %s%n", Sizes.label(r.size()), stages(r.job().summary()));
                w.printf("    %-6s %s (--no-extract)%n", "", stages(r.noExtract().summary()));
            }
            boolean local = isLocal(master);
            w.printf(local ? "%nmemory: one JVM per run (in local mode Spark's driver and executor are one JVM)%n"
                    : "%nmemory: the driver JVM, and the executor JVMs the cluster started for the run (the largest one)%n");
            w.printf("  %-6s %-11s %10s %15s %17s%s%n", "corpus", "run", local ? "peak RSS" : "driver RSS",
                    "heap used peak", "heap after GC", local ? "" : String.format(" %9s %14s %18s", "executors",
                            "executor RSS", "exec. heap aft. GC"));
            for (SizeResult r : results) {
                for (Map.Entry<String, Step> e : Map.of("floor", r.floor(), "no-extract", r.noExtract(), "job", r.job())
                        .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                    Step s = e.getValue();
                    ChildJvm.Executors x = s.executors();
                    w.printf("  %-6s %-11s %10s %15s %17s%s%n", Sizes.label(r.size()), e.getKey(), gib(s.peakRss()),
                            gib(s.heapUsed()), gib(s.heapLive()), local ? "" : String.format(" %9d %14s %18s",
                                    x.count(), gib(x.peakRssBytes()), gib(x.heapLivePeak())));
                }
            }
            w.printf("  heap after GC = the most heap still in use after a young or full collection: an upper bound of "
                    + "the live data, what would grow if anything were kept per article%n");
            if (results.size() > 1) {
                SizeResult a = results.get(0);
                SizeResult b = results.get(results.size() - 1);
                w.printf("%ngrowth %s -> %s (x%.1f text): job time x%.2f, no-extract time x%.2f, job %speak RSS x%.2f, "
                                + "job %sheap after GC x%.2f%n", Sizes.label(a.size()), Sizes.label(b.size()),
                        (double) b.manifest().textBytes() / a.manifest().textBytes(),
                        b.job().seconds() / a.job().seconds(), b.noExtract().seconds() / a.noExtract().seconds(),
                        local ? "" : "driver ", (double) b.job().peakRss() / a.job().peakRss(), local ? "" : "driver ",
                        (double) b.job().heapLive() / a.job().heapLive());
            }
        }
        w.flush();
        return buf.toString();
    }

    /** The WARC reader's line of the report (bench warc), or nothing when it did not run. */
    static String warcReport(JsonNode warc) {
        if (warc == null) {
            return "";
        }
        JsonNode r = warc.get("reader");
        JsonNode h = warc.get("html_only");
        return String.format("%nWARC reader alone, 1 thread (%,d pages of %.1f KB of HTML, in a .warc.gz): %,.0f pages/s, "
                        + "%,.0f per CPU second; HTML to article alone %,.0f pages/s, %,.0f per CPU second (target >= 500)%n",
                warc.get("pages").asLong(), warc.get("html_bytes_per_page").asDouble() / 1e3,
                r.get("wallSeconds").asDouble() > 0 ? r.get("pages").asDouble() / r.get("wallSeconds").asDouble() : 0,
                r.get("pages").asDouble() / r.get("cpuSeconds").asDouble(),
                h.get("pages").asDouble() / h.get("wallSeconds").asDouble(), h.get("pages").asDouble() / h.get("cpuSeconds").asDouble());
    }

    private static String stages(JsonNode summary) {
        StringBuilder s = new StringBuilder();
        summary.get("seconds").properties().forEach(e -> s.append(String.format(" %s %.1f", e.getKey(), e.getValue().asDouble())));
        return s.toString().strip();
    }

    /** Cores of a local master: local[2] -> 2, local[*] and others -> the machine's. */
    static int cores(String master) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+)").matcher(master);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : Runtime.getRuntime().availableProcessors();
    }

    static String gib(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%.2f GiB", bytes / (double) (1L << 30));
    }

    static String machine() {
        String cpu = "";
        String mem = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            mem = lines.filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / (double) (1 << 20)))
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format("%d cores%s, %s, Java %s", Runtime.getRuntime().availableProcessors(),
                cpu.isEmpty() ? "" : " (" + cpu + ")", mem, System.getProperty("java.runtime.version"));
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
