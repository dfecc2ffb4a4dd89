package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The tables in notebooks: scripts/notebook installs pyarrow, pandas, DuckDB, polars and nbconvert into
 * target/pyenv (from the packages this machine reaches; a failed install fails the test, it never skips),
 * reads every table with each of them, runs README.md's snippets, and executes
 * scripts/notebooks/tally.ipynb headless on seeds/ (the seed article and the FA-KES corpus). The figure's
 * data (the CSV saved beside the PNG) must span years of the Syrian war and hold the seed's February 2020,
 * and the notebook must list the events and sentences behind its largest killed cell.
 */
@Tag("notebook")
class NotebookIT {
    private static final String FIGURE = "killed_displaced_by_actor_month";
    private static final LocalDate FEBRUARY_2020 = LocalDate.of(2020, 2, 1);

    /** A row of the CSV behind the figure. */
    record Bar(String panel, LocalDate month, String actor, long valueBest) {
    }

    @BeforeAll
    static void installTheReaders() throws Exception {
        Scripts.Result setup = Scripts.run(Duration.ofMinutes(20), "notebook", "setup");
        assertEquals(0, setup.exitCode(), "pip could not install the notebook readers (scripts/notebooks/"
                + "requirements.txt) into target/pyenv; see target/pyenv/install.log\n" + setup.describe());
    }

    @Test
    void everyTableReadsTheSameInPyarrowPandasDuckdbAndPolars() throws Exception {
        Scripts.Result check = Scripts.run(Duration.ofMinutes(5), "notebook", "check",
                SeedRuns.seeds().output().toString());
        assertEquals(0, check.exitCode(), check.describe());
        assertTrue(check.stdout().contains("reads the same in pyarrow, pandas, DuckDB and polars"), check.describe());
    }

    @Test
    void theNotebookPlotsYearsOfTheSyrianWarAndTheSeedsFebruary2020() throws Exception {
        Path shipped = Scripts.PROJECT.resolve("../shared/corpus/fa-kes.jsonl");
        if (Files.exists(shipped)) {   // seeds/ carries the project's FA-KES corpus byte for byte
            assertEquals(-1L, Files.mismatch(shipped, Scripts.PROJECT.resolve("seeds/fa-kes.jsonl")));
        }
        Path out = Scripts.IT.resolve("notebook-seeds");
        List<Bar> bars = runNotebook(SeedRuns.seeds().output(), out);

        // FA-KES: bars from the first years of the war to 2017, killed and displaced.
        List<Integer> years = bars.stream().filter(b -> b.panel().equals("killed")).map(b -> b.month().getYear())
                .distinct().sorted().toList();
        assertTrue(years.get(0) <= 2012 && years.contains(2016) && years.contains(2017), years.toString());
        assertTrue(bars.stream().anyMatch(b -> b.panel().equals("displaced")), "no displaced bars");

        // The seed article: two Turkish soldiers killed in Idlib and two in Libya in February 2020; its
        // running totals (19 this month, at least 16) are not summed.
        Map<String, Long> killed = bars.stream()
                .filter(b -> b.panel().equals("killed") && b.month().equals(FEBRUARY_2020))
                .collect(Collectors.toMap(Bar::actor, Bar::valueBest, Long::sum, TreeMap::new));
        assertEquals(4L, killed.values().stream().mapToLong(Long::longValue).sum(), killed.toString());
        // The notebook's February 2020 table names the actors of those two events.
        String executed = Files.readString(out.resolve("tally.ipynb"));
        Matcher rows = Pattern.compile("killed +([A-Z]{3}[A-Z]*) .*? +2\\\\n").matcher(executed);
        List<String> actors = new ArrayList<>();
        while (rows.find()) {
            actors.add(rows.group(1));
        }
        assertEquals(2, actors.size(), "February 2020 rows of the executed notebook: " + actors);
        assertExplainsTheLargestCell(out.resolve("tally.ipynb"));
    }

