package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * scripts/spark-submit without a Spark install, in local mode: the job's summary on stdout, a progress
 * line per stage on stderr, the summary file beside the tables; bad flags and a missing input give one
 * line and exit code 2.
 */
@Tag("cluster")
class SparkSubmitIT {
    private static final Duration SHORT = Duration.ofMinutes(3);

    @Test
    void runsTheJobInLocalModeWithProgressLinesAndASummary() throws Exception {
        SeedRuns.Run run = SeedRuns.seeds();
        String stdout = run.result().stdout();
        assertTrue(stdout.contains("input records 745 = articles 733 + rejects 12  [ok]"), run.result().describe());
        List<String> progress = run.result().stderr().lines().filter(l -> l.contains(" conflict-tally: ")).toList();
        for (String stage : List.of("started:", "read ", "duplicates ", "write_facts ", "write_events ",
                "write_casualties_by_actor_month ")) {
            assertTrue(progress.stream().anyMatch(l -> l.contains("conflict-tally: " + stage)),
                    "no progress line for " + stage + " in:\n" + String.join("\n", progress));
        }
        assertTrue(Files.isRegularFile(run.output().resolve(TableWriter.SUMMARY)));
    }

    @Test
    void helpListsEveryFlagThroughSparkSubmit() throws Exception {
        Scripts.Result help = Scripts.submit(SHORT, "local[1]", "--help");
        assertEquals(0, help.exitCode(), help.describe());
        for (String flag : List.of("--output", "--lexicons", "--master", "--config", "--field-text", "--top")) {
            assertTrue(help.stdout().contains(flag), flag + " missing from --help:\n" + help.describe());
        }
    }

    @Test
    void anUnknownFlagIsOneLineAndExitCode2() throws Exception {
        assertOneLineError(Scripts.submit(SHORT, "local[1]", "seeds", "--ouptut", "x"),
                "conflict-tally: Unknown option: '--ouptut'");
    }

    @Test
    void aMissingInputIsOneLineAndExitCode2() throws Exception {
        assertOneLineError(Scripts.submit(SHORT, "local[1]", "no/such/corpus", "--output",
                Scripts.IT.resolve("missing-input").toString()), "conflict-tally: ");
    }

    @Test
    void withASparkInstallItRunsThatInstallsSparkSubmit() throws Exception {
        // A stand-in install: bin/spark-submit prints its arguments and the configuration folder it got.
        Path install = Scripts.IT.resolve("spark-install");
        Path bin = Files.createDirectories(install.resolve("bin"));
        Path submit = Files.writeString(bin.resolve("spark-submit"),
                "#!/usr/bin/env bash\necho \"install spark-submit SPARK_CONF_DIR=$SPARK_CONF_DIR args: $*\"\n");
        submit.toFile().setExecutable(true);
        Scripts.Result run = Scripts.exec(SHORT, Scripts.PROJECT, "spark-submit-install",
                List.of("bash", "scripts/spark-submit", "--master", "yarn", "--class", "X", "app.jar", "a b"),
                Map.of("SPARK_HOME", install.toString()));
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("install spark-submit SPARK_CONF_DIR=" + Scripts.PROJECT.resolve("conf")
                + " args: --master yarn --class X app.jar a b", run.stdout().strip());
    }

    private static void assertOneLineError(Scripts.Result result, String start) {
        assertEquals(2, result.exitCode(), result.describe());
        List<String> errors = result.stderr().lines().filter(l -> l.startsWith("conflict-tally: ")).toList();
        assertEquals(1, errors.size(), result.describe());
        assertTrue(errors.get(0).startsWith(start), result.describe());
        assertFalse(result.stderr().contains("Exception"), "a stack trace:\n" + result.describe());
        assertFalse(result.stdout().contains("Usage:"), "the whole usage instead of one line:\n" + result.describe());
    }
}
