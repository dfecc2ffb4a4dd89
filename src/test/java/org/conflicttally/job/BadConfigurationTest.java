package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in how the job is run: each gives one line naming the flag, file (and line), exit code 2, and
 * no output folder that looks complete. A run that fails halfway leaves the previous output as it was.
 */
@ExtendWith(SharedSpark.class)
class BadConfigurationTest {
    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void smallCorpus(SparkSession spark) throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("seeds/000_c68c9f5cbdf4db3c.txt"), corpus.resolve("000_c68c9f5cbdf4db3c.txt"));
    }

    /** What {@link TallyJob#run} printed on standard error, and its exit code. */
    record Outcome(int exit, List<String> errorLines) {
    }

    private static Outcome run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = TallyJob.run(args);
            return new Outcome(exit, captured.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setErr(err);
        }
    }

    /** Exit code 2 and one error line (beside log lines, if any), without a stack trace. */
    private static void assertOneLine(Outcome outcome, String... parts) {
        assertEquals(2, outcome.exit(), outcome.toString());
        List<String> errors = outcome.errorLines().stream().filter(l -> l.startsWith("conflict-tally: ")).toList();
        assertEquals(1, errors.size(), outcome.toString());
        assertTrue(outcome.errorLines().stream().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")),
                outcome.toString());
        String line = errors.get(0);
        for (String part : parts) {
            assertTrue(line.contains(part), line + " should name " + part);
        }
    }

    @Test
    void anUnknownFlag() {
        Path out = tmp.resolve("unknown-flag");
        assertOneLine(run(corpus.toString(), "--output", out.toString(), "--frobnicate"), "Unknown option: '--frobnicate'");
        assertOneLine(run(corpus.toString(), "--output", out.toString(), "--top", "many"), "--top", "many");
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingInputPath() {
        Path out = tmp.resolve("missing-input");
        assertOneLine(run(tmp.resolve("no/such/corpus").toString(), "--output", out.toString()), "no/such/corpus", "does not exist");
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputThatIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        assertOneLine(run(corpus.toString(), "--output", file.toString()), file.toString(), "it is a file");
        assertEquals("keep me", Files.readString(file));

        assertOneLine(run(corpus.toString(), "--output", file.resolve("tally").toString()), file.toString());
        assertEquals("keep me", Files.readString(file));
        assertNoWorkFolderLeft();
    }

    @Test
    void anOutputThatMayNotBeWritten(SparkSession spark) {
        ReadOnlyFileSystem.register(spark.sparkContext().hadoopConfiguration());
        try {
            String out = "readonly:" + tmp.resolve("locked/tally");
            assertOneLine(run(corpus.toString(), "--output", out), out, "cannot write the output folder", "Permission denied");
        } finally {
            ReadOnlyFileSystem.unregister(spark.sparkContext().hadoopConfiguration());
        }
        assertFalse(Files.exists(tmp.resolve("locked")));
    }

    @Test
    void aMalformedLexiconFailsAtStartUpWithFileAndLine() throws IOException {
        Path lexicons = Files.createDirectories(tmp.resolve("lexicons"));
        for (String name : LexiconSource.FILES) {
            Files.copy(Path.of("conf/lexicons", name), lexicons.resolve(name));
        }
        Path actors = lexicons.resolve("actors.tsv");
        Files.writeString(actors, "group\tISL\tIslamic State\tpublic\tdaesh\n", java.nio.file.StandardOpenOption.APPEND);
        int line = Files.readAllLines(actors).size();
        Path out = tmp.resolve("bad-lexicon");

        assertOneLine(run(corpus.toString(), "--output", out.toString(), "--lexicons", lexicons.toString()),
                actors + ":" + line + ": duplicate alias 'daesh'");
        assertFalse(Files.exists(out));
    }

    @Test
    void aRunThatFailsHalfwayLeavesThePreviousOutputAsItWas(SparkSession spark) throws IOException {
        // The output of an earlier run (as TableWriter recognizes one).
        Path out = tmp.resolve("tally");
        Files.createDirectories(out.resolve("facts"));
        Files.writeString(out.resolve("facts/part-00000.parquet"), "earlier facts");
        String summary = "{\"input_records\": 1}\n";
        Files.writeString(out.resolve(TableWriter.SUMMARY), summary);
        Files.writeString(out.resolve(TableWriter.SUCCESS), "");

        // The same folder through a file system whose reads fail: tables are written, then the job's first
        // read of a table it wrote fails (facts, or casualties for the printed summary), before summary.json
        // and _SUCCESS.
        FlakyFileSystem.register(spark.sparkContext().hadoopConfiguration());
        Outcome failed;
        try {
            failed = run(corpus.toString(), "--output", "flaky:" + out);
        } finally {
            FlakyFileSystem.unregister(spark.sparkContext().hadoopConfiguration());
        }

        assertEquals(1, failed.exit());
        assertTrue(failed.errorLines().stream().anyMatch(l -> l.contains(FlakyFileSystem.FAILURE)), failed.toString());
        assertEquals(summary, Files.readString(out.resolve(TableWriter.SUMMARY)), "the previous run's output stays");
        assertEquals("earlier facts", Files.readString(out.resolve("facts/part-00000.parquet")));
        assertTrue(Files.exists(out.resolve(TableWriter.SUCCESS)));
        assertNoWorkFolderLeft();
    }

    /** A failed run removes its partial folder; nothing beside the output looks like tables. */
    private static void assertNoWorkFolderLeft() throws IOException {
        try (Stream<Path> all = Files.list(tmp)) {
            List<String> partial = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".incomplete")).toList();
            assertEquals(List.of(), partial);
        }
    }
}
