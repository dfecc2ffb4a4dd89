package org.conflicttally.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring_index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.JsonFields;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.LexiconSource;

/**
 * One run: load -> duplicate ids -> extract facts -> events -> monthly tables -> write. Each stage is
 * materialized (persist + count) before the next, so that the input is parsed and facts are extracted
 * once although several tables use them, and so that the summary can time each stage.
 */
final class Pipeline {
    static final String CASUALTIES = "casualties_by_actor_month";

    /** What a run needs from the command line. */
    record Settings(List<String> inputs, String output, LexiconSource lexicons, JsonFields fields, int top) {
    }

    private final SparkSession spark;
    private final Settings settings;
    private final OutputSchema schema = OutputSchema.load();
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private long lapStart;

    Pipeline(SparkSession spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /**
     * @throws java.io.FileNotFoundException when an input path does not exist
     * @throws java.nio.file.FileAlreadyExistsException when the output folder may not be replaced
     */
    RunSummary run() throws IOException {
        long start = System.nanoTime();
        lapStart = start;
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Corpus corpus = Corpus.expand(settings.inputs(), hadoop);
        TableWriter writer = TableWriter.open(settings.output(), hadoop, schema);

        Dataset<Row> records = DuplicateArticles.markDuplicates(CorpusLoader.load(spark, corpus, settings.fields()))
                .persist();
        long inputRecords = records.count();
        Dataset<Row> articles = records.filter(col(Records.REASON).isNull());
        Dataset<Row> rejects = records.filter(col(Records.REASON).isNotNull());
        lap("load");

        Dataset<Row> facts = articles
                .mapPartitions(new ExtractFacts(settings.lexicons(), new FactRows(schema.table("facts"))),
                        Encoders.row(schema.table("facts").structType()))
                .persist();
        long factCount = facts.count();
        lap("extract");

        Dataset<Row> events = EventDedup.events(facts).persist();
        long eventCount = events.count();
        lap("events");

        // One file per month folder: facts of a month are read together.
        write(writer, "facts", facts.repartition(col("month")));
        write(writer, "articles", articlesTable(articles, facts));
        write(writer, "rejects", rejects);
        for (OutputSchema.Table t : schema.aggregates()) {
            // Small (months x codes x types): one sorted file each.
            write(writer, t.name(), ActorMonthTables.table(events, t.category()).coalesce(1));
        }

        List<RunSummary.CasualtyRow> top = topCasualties(writer);
        long articleCount = articles.count();
        long rejectCount = rejects.count();
        long cumulative = facts.filter(col("cumulative")).count();
        seconds.put("total", (System.nanoTime() - start) / 1e9);
        RunSummary summary = new RunSummary(settings.inputs(), writer.root().toString(),
                settings.lexicons().origin(), FactExtractor.VERSION, inputRecords, articleCount, rejectCount,
                rejectsByReason(rejects), factCount, cumulative, eventCount, new LinkedHashMap<>(seconds), top);
        writer.writeSummary(summary.toJson());
        records.unpersist();
        facts.unpersist();
        events.unpersist();
        return summary;
    }

    private static Dataset<Row> articlesTable(Dataset<Row> articles, Dataset<Row> facts) {
        Dataset<Row> perArticle = facts.groupBy("article_id").agg(count(lit(1)).as("facts"));
        return articles.join(perArticle, articles.col(Records.ARTICLE_ID).equalTo(perArticle.col("article_id")), "left")
                .drop(perArticle.col("article_id"))
                .withColumn("facts", coalesce(col("facts"), lit(0L)));
    }

    /** Rejects per kind of reason: the part before the colon, as {@link org.conflicttally.article.Rejection#kindOf}. */
    private static TreeMap<String, Long> rejectsByReason(Dataset<Row> rejects) {
        TreeMap<String, Long> byKind = new TreeMap<>();
        rejects.groupBy(substring_index(col(Records.REASON), ":", 1).as("kind")).count().collectAsList()
                .forEach(r -> byKind.put(r.getString(0), r.getLong(1)));
        return byKind;
    }

    /** The largest rows of the casualties table, read back from what was written. */
    private List<RunSummary.CasualtyRow> topCasualties(TableWriter writer) {
        return spark.read().parquet(writer.path(CASUALTIES).toString())
                .orderBy(desc("value_best"), col("month"), col("role"), col("actor"), col("type"))
                .limit(settings.top()).collectAsList().stream()
                .map(r -> new RunSummary.CasualtyRow(r.<LocalDate>getAs("month"), r.getAs("role"), r.getAs("actor"),
                        r.getAs("actor_name"), r.getAs("type"), r.<Long>getAs("events"), r.<Long>getAs("reports"),
                        r.getAs("value_best")))
                .toList();
    }

    private void write(TableWriter writer, String table, Dataset<Row> rows) {
        writer.write(table, rows);
        lap("write_" + table);
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        seconds.put(stage, (now - lapStart) / 1e9);
        lapStart = now;
    }
}
