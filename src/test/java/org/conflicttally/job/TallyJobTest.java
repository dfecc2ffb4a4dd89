package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on seeds/, as a user runs it, then every table read back; and the job's usage errors. */
@ExtendWith(SharedSpark.class)
class TallyJobTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void runOnSeeds(SparkSession spark) {
        out = tmp.resolve("tally");
        assertEquals(0, TallyJob.run("seeds", "--output", out.toString()));
    }

    @Test
    void writesEveryTableOfTheSchemaWithItsColumns(SparkSession spark) {
        for (OutputSchema.Table t : OutputSchema.load().tables()) {
            // Spark reads partition columns back last.
            List<String> expected = new ArrayList<>(t.columnNames());
            expected.removeAll(t.partitionBy());
            expected.addAll(t.partitionBy());
            Dataset<Row> table = read(spark, t.name());
            assertEquals(expected, Arrays.asList(table.columns()), t.name());
            for (OutputSchema.Column c : t.columns()) {
                assertEquals(c.sparkType(), table.schema().apply(c.name()).dataType(), t.name() + "." + c.name());
            }
        }
    }

    @Test
    void accountsForEveryInputRecord(SparkSession spark) throws IOException {
        // seeds/: the seed .txt article and the 744 lines of fa-kes.jsonl, 12 of which repeat an id
        Row article = read(spark, "articles").filter(col("article_id").equalTo("000_c68c9f5cbdf4db3c")).first();
        assertEquals(java.time.LocalDate.of(2020, 2, 27), article.getAs("published"));
        assertEquals(read(spark, "facts").filter(col("article_id").equalTo("000_c68c9f5cbdf4db3c")).count(),
                (long) article.<Integer>getAs("facts"));
        assertEquals(1 + 732, read(spark, "articles").count());
        List<Row> rejects = read(spark, "rejects").collectAsList();
        assertEquals(12, rejects.size());
        for (Row r : rejects) {
            assertTrue(r.<String>getAs("reason").startsWith("duplicate article id"), r.toString());
            assertTrue(r.<String>getAs("input").endsWith("fa-kes.jsonl"), r.toString());
        }

        JsonNode summary = new ObjectMapper().readTree(out.resolve(TableWriter.SUMMARY).toFile());
        assertEquals(1 + 744, summary.get("input_records").asLong());
        assertEquals(summary.get("input_records").asLong(),
                summary.get("articles").asLong() + summary.get("rejects").asLong());
        assertEquals(733, summary.get("articles").asLong());
        assertEquals(read(spark, "facts").count(), summary.get("facts").asLong());
    }

    @Test
    void sumsTheTwoKillingsOfTurkishSoldiersInFebruary2020(SparkSession spark) {
        // Two events of 2 killed: the Idlib shelling and Libya. "19 this month" and "at least 16" are totals.
        List<Row> rows = read(spark, Pipeline.CASUALTIES)
                .filter(col("month").equalTo("2020-02-01").and(col("role").equalTo("target"))
                        .and(col("type").equalTo("killed")).and(col("actor").startsWith("TUR")))
                .collectAsList();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(4L, rows.get(0).<Long>getAs("value_best"));
        assertEquals(2L, rows.get(0).<Long>getAs("events"));
    }

    @Test
    void keepsRunningTotalsInFactsWithoutSummingThem(SparkSession spark) {
        List<Long> totals = read(spark, "facts")
                .filter(col("cumulative").and(col("type").equalTo("killed")).and(col("target").startsWith("TUR")))
                .select("value_best").as(org.apache.spark.sql.Encoders.LONG()).collectAsList();
        assertTrue(totals.containsAll(List.of(19L, 16L)), totals.toString());
        long summed = read(spark, Pipeline.CASUALTIES)
                .filter(col("month").equalTo("2020-02-01").and(col("role").equalTo("target"))
                        .and(col("type").equalTo("killed")).and(col("actor").startsWith("TUR")))
                .agg(org.apache.spark.sql.functions.sum("value_best")).first().getLong(0);
        assertTrue(summed < 16, "running totals must not be summed: " + summed);
    }

    @Test
    void listsRunningTotalsBesideTheMonthlySums(SparkSession spark) {
        // "bringing the number of Turkish soldiers killed this month to at least 19"
        List<Row> totals = read(spark, "running_totals").filter(col("month").equalTo("2020-02-01")
                .and(col("type").equalTo("killed")).and(col("target").startsWith("TUR"))
                .and(col("highest_value").equalTo(19))).collectAsList();
        assertEquals(1, totals.size(), totals.toString());
        assertEquals("000_c68c9f5cbdf4db3c", totals.get(0).getAs("latest_article_id"));
    }

    /** The seeds again, with another number of partitions: every table's rows, file by file, are the same. */
    @Test
    void rerunGivesIdenticalRows(SparkSession spark) {
        Path again = tmp.resolve("again");
        String partitions = spark.conf().get("spark.sql.shuffle.partitions");
        spark.conf().set("spark.sql.shuffle.partitions", "5");
        try {
            assertEquals(0, TallyJob.run("seeds", "--output", again.toString()));
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", partitions);
        }
        for (OutputSchema.Table t : OutputSchema.load().tables()) {
            assertEquals(TableRows.asStored(spark, out, t.name()), TableRows.asStored(spark, again, t.name()), t.name());
        }
    }

    @Test
    void exitsWith2OnAMissingInputOrAForeignOutputFolder(SparkSession spark) throws IOException {
        assertEquals(2, TallyJob.run("no/such/corpus", "--output", tmp.resolve("missing").toString()));

        Path foreign = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(foreign.resolve("thesis.tex"), "years of work");
        assertEquals(2, TallyJob.run("seeds", "--output", foreign.toString()));
        assertTrue(Files.exists(foreign.resolve("thesis.tex")), "a folder of other files is never replaced");
    }

    private static Dataset<Row> read(SparkSession spark, String table) {
        return spark.read().parquet(out.resolve(table).toString());
    }
}
