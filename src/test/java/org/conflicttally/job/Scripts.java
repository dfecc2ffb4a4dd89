package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the project's scripts as a user does (bash scripts/NAME ARGS, in the project folder), for the
 * integration tests. Output goes to target/it/logs/ (one .out and one .err per run) and the command line
 * to the test's standard output; a run that outlives its time is killed with the processes it started.
 */
final class Scripts {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path JAR = PROJECT.resolve("target/conflict-tally.jar");
    static final Path IT = PROJECT.resolve("target/it");
    private static final Path LOGS = IT.resolve("logs");
    private static final AtomicInteger RUNS = new AtomicInteger();

    private Scripts() {
    }

    /** What a script did. */
    record Result(String command, int exitCode, String stdout, String stderr) {
        /** The command, exit code and the ends of both outputs: the message of a failed assertion. */
        String describe() {
            return "$ " + command + "\nexit code " + exitCode + "\n--- end of stdout:\n" + tail(stdout)
                    + "\n--- end of stderr:\n" + tail(stderr);
        }

        Result assertSuccess() {
            assertEquals(0, exitCode, describe());
            return this;
        }

        private static String tail(String text) {
            List<String> lines = text.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    /** {@code bash scripts/SCRIPT ARGS...}: waits up to {@code timeout}, then kills it and fails. */
    static Result run(Duration timeout, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/" + script));
        command.addAll(List.of(args));
        return exec(timeout, PROJECT, script + (args.length == 0 ? "" : "-" + args[0]), command, Map.of());
    }

    /** Any command, in {@code dir}; {@code label} names its log files. */
    static Result exec(Duration timeout, Path dir, String label, List<String> command)
            throws IOException, InterruptedException {
        return exec(timeout, dir, label, command, Map.of());
    }

    /** Any command, in {@code dir}, with {@code env} added to the environment; {@code label} names its logs. */
    static Result exec(Duration timeout, Path dir, String label, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        String shown = String.join(" ", command.get(0).equals("bash") ? command.subList(1, command.size()) : command);
        if (RUNS.get() == 0) {
            clearLogs();   // the logs of this test JVM only
        }
        Files.createDirectories(LOGS);
        String name = String.format("%02d-%s", RUNS.incrementAndGet(), label.replaceAll("[^A-Za-z0-9.-]+", "_"));
        Path out = LOGS.resolve(name + ".out");
        Path err = LOGS.resolve(name + ".err");
        System.out.println("$ " + shown + "   (output: " + PROJECT.relativize(out) + ", .err)");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long start = System.nanoTime();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("timed out after " + timeout.toSeconds() + " s: " + shown + "\n"
                    + new Result(shown, -1, read(out), read(err)).describe());
        }
        System.out.printf("  exit %d in %.1f s%n", process.exitValue(), (System.nanoTime() - start) / 1e9);
        return new Result(shown, process.exitValue(), read(out), read(err));
    }

    /**
     * The job through scripts/spark-submit: {@code --master MASTER --class TallyJob target/conflict-tally.jar
     * JOB_ARGS...}.
     */
    static Result submit(Duration timeout, String master, String... jobArgs) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": the integration tests run after mvn package");
        List<String> args = new ArrayList<>(List.of("--master", master, "--class", TallyJob.class.getName(),
                PROJECT.relativize(JAR).toString()));
        args.addAll(List.of(jobArgs));
        return run(timeout, "spark-submit", args.toArray(String[]::new));
    }

    private static synchronized void clearLogs() throws IOException {
        if (RUNS.get() == 0 && Files.isDirectory(LOGS)) {
            try (var old = Files.list(LOGS)) {
                for (Path log : old.toList()) {
                    Files.delete(log);
                }
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
