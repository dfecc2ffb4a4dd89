package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --mode update}: the golden sample in two deliveries. The earlier one holds the Douma raids, the
 * Hasakah bombing (October 2016) and two Khan Sheikhoun reports; the later one three more Khan Sheikhoun
 * reports (April 2017, and a mention of August 2013). Updating with the later one must give the tables of
 * one run over both, without rewriting October 2016; updating with it again must change no count.
 */
@ExtendWith(SharedSpark.class)
class IncrementalRunTest {
    static final List<String> EARLIER = List.of("fakes-1919191761", "fakes-1923102873", "fakes-1923102912",
            "fakes-1923848289", "fakes-1924058103", "fakes-1924058196", "fakes-1924058195", "fakes-1923848146",
            "fakes-1918150030");
    static final List<String> LATER = List.of("fakes-1926479363", "fakes-1918150026", "fakes-1914947530");
    /** Tables whose rows an update must leave as a full run makes them. */
    static final List<String> TABLES = List.of("facts", "articles", "warnings", "events", "casualties_by_actor_month",
            "displacements_by_actor_month", "incidents_by_actor_month", "running_totals");

    @TempDir
    static Path tmp;
    static Path updated;
    static Path full;
    static Set<String> eventFilesBefore;
    static Set<String> eventFilesAfter;
    static JsonNode summaryAfterUpdate;
    static JsonNode summaryAfterRepeat;
    static Map<String, List<String>> rowsAfterUpdate = new LinkedHashMap<>();
    static Map<String, List<String>> rowsAfterRepeat = new LinkedHashMap<>();

    @BeforeAll
    static void runEarlierThenLaterAndBothAtOnce(SparkSession spark) throws IOException {
        Path earlier = corpus("earlier.jsonl", EARLIER);
        Path later = corpus("later.jsonl", LATER);
        List<String> all = new ArrayList<>(EARLIER);
        all.addAll(LATER);
        Path both = corpus("both.jsonl", all);
        updated = tmp.resolve("updated");
        full = tmp.resolve("full");

        // An update of a folder that does not exist yet is a full run.
        assertEquals(0, TallyJob.run(earlier.toString(), "--output", updated.toString(), "--mode", "update"));
        eventFilesBefore = TableRows.files(updated, "events");
        assertEquals(0, TallyJob.run(later.toString(), "--output", updated.toString(), "--mode", "update"));
        eventFilesAfter = TableRows.files(updated, "events");
        summaryAfterUpdate = TableRows.readJson(updated.resolve(TableWriter.SUMMARY));
        for (String t : TABLES) {
            rowsAfterUpdate.put(t, TableRows.sorted(spark, updated, t));
        }
        assertEquals(0, TallyJob.run(later.toString(), "--output", updated.toString(), "--mode", "update"));
        summaryAfterRepeat = TableRows.readJson(updated.resolve(TableWriter.SUMMARY));
        for (String t : TABLES) {
            rowsAfterRepeat.put(t, TableRows.sorted(spark, updated, t));
        }
        assertEquals(0, TallyJob.run(both.toString(), "--output", full.toString()));
    }

    private static Path corpus(String name, List<String> ids) {
        Path file = tmp.resolve(name);
        TableRows.copyArticles(OverlapGoldenTest.CORPUS, ids, file);
        return file;
    }

    @Test
    void anUpdateGivesTheTablesOfOneRunOverAllTheInput(SparkSession spark) {
        for (String t : TABLES) {
            assertEquals(String.join("\n", TableRows.sorted(spark, full, t)), String.join("\n", rowsAfterUpdate.get(t)), t);
        }
        // The Khan Sheikhoun toll merges reports of both deliveries.
        assertTrue(rowsAfterUpdate.get("events").stream().anyMatch(e -> e.contains("fakes-1918150030#0")
                && e.contains("fakes-1914947530#0")), "the early toll and the update a delivery later are one event");
    }

    @Test
    void anUpdateRewritesOnlyTheMonthsItsFactsTouch() {
        List<String> months = new ArrayList<>();
        summaryAfterUpdate.path("months_written").forEach(m -> months.add(m.asText()));
        assertEquals(List.of("2013-08-01", "2017-04-01"), months);
        assertEquals("update", summaryAfterUpdate.path("mode").asText());
        // October 2016 (the Hasakah bombing, earlier delivery only): the same file, untouched.
        Set<String> october = filesOf(eventFilesBefore, "month=2016-10-01");
        assertFalse(october.isEmpty());
        assertEquals(october, filesOf(eventFilesAfter, "month=2016-10-01"));
        // April 2017: recomputed from the facts of both deliveries, a new file.
        assertFalse(eventFilesAfter.containsAll(filesOf(eventFilesBefore, "month=2017-04-01")));
    }

    @Test
    void anUpdateWithArticlesAlreadyThereRejectsThemAndChangesNoCount() {
        assertEquals(LATER.size(), summaryAfterRepeat.path("input_records").asLong());
        assertEquals(0, summaryAfterRepeat.path("articles").asLong());
        assertEquals(LATER.size(), summaryAfterRepeat.path("rejects_by_reason").path("duplicate article id").asLong());
        assertEquals(0, summaryAfterRepeat.path("months_written").size());
        for (String t : TABLES) {
            assertEquals(rowsAfterUpdate.get(t), rowsAfterRepeat.get(t), t);
        }
    }

    @Test
    void refusesToUpdateAnOutputOfAnotherExtractorAnUnfinishedOneOrAFolderOfOtherFiles() throws IOException {
        Path later = tmp.resolve("later.jsonl");
        Path foreign = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(foreign.resolve("thesis.tex"), "years of work");
        assertEquals(2, TallyJob.run(later.toString(), "--output", foreign.toString(), "--mode", "update"));
        assertTrue(Files.exists(foreign.resolve("thesis.tex")));

        Path old = tmp.resolve("old-extractor");
        copy(full, old);
        ObjectNode summary = (ObjectNode) TableRows.readJson(old.resolve(TableWriter.SUMMARY));
        summary.put("extractor_version", "0.0.1");
        Files.writeString(old.resolve(TableWriter.SUMMARY), summary.toString());
        assertEquals(2, TallyJob.run(later.toString(), "--output", old.toString(), "--mode", "update"));
        assertEquals("0.0.1", TableRows.readJson(old.resolve(TableWriter.SUMMARY)).path("extractor_version").asText(),
                "a refused update leaves the output as it was");

        Path unfinished = tmp.resolve("unfinished");
        copy(full, unfinished);
        Files.delete(unfinished.resolve(TableWriter.SUCCESS));
        assertEquals(2, TallyJob.run(later.toString(), "--output", unfinished.toString(), "--mode", "update"));
    }

    private static Set<String> filesOf(Set<String> files, String folder) {
        Set<String> out = new java.util.TreeSet<>();
        files.stream().filter(f -> f.startsWith(folder + "/")).forEach(out::add);
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
