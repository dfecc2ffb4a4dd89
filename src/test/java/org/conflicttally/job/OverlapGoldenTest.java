package org.conflicttally.job;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden multi-article test: real FA-KES articles that tell the same events (seeds/overlap.expected.json
 * names them; their lines are copied out of seeds/fa-kes.jsonl), run through the whole job, and the events,
 * the monthly tables and the running totals compared with the expected rows. A change of the extractor
 * changes facts and so these rows: review the difference, then rewrite the expected rows with
 * {@code mvn test -Dtest=OverlapGoldenTest -Dgolden.update=true}.
 */
@ExtendWith(SharedSpark.class)
class OverlapGoldenTest {
    static final Path GOLDEN = Path.of("seeds", "overlap.expected.json");
    static final Path CORPUS = Path.of("seeds", "fa-kes.jsonl");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final List<String> TABLES = List.of("events", "casualties_by_actor_month", "displacements_by_actor_month",
            "incidents_by_actor_month", "running_totals");

    @TempDir
    static Path tmp;
    static Path out;
    static JsonNode golden;

    @BeforeAll
    static void runOnTheSample(SparkSession spark) throws IOException {
        golden = TableRows.readJson(GOLDEN);
        Path corpus = tmp.resolve("overlap.jsonl");
        TableRows.copyArticles(CORPUS, articleIds(), corpus);
        out = tmp.resolve("tally");
        assertEquals(0, TallyJob.run(corpus.toString(), "--output", out.toString()));
    }

