package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fault tolerance on a real standalone cluster: scripts/cluster starts a master and two workers, the job
 * runs on seeds/ through scripts/spark-submit, and when its read stage is done one worker is killed with
 * its executor, as when a machine goes down. The job must still complete, and its tables and counts must
 * equal those of the undisturbed local-mode run (SeedRuns). Spark recomputes what the lost executor held:
 * its running tasks, its shuffle files and its cached partitions. The cluster is stopped even when a step
 * fails.
 *
 * <p>Skipped when a cluster of this checkout is already running: its workers are not this test's to kill.
 */
@Tag("cluster")
class WorkerLossIT {
    private static final Path STATE = Scripts.PROJECT.resolve("target/spark/cluster");
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
    /** Two single-core workers (scripts/cluster reads Spark's own variables). */
    private static final List<String> TWO_WORKERS =
            List.of("env", "SPARK_WORKER_INSTANCES=2", "SPARK_WORKER_CORES=1", "SPARK_WORKER_MEMORY=1536m");

    @Test
    void theJobSurvivesAKilledWorkerAndWritesTheSameTables() throws Exception {
        SeedRuns.Run local = SeedRuns.seeds();
        Path clustered = Scripts.IT.resolve("cluster-worker-loss");
        try (ClusterTurn turn = ClusterTurn.await(Duration.ofMinutes(15))) {
            assumeTrue(Scripts.run(Duration.ofMinutes(1), "cluster", "status").exitCode() == 3,
                    "a cluster of this checkout is already running: its workers are not this test's to kill");
            try {
                cluster(Duration.ofMinutes(4), "start").assertSuccess();
                runAndKillAWorker(clustered);
            } finally {
                Scripts.Result stopped = cluster(Duration.ofMinutes(2), "stop");
                assertEquals(0, stopped.exitCode(), stopped.describe());
            }
        }
        SameTables.assertSame(local.output(), clustered, "the local run and the cluster run that lost a worker");
    }

    private static void runAndKillAWorker(Path clustered) throws IOException, InterruptedException {
        Path log = Scripts.IT.resolve("logs/worker-loss-submit.log");
        Files.createDirectories(log.getParent());
        deleteTree(clustered);   // an earlier run's output would look like a job that ended before the fault
        List<String> command = List.of("bash", "scripts/spark-submit", "--master", ClusterIT.MASTER,
                "--conf", "spark.executor.memory=1g", "--class", TallyJob.class.getName(),
                Scripts.PROJECT.relativize(Scripts.JAR).toString(), "seeds", "--output", clustered.toString());
        System.out.println("$ " + String.join(" ", command.subList(1, command.size())) + "   (output: "
                + Scripts.PROJECT.relativize(log) + ")");
        Process job = new ProcessBuilder(command).directory(Scripts.PROJECT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            ProcessHandle worker = awaitLoadedWithTwoExecutors(job, log);
            assertTrue(job.isAlive(), "the job ended before the fault:\n" + Files.readString(log));
            assertFalse(Files.exists(clustered.resolve(TableWriter.SUMMARY)), "the job ended before the fault");
            List<ProcessHandle> executors = worker.children().toList();
            worker.destroyForcibly();
            executors.forEach(ProcessHandle::destroyForcibly);
            System.out.println("killed worker-2 (pid " + worker.pid() + ") and its executor(s) " + executors);

            assertTrue(job.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the job did not end in " + JOB_TIMEOUT);
            String output = Files.readString(log);
            assertEquals(0, job.exitValue(), output);
            assertTrue(output.contains("input records 745 = articles 733 + rejects 12  [ok]"), output);
            assertTrue(output.contains("Lost executor"), "the driver did not see an executor go:\n" + output);
        } finally {
            if (job.isAlive()) {
                job.descendants().forEach(ProcessHandle::destroyForcibly);
                job.destroyForcibly().waitFor();
            }
        }
    }

    /** Waits until the job has printed the end of its read stage and both workers run an executor. */
    private static ProcessHandle awaitLoadedWithTwoExecutors(Process job, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && job.isAlive()) {
            List<ProcessHandle> workers = new ArrayList<>();
            for (int w = 1; w <= 2; w++) {
                long pid = Long.parseLong(Files.readString(STATE.resolve("worker-" + w + ".pid")).strip());
                ProcessHandle.of(pid).filter(p -> p.children().findAny().isPresent()).ifPresent(workers::add);
            }
            if (workers.size() == 2 && Files.readString(log).contains("conflict-tally: read ")) {
                return workers.get(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no end of the read stage with an executor on each worker:\n" + Files.readString(log));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Scripts.Result cluster(Duration timeout, String action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(TWO_WORKERS);
        command.addAll(List.of("bash", "scripts/cluster", action));
        return Scripts.exec(timeout, Scripts.PROJECT, "cluster-" + action + "-2-workers", command);
    }
}