    /**
     * The notebook's "What a monthly figure is made of": the events of the largest killed cell, largest first,
     * with their sentences, adding up to the cell's value_best.
     */
    private static void assertExplainsTheLargestCell(Path notebook) throws IOException {
        StringBuilder printed = new StringBuilder();
        for (JsonNode cell : new ObjectMapper().readTree(notebook.toFile()).path("cells")) {
            for (JsonNode output : cell.path("outputs")) {   // a stream's text: a list of lines, or one string
                JsonNode text = output.path("text");
                if (text.isArray()) {
                    text.forEach(line -> printed.append(line.asText()));
                } else {
                    printed.append(text.asText());
                }
            }
        }
        String text = printed.toString();
        Matcher sum = Pattern.compile("(?m)^the (\\d+) events add up to value_best (\\d+), the cell's value_best (\\d+)$")
                .matcher(text);
        assertTrue(sum.find(), "the executed notebook explains no cell:\n" + text);
        assertTrue(Long.parseLong(sum.group(1)) > 0, sum.group());
        assertEquals(sum.group(3), sum.group(2), sum.group());
        assertTrue(Pattern.compile("(?m)^#1  \\d+ killed  \\[").matcher(text).find(), "no largest event:\n" + text);
        assertTrue(Pattern.compile("(?m)^    - \\S+#\\d+  published \\d{4}-\\d\\d-\\d\\d  .*\n      \".{10,}\"$")
                .matcher(text).find(), "no report with its sentence:\n" + text);
    }

    @Test
    void theReadmeSnippetsForPandasDuckdbAndPolarsRun() throws Exception {
        // README.md's snippets read target/tally: here a folder whose target/tally is the seeds/ run.
        String section = Files.readString(Scripts.PROJECT.resolve("README.md"))
                .split("## Reading the tables in a notebook", 2)[1].split("\n## ", 2)[0];
        Matcher blocks = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL).matcher(section);
        Path dir = Scripts.IT.resolve("readme-snippets");
        if (Files.exists(dir)) {   // afresh: a snippet left by an earlier run could shadow a module
            try (Stream<Path> old = Files.walk(dir)) {   // does not follow the link to the tables
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir.resolve("target"));
        Files.createSymbolicLink(dir.resolve("target/tally"), SeedRuns.seeds().output());
        List<String> readers = new ArrayList<>();
        while (blocks.find()) {
            String code = blocks.group(1);
            String reader = code.lines().filter(l -> l.startsWith("import ") || l.startsWith("from ")).findFirst()
                    .orElse("?").split("\\s+")[1];
            if (reader.startsWith("pyspark")) {
                continue;   // not installable here (see README.md)
            }
            Path snippet = Files.writeString(dir.resolve("readme_" + reader + ".py"), code);   // not pandas.py
            Scripts.Result ran = Scripts.exec(Duration.ofMinutes(2), dir, "readme-" + reader,
                    List.of(Scripts.PROJECT.resolve("target/pyenv/bin/python").toString(), snippet.toString()),
                    Map.of());
            assertEquals(0, ran.exitCode(), "README.md's " + reader + " snippet:\n" + code + "\n" + ran.describe());
            readers.add(reader);
        }
        assertEquals(List.of("pandas", "duckdb", "polars"), readers);
    }

    /** Runs the notebook on a job output; returns the CSV behind its figure, after checking the files. */
    private static List<Bar> runNotebook(Path tally, Path out) throws IOException, InterruptedException {
        Scripts.Result run = Scripts.run(Duration.ofMinutes(10), "notebook", "run", tally.toString(), out.toString());
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(Files.size(out.resolve(FIGURE + ".png")) > 10_000, "a figure with little in it: " + out);
        assertTrue(Files.readString(out.resolve("tally.ipynb")).contains("\"output_type\": \"display_data\""),
                "the executed notebook shows no figure");
        List<String> lines = Files.readAllLines(out.resolve(FIGURE + ".csv"));
        assertEquals("panel,month,actor,value_best,actor_name", lines.get(0));
        return lines.stream().skip(1).map(line -> line.split(",", 5))
                .map(f -> new Bar(f[0], LocalDate.parse(f[1]), f[2], Long.parseLong(f[3]))).toList();
    }
}
