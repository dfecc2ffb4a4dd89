package org.conflicttally.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one measured step in a JVM of its own, so that its memory is its own: wall-clock time, peak resident
 * memory (the kernel's high-water mark {@code VmHWM} of {@code /proc/PID/status}, sampled every 100 ms until
 * the process ends) and the heap as the garbage collector logged it. In local mode Spark's driver and its
 * executor are this one JVM, so its peak is the peak of both. With a cluster master the JVM is the driver
 * alone, and the executors a standalone worker on this machine starts for the run are measured apart: their
 * processes ({@value #EXECUTOR_CLASS}, sampled every 500 ms) and their GC logs.
 */
final class ChildJvm {
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /**
     * @param peakRssBytes   peak resident set size of the process (VmHWM), -1 when /proc is not there
     * @param heapUsedPeak   the most heap in use the collector saw (before a collection)
     * @param heapLivePeak   the most heap still in use after a collection (young or full): an upper bound of
     *                       the live data, what grows if anything is kept per article
     * @param heapCommitPeak the most heap the JVM had reserved
     * @param cpuSeconds     CPU time of the process, all threads (user + system, as of the last sample)
     */
    record Outcome(int exitCode, double wallSeconds, double cpuSeconds, long peakRssBytes, long heapUsedPeak,
                   long heapLivePeak, long heapCommitPeak, Path log, Executors executors) {
    }

    /**
     * The executor JVMs of a run on a cluster master, measured like the child; {@link #NONE} in local mode.
     *
     * @param count        executor processes seen
     * @param peakRssBytes the largest peak RSS of one executor
     * @param heapLivePeak the most heap one executor still used after a collection (from its GC log)
     */
    record Executors(int count, long peakRssBytes, long heapLivePeak) {
        static final Executors NONE = new Executors(0, -1, -1);
    }

    /** The main class of a Spark executor JVM, as it appears in the process's command line. */
    static final String EXECUTOR_CLASS = "org.apache.spark.executor.CoarseGrainedExecutorBackend";

    /** The java command that starts a JVM like this one: same java, same classpath. */
    static List<String> java(Path jvmFlags, String heap, Path gcLog) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        if (jvmFlags != null) {
            cmd.add("@" + jvmFlags.toAbsolutePath());
        }
        cmd.add("-Xmx" + heap);
        cmd.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
        for (String property : List.of("log4j2.configurationFile", "conflicttally.home", "spark.driver.host",
                "user.timezone")) {
            String value = System.getProperty(property);
            if (value != null) {
                cmd.add("-D" + property + "=" + value);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        return cmd;
    }

    /**
     * @param executorGcLogs null in local mode; else the folder where the executors write their GC logs
     *                       ({@code executor-PID.gc.log}, see {@link #executorGcLogOption})
     */
    static Outcome run(List<String> command, Path log, Path gcLog, Path executorGcLogs)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(gcLog);
        Set<Long> earlierExecutors = executorPids();   // a cluster's executors of an earlier run are not this run's
        Map<Long, Long> executors = new HashMap<>();   // pid -> peak RSS
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path proc = Path.of("/proc", Long.toString(p.pid()));
        long peak = -1;
        double cpu = -1;
        for (int tick = 0; !p.waitFor(100, TimeUnit.MILLISECONDS); tick++) {
            peak = Math.max(peak, highWaterMark(proc.resolve("status")));
            cpu = Math.max(cpu, cpuSeconds(proc.resolve("stat")));
            if (executorGcLogs != null && tick % 5 == 0) {
                for (long pid : executorPids()) {
                    if (!earlierExecutors.contains(pid) && pid != p.pid()) {
                        executors.merge(pid, highWaterMark(Path.of("/proc", Long.toString(pid), "status")), Math::max);
                    }
                }
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long[] heap = Files.exists(gcLog) ? heap(Files.readAllLines(gcLog)) : new long[] {-1, -1, -1};
        Executors measured = Executors.NONE;
        if (executorGcLogs != null) {
            long live = -1;
            for (long pid : executors.keySet()) {
                Path executorLog = executorGcLogs.resolve("executor-" + pid + ".gc.log");
                if (Files.exists(executorLog)) {
                    live = Math.max(live, heap(Files.readAllLines(executorLog))[1]);
                }
            }
            measured = new Executors(executors.size(),
                    executors.values().stream().mapToLong(Long::longValue).max().orElse(-1), live);
        }
        return new Outcome(p.exitValue(), wall, cpu, peak, heap[0], heap[1], heap[2], log, measured);
    }

    /** The JVM option that makes each executor log its collections to {@code DIR/executor-PID.gc.log}. */
    static String executorGcLogOption(Path dir) {
        return "-Xlog:gc:file=" + dir.toAbsolutePath().resolve("executor-%p.gc.log");
    }

    /** PIDs of the Spark executor processes on this machine (none where there is no /proc). */
    static Set<Long> executorPids() {
        Set<Long> pids = new HashSet<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    if (new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                            .contains(EXECUTOR_CLASS)) {
                        pids.add(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // ended while listed, or not ours to read
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return pids;
    }

    /** VmHWM of a /proc/PID/status file, in bytes; -1 when it cannot be read (the process just ended). */
    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String[] f = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(f[0]) * 1024;   // the kernel writes kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone between two samples
        }
        return -1;
    }

    /** User + system CPU seconds of a /proc/PID/stat file (clock ticks of 1/100 s); -1 when it cannot be read. */
    static double cpuSeconds(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");   // after "pid (comm) ": state is f[0]
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;   // fields 14 and 15: utime, stime
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {used before, used after, committed} peaks in bytes from unified GC log lines ("12M->3M(256M)"). */
    static long[] heap(List<String> lines) {
        long[] peaks = {-1, -1, -1};
        for (String line : lines) {
            Matcher m = GC_LINE.matcher(line);
            // collections only: a Remark or Cleanup pause frees nothing, its "after" is not what stayed live
            if ((line.contains("Pause Young") || line.contains("Pause Full")) && m.find()) {
                peaks[0] = Math.max(peaks[0], bytes(m.group(1), m.group(2)));
                peaks[1] = Math.max(peaks[1], bytes(m.group(3), m.group(4)));
                peaks[2] = Math.max(peaks[2], bytes(m.group(5), m.group(6)));
            }
        }
        return peaks;
    }

    private static long bytes(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "K" -> v << 10;
            case "M" -> v << 20;
            default -> v << 30;
        };
    }
}
