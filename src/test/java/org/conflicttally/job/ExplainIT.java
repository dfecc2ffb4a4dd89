package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.cli.ExplainCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * scripts/explain (cli.ExplainCli) on the seeds/ run the integration tests share (SeedRuns): the events it
 * lists for a cell of casualties_by_actor_month add up to the cell's value_best, as Spark reads the table
 * (a reader other than explain's own), and every report comes with its sentence. Here rather than beside
 * ExplainCli because the seeds run and the script runner are this package's.
 */
@ExtendWith(SharedSpark.class)
class ExplainIT {
    /** An event line: rank, what the event adds to the cell's value_best, then its figure. */
    private static final Pattern EVENT =
            Pattern.compile("^#\\d+  (\\d+) \\S+  \\[\\w+: low (\\S+), best (\\S+), high (\\S+)\\]  .*$");
    private static final Pattern REPORTS = Pattern.compile("; (\\d+) reports? in \\d+ articles?; event ");

    /** The cell as the monthly table has it. */
    record Cell(long events, long reports, long valueBest) {
    }

    /** What the command printed, and its exit code. */
    record Printed(int exit, List<String> out, List<String> err) {
    }

    @Test
    void theListedEventsAddUpToTheCellsValueBest(SparkSession spark) throws Exception {
        String output = SeedRuns.seeds().output().toString();
        // The largest cells of FA-KES (chemical attacks of August 2013; Khan Sheikhoun, README's worked
        // example), the events no actor is named for, and the seed article's Turkish soldiers.
        String[][] cells = {{"2013-08", "killed", "CVL", "target"}, {"2013-08", "killed", "UNK", "actor"},
                {"2017-04", "killed", "CVL", "target"}, {"2016-06", "injured", "CVL", "target"},
                {"2020-02", "killed", "SYRGOV", "actor"}};
        for (String[] c : cells) {
            Cell cell = cell(spark, output, c[0], c[1], c[2], c[3]);
            assertTrue(cell.events() > 0, String.join(" ", c));
            Printed printed = explain(output, "--month", c[0], "--type", c[1], "--actor", c[2], "--role", c[3],
                    "--top", "0");
            assertEquals(0, printed.exit(), printed.toString());
            List<Long> adds = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();   // best, else low, else high: the order of the listing
            long reports = 0;
            for (int i = 0; i < printed.out().size(); i++) {
                Matcher event = EVENT.matcher(printed.out().get(i));
                if (event.matches()) {
                    adds.add(Long.parseLong(event.group(1)));
                    sizes.add(Stream.of(event.group(3), event.group(2), event.group(4)).filter(v -> !v.equals("-"))
                            .map(Long::parseLong).findFirst().orElse(0L));
                    Matcher n = REPORTS.matcher(printed.out().get(i + 1));
                    assertTrue(n.find(), printed.out().get(i + 1));
                    reports += Long.parseLong(n.group(1));
                    assertReportsWithSentences(printed.out(), i + 2, Integer.parseInt(n.group(1)));
                }
            }
            String what = String.join(" ", c) + "\n" + String.join("\n", printed.out());
            assertEquals(cell.events(), adds.size(), what);
            assertEquals(cell.reports(), reports, what);
            assertEquals(cell.valueBest(), adds.stream().mapToLong(Long::longValue).sum(), what);
            assertTrue(printed.out().get(0).contains(": value_best " + cell.valueBest() + " "), what);
            for (int i = 1; i < sizes.size(); i++) {   // largest first ("at most 100" adds 0 but ranks as 100)
                assertTrue(sizes.get(i - 1) >= sizes.get(i), what);
            }
            assertTrue(printed.out().get(printed.out().size() - 1)
                    .endsWith(" value_best " + cell.valueBest() + ", the cell's value_best"), what);
        }
    }

    @Test
    void theMonthsTotalIsEveryEventOfTheMonthAndType(SparkSession spark) throws Exception {
        String output = SeedRuns.seeds().output().toString();
        long total = spark.read().parquet(output + "/" + Pipeline.CASUALTIES)
                .filter(col("month").equalTo("2013-08-01").and(col("type").equalTo("killed"))
                        .and(col("role").equalTo("target")))
                .agg(org.apache.spark.sql.functions.sum("value_best")).first().getLong(0);
        MonthlyCell.Explanation all = MonthlyCell.explain(output,
                new MonthlyCell.Query(YearMonth.of(2013, 8), "killed", null, null));
        assertEquals(total, all.sum());
        assertEquals(total, all.cells().get(0).best());
    }

    @Test
    void scriptsExplainPrintsTheLargestEventsWithTheirSentences() throws Exception {
        Scripts.Result run = Scripts.run(Duration.ofMinutes(3), "explain", SeedRuns.seeds().output().toString(),
                "--month", "2013-08", "--type", "killed", "--role", "target", "--actor", "CVL", "--top", "5");
        assertEquals(0, run.exitCode(), run.describe());
        List<String> lines = run.stdout().lines().toList();
        assertTrue(lines.get(0).startsWith("casualties_by_actor_month 2013-08 killed, role target, CVL (civilians): "
                + "value_best "), run.describe());
        assertEquals(5, lines.stream().filter(l -> EVENT.matcher(l).matches()).count(), run.describe());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("... and ")), run.describe());
    }

    @Test
    void aBadMonthTypeOrFolderIsOneLineAndExitCode2() throws Exception {
        String output = SeedRuns.seeds().output().toString();
        assertOneLine(explain(output, "--month", "2013-13", "--type", "killed"), "'2013-13' is no month");
        assertOneLine(explain(output, "--month", "Aug 2013", "--type", "killed"), "expected YYYY-MM");
        assertOneLine(explain(output, "--month", "2013-08", "--type", "kiled"), "no monthly table holds type 'kiled'");
        assertOneLine(explain(output, "--month", "2013-08", "--type", "killed", "--role", "victim"), "--role");
        assertOneLine(explain(output, "--month", "2013-08", "--type", "killed", "--role", "target"), "--role needs --actor");
        assertOneLine(explain(output + "/no-such-run", "--month", "2013-08", "--type", "killed"), "no such folder");
        assertOneLine(explain(Scripts.PROJECT.resolve("seeds").toString(), "--month", "2013-08", "--type", "killed"),
                "no job output here");
        Scripts.Result script = Scripts.run(Duration.ofMinutes(3), "explain", "target/no-such-run", "--month", "2013-08",
                "--type", "killed");
        assertEquals(2, script.exitCode(), script.describe());
        List<String> errors = script.stderr().lines().toList();   // after the jar's build line, if it was stale
        assertEquals("explain: target/no-such-run: no such folder: run scripts/run first, or name the --output "
                + "folder of a run", errors.get(errors.size() - 1), script.describe());
    }

    /** The cell's row of casualties_by_actor_month, read with Spark. */
    private static Cell cell(SparkSession spark, String output, String month, String type, String code, String role) {
        List<Row> rows = spark.read().parquet(output + "/" + Pipeline.CASUALTIES)
                .filter(col("month").equalTo(month + "-01").and(col("type").equalTo(type))
                        .and(col("actor").equalTo(code)).and(col("role").equalTo(role)))
                .collectAsList();
        assertEquals(1, rows.size(), rows.toString());
        Row r = rows.get(0);
        return new Cell(r.<Long>getAs("events"), r.<Long>getAs("reports"), r.<Long>getAs("value_best"));
    }

    /** After an event's two lines: its reports, each a line with the fact and a line with its sentence. */
    private static void assertReportsWithSentences(List<String> out, int from, int reports) {
        for (int k = 0; k < reports; k++) {
            String fact = out.get(from + 2 * k);
            String sentence = out.get(from + 2 * k + 1);
            assertTrue(fact.matches("    - \\S+#\\d+  published \\d{4}-\\d\\d-\\d\\d  \\[.*"), fact);
            assertTrue(sentence.matches("      \".{10,}\""), fact + "\n" + sentence);
        }
        assertTrue(out.get(from + 2 * reports).isEmpty(), "more reports than the event says: " + out.get(from));
    }

    private static Printed explain(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ExplainCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Printed(exit, out.toString().lines().toList(), err.toString().lines().toList());
    }

    private static void assertOneLine(Printed printed, String part) {
        assertEquals(2, printed.exit(), printed.toString());
        assertEquals(1, printed.err().size(), printed.toString());
        assertTrue(printed.err().get(0).startsWith("explain: ") && printed.err().get(0).contains(part),
                printed.toString());
        assertFalse(printed.err().get(0).contains("Exception"), printed.toString());
        assertTrue(printed.out().isEmpty(), printed.toString());
    }
}