    static List<String> articleIds() {
        List<String> ids = new ArrayList<>();
        golden.path("articles").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    @Test
    void readsEveryArticleOfTheSample(SparkSession spark) {
        assertEquals(articleIds().size(), spark.read().parquet(out.resolve("articles").toString()).count());
        assertEquals(0, spark.read().parquet(out.resolve("rejects").toString()).count());
    }

    @Test
    void tablesAreTheExpectedRows(SparkSession spark) throws IOException {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (String table : TABLES) {
            actual.put(table, TableRows.sorted(spark, out, table));
        }
        if (UPDATE) {
            rewriteGolden(actual);
            return;
        }
        for (String table : TABLES) {
            List<String> expected = new ArrayList<>();
            golden.path("tables").path(table).forEach(row -> expected.add(row.toString()));
            assertEquals(String.join("\n", expected), String.join("\n", actual.get(table)),
                    table + " differs from " + GOLDEN + " (review, then -Dgolden.update=true)");
        }
    }

    @Test
    void oneRaidToldByTwoOutletsIsOneEvent(SparkSession spark) {
        // TRT World and The New Arab, 3 April 2017: 16 killed in Douma, 5 in Harasta, at least 22 in all.
        Dataset<Row> both = events(spark).filter(array_contains(col("article_ids"), "fakes-1919191761")
                .and(array_contains(col("article_ids"), "fakes-1923102873")).and(col("type").equalTo("killed")));
        List<Long> bests = both.orderBy("value_best").select("value_best").as(org.apache.spark.sql.Encoders.LONG())
                .collectAsList();
        assertEquals(List.of(5L, 16L, 22L), bests);
        both.collectAsList().forEach(e -> assertEquals(2L, e.<Long>getAs("reports"), e.toString()));
    }

    @Test
    void anEarlyTollAndItsUpdateADayLaterAreOneEventOfTheUpdate(SparkSession spark) {
        // Khan Sheikhoun: "58 killed" (Asharq Al-Awsat, 4 April) and the WHO's "at least 70" (NNA, 5 April).
        Row e = single(events(spark).filter(col("type").equalTo("killed").and(col("month").equalTo("2017-04-01"))
                .and(array_contains(col("article_ids"), "fakes-1918150030"))
                .and(array_contains(col("article_ids"), "fakes-1914947530"))));
        assertEquals(70L, e.<Long>getAs("value_low"));
        assertEquals(70L, e.<Long>getAs("value_best"));
        assertNull(e.getAs("value_high"), "the exact 58 is outdated: no high");
        assertEquals("at_least", e.getAs("qualifier"));
        assertEquals(java.time.LocalDate.of(2017, 4, 4), e.getAs("event_date"));
    }

    @Test
    void oneAttackCodedAtThreeGranularitiesByThreeOutletsIsOneEvent(SparkSession spark) {
        // "at least 58 killed" in Idlib and in Khan Sheikhoun, one of its towns: three outlets, actor SYRGOV /
        // SYRMIL, and their competing tolls (50 in the same articles) and the WHO's update: one event.
        Row e = single(events(spark).filter(col("type").equalTo("killed")
                .and(array_contains(col("article_ids"), "fakes-1918150026"))
                .and(array_contains(col("article_ids"), "fakes-1923848146"))
                .and(array_contains(col("article_ids"), "fakes-1926479363"))));
        assertTrue(e.<Long>getAs("articles") >= 3, e.toString());
        assertTrue(e.<String>getAs("actor").startsWith("SYR"), e.toString());
        assertEquals("Khan Sheikhoun", e.getAs("location"), "the finest place its reports give");
    }

    @Test
    void reportsThatDisagreeByADayAreOneEvent(SparkSession spark) {
        // The Hasakah wedding bombing of 3 October 2016: The New Arab dates its lede 4 October, the others the 3rd.
        Dataset<Row> factDates = spark.read().parquet(out.resolve("facts").toString())
                .select(concat_ws("#", col("article_id"), col("fact_index").cast("string")).as("ref"),
                        col("event_date").as("fact_date"));
        List<Row> spanning = events(spark).filter(array_contains(col("article_ids"), "fakes-1923102912"))
                .select(col("event_id"), col("event_date"), col("articles"), explode(col("fact_refs")).as("ref"))
                .join(factDates, "ref")
                .groupBy("event_id", "event_date", "articles")
                .agg(min("fact_date").as("first"), max("fact_date").as("last"))
                .filter(col("last").equalTo(date_add(col("first"), 1)).and(col("articles").geq(2)))
                .collectAsList();
        assertFalse(spanning.isEmpty(), "an event of reports dated 3 and 4 October 2016");
        for (Row e : spanning) {
            assertEquals(java.time.LocalDate.of(2016, 10, 3), e.getAs("event_date"), e.toString());
        }
    }

    @Test
    void monthlyTablesCountEventsNotReports(SparkSession spark) {
        Row april = single(spark.read().parquet(out.resolve(Pipeline.CASUALTIES).toString())
                .filter("month = DATE'2017-04-01' AND role = 'target' AND actor = 'CVL' AND type = 'killed'"));
        assertTrue(april.<Long>getAs("events") < april.<Long>getAs("reports"), april.toString());
        long events = events(spark).filter("month = DATE'2017-04-01' AND type = 'killed' AND target = 'CVL'").count();
        assertEquals(events, (long) april.<Long>getAs("events"));
    }

    /** Same input, other partitioning: every table's rows, file by file, are the same. */
    @Test
    void rerunGivesIdenticalRows(SparkSession spark) throws IOException {
        Path again = tmp.resolve("again");
        String partitions = spark.conf().get("spark.sql.shuffle.partitions");
        spark.conf().set("spark.sql.shuffle.partitions", "7");
        try {
            assertEquals(0, TallyJob.run(tmp.resolve("overlap.jsonl").toString(), "--output", again.toString()));
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", partitions);
        }
        for (OutputSchema.Table t : OutputSchema.load().tables()) {
            assertEquals(TableRows.asStored(spark, out, t.name()), TableRows.asStored(spark, again, t.name()), t.name());
        }
    }

    private static Dataset<Row> events(SparkSession spark) {
        return spark.read().parquet(out.resolve("events").toString());
    }

    private static Row single(Dataset<Row> rows) {
        List<Row> list = rows.collectAsList();
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    /** Rewrites the "tables" part of the golden file, one row a line so that reviews read as diffs. */
    private static void rewriteGolden(Map<String, List<String>> tables) throws IOException {
        StringBuilder s = new StringBuilder("{\n");
        var fields = golden.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (f.getKey().equals("tables")) {
                continue;
            }
            s.append("  \"").append(f.getKey()).append("\": ");
            if (f.getValue().isArray()) {
                s.append("[\n");
                List<String> items = new ArrayList<>();
                f.getValue().forEach(n -> items.add("    " + n));
                s.append(String.join(",\n", items)).append("\n  ],\n");
            } else {
                s.append(f.getValue()).append(",\n");
            }
        }
        s.append("  \"tables\": {\n");
        List<String> blocks = new ArrayList<>();
        tables.forEach((name, rows) -> blocks.add("    \"" + name + "\": " + (rows.isEmpty() ? "[]"
                : "[\n      " + String.join(",\n      ", rows) + "\n    ]")));
        s.append(String.join(",\n", blocks)).append("\n  }\n}\n");
        Files.writeString(GOLDEN, s.toString(), StandardCharsets.UTF_8);
    }
}
