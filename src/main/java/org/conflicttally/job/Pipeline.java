package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring_index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.LexiconSource;

/**
 * One run: read (parse and extract facts, one pass) -> duplicate ids -> facts -> events -> monthly tables,
 * each written as it is made. The records as read are persisted (on disk, without their text), so that the
 * input is read and facts are extracted once although several tables use them; events are matched from the
 * facts as written, and the summary's counts come from the written tables.
 */
final class Pipeline {
    static final String CASUALTIES = "casualties_by_actor_month";

    /**
     * What a run needs from the command line.
     *
     * @param extract false for {@code --no-extract}: load and write only, the I/O floor of a benchmark
     */
    record Settings(List<String> inputs, String output, LexiconSource lexicons, ArticleFields fields, int top,
                    boolean extract, RunMode mode) {
    }

    private final SparkSession spark;
    private final Settings settings;
    private final OutputSchema schema = OutputSchema.load();
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final Progress progress = Progress.toStderr();
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
        progress.started(settings.inputs().size(), settings.output());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Corpus corpus = Corpus.expand(settings.inputs(), hadoop);
        TableWriter writer = settings.mode() == RunMode.UPDATE
                ? TableWriter.openForUpdate(settings.output(), hadoop, schema, Incremental.TABLES)
                : TableWriter.open(settings.output(), hadoop, schema);
        try {
            return run(corpus, writer, start);
        } catch (Throwable e) {   // SparkException too: Scala methods throw checked exceptions undeclared
            writer.abort();   // the output folder stays as it was: no half-written tables, no summary.json
            throw e;
        }
    }

    private RunSummary run(Corpus corpus, TableWriter writer, long start) throws IOException {
        if (writer.keepsEarlierRun()) {   // before any work: an output this run cannot add to
            Incremental.checkEarlierRun(writer, writer.fileSystem(), FactExtractor.VERSION);
        }
        // One pass reads every record, parses it and reads its facts; the text goes no further than that task.
        CorpusLoader.Scan scan = CorpusLoader.scan(spark, corpus, settings.fields(), settings.extract()
                ? ScanRows.extracting(settings.lexicons()) : ScanRows.withoutFacts());
        long inputRecords = scan.inputRecords();
        lap("read");
        // Duplicate marking joins only the keys of later records back (see DuplicateArticles).
        Dataset<Row> records = DuplicateArticles.markDuplicates(scan.records());
        if (writer.keepsEarlierRun()) {   // an article already in the output is a reject: it never counts twice
            records = Incremental.markKnownArticles(records, writer.readEarlier(spark, "articles"));
        }
        Dataset<Row> articles = records.filter(col(Records.REASON).isNull());
        Dataset<Row> rejects = records.filter(col(Records.REASON).isNotNull());
        lap("duplicates");

        // One file per month folder: facts of a month are read together.
        write(writer, "facts", articles.select(explode(col(Records.FACTS)).as("f")).select(col("f.*"))
                .repartition(col("month")));

        // Events from the facts as written (and, in an update, the earlier facts of the months this run
        // touches: an event never spans two months, so those months are recomputed whole and the others kept).
        Dataset<Row> facts = writer.read(spark, "facts");
        List<LocalDate> months = Incremental.months(facts);
        // EventDedup leaves each month in one partition: one file a month, and no second shuffle.
        write(writer, "events", EventDedup.events(Incremental.factsForEvents(spark, writer, months), schema.table("events"),
                new LexiconPlaces(settings.lexicons())));
        Dataset<Row> events = writer.read(spark, "events");
        write(writer, "articles", articles.withColumn("facts", size(col(Records.FACTS)).cast("long")));
        write(writer, "rejects", rejects);
        write(writer, "warnings", articles.select(col(Records.ARTICLE_ID), col(Records.INPUT), col(Records.POSITION),
                explode(col(Records.WARNINGS)).as("warning")));
        Dataset<Row> allEvents = Incremental.allEvents(spark, writer, events, months);
        // Small (months x codes x types): made in one pass over the events, kept in memory for the three
        // tables, one sorted file each, rebuilt from all events by every run.
        Dataset<Row> monthly = ActorMonthTables.all(allEvents).persist(StorageLevel.MEMORY_AND_DISK());
        for (OutputSchema.Table t : schema.aggregates()) {
            write(writer, t.name(), ActorMonthTables.table(monthly, t.category()).coalesce(1));
        }
        monthly.unpersist();
        write(writer, "running_totals", RunningTotals.table(Incremental.allFacts(spark, writer)).coalesce(1));

        List<RunSummary.CasualtyRow> top = topCasualties(writer);
        // Counted from the tables as written (Parquet footers hold row counts), not from the persisted records.
        Dataset<Row> writtenRejects = writer.read(spark, "rejects");
        long articleCount = writer.read(spark, "articles").count();
        long rejectCount = writtenRejects.count();
        long factCount = facts.count();
        long eventCount = events.count();
        long cumulative = facts.filter(col("cumulative")).count();
        long warningCount = writer.read(spark, "warnings").count();
        seconds.put("total", (System.nanoTime() - start) / 1e9);
        RunSummary summary = new RunSummary(settings.inputs(), writer.root().toString(),
                settings.lexicons().origin(), FactExtractor.VERSION, inputRecords, articleCount, rejectCount,
                rejectsByReason(writtenRejects), factCount, cumulative, eventCount, warningCount,
                new LinkedHashMap<>(seconds), top, settings.mode(), months);
        writer.commit(summary.toJson());
        scan.unpersist();
        return summary;
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
        progress.stageDone(stage, seconds.get(stage));
        lapStart = now;
    }
}
