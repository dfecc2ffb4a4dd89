package org.conflicttally.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What {@code --mode update} adds to a run ({@link RunMode#UPDATE}). The rules that keep an updated output
 * equal to a full run over all the input:
 * <ul>
 *   <li>an article whose id is already in the output is a reject ("duplicate article id"), so a re-delivered
 *       article never counts twice and re-running an update changes no count;</li>
 *   <li>an event never spans two months ({@link org.conflicttally.events.EventMatcher}), so the events of a
 *       month depend on that month's facts alone: the months the new facts touch are recomputed from all of
 *       their facts, old and new, and replace those months; the other months are not rewritten;</li>
 *   <li>the tables of one row per input record or fact ({@link #APPENDED}) get the run's rows as new files;
 *       the small tables (monthly, running totals) are rebuilt from all events and facts by every run;</li>
 *   <li>the facts of the earlier run must come from the same extractor version (else: a full run).</li>
 * </ul>
 * Like a full run, an update writes into the run's own folder and changes the output folder only at the
 * end ({@link #merge}): a run that fails leaves the output as it was.
 */
final class Incremental {
    /** The tables an update builds on. */
    static final List<String> TABLES = List.of("articles", "facts", "events");
    /** Tables of one row per input record, article or fact: an update adds its rows to them as new files. */
    static final Set<String> APPENDED = Set.of("articles", "rejects", "warnings", "facts");
    /** The table whose month partitions an update replaces (the months its facts touch). */
    static final String BY_MONTH = "events";

    private Incremental() {
    }

    /**
     * Records whose article id the output's {@code articles} already holds become rejects. As in
     * {@link DuplicateArticles}, only keys travel: the (normally few) records already known are found on
     * ids and joined back by broadcast, so article texts are not shuffled.
     */
    static Dataset<Row> markKnownArticles(Dataset<Row> records, Dataset<Row> earlierArticles) {
        Dataset<Row> known = earlierArticles.select(col("article_id").as("known_id")).distinct();
        Dataset<Row> again = records.filter(col(Records.REASON).isNull())
                .select(col(Records.ARTICLE_ID), col(Records.INPUT), col(Records.POSITION))
                .join(known, col(Records.ARTICLE_ID).equalTo(col("known_id")))
                .select(col(Records.INPUT).as("known_input"), col(Records.POSITION).as("known_position"),
                        reason(col(Records.ARTICLE_ID)).as("known_reason"));
        List<Row> few = again.limit(DuplicateArticles.BROADCAST_LIMIT + 1).collectAsList();
        Dataset<Row> marks = few.size() > DuplicateArticles.BROADCAST_LIMIT ? again
                : broadcast(records.sparkSession().createDataFrame(few, again.schema()));
        Column same = col(Records.INPUT).equalTo(col("known_input")).and(col(Records.POSITION).equalTo(col("known_position")));
        return records.join(marks, same, "left")
                .withColumn(Records.REASON, coalesce(col(Records.REASON), col("known_reason")))
                .drop("known_input", "known_position", "known_reason");
    }

    private static Column reason(Column id) {
        return concat(lit("duplicate article id: "), id, lit(" is already in the output (an earlier run)"));
    }

    /** The months that facts fall in, sorted. */
    static List<LocalDate> months(Dataset<Row> facts) {
        return facts.select(col("month")).distinct().orderBy(col("month")).as(Encoders.LOCALDATE()).collectAsList();
    }

    /** The facts events are matched from: this run's, and in an update the earlier ones of the months they touch. */
    static Dataset<Row> factsForEvents(SparkSession spark, TableWriter writer, List<LocalDate> months) {
        Dataset<Row> written = writer.read(spark, "facts");
        return !writer.keepsEarlierRun() ? written : written.unionByName(
                writer.readEarlier(spark, "facts").filter(col("month").isin(months.toArray())));
    }

    /** All events after this run: its own, and in an update the earlier ones of the other months. */
    static Dataset<Row> allEvents(SparkSession spark, TableWriter writer, Dataset<Row> events, List<LocalDate> months) {
        return !writer.keepsEarlierRun() ? events : events.unionByName(
                writer.readEarlier(spark, BY_MONTH).filter(not(col("month").isin(months.toArray()))));
    }

    /** All facts after this run. */
    static Dataset<Row> allFacts(SparkSession spark, TableWriter writer) {
        Dataset<Row> written = writer.read(spark, "facts");
        return !writer.keepsEarlierRun() ? written : written.unionByName(writer.readEarlier(spark, "facts"));
    }

    /**
     * @throws FileAlreadyExistsException when the earlier run did not finish, or used another extractor
     *         version: its facts and this run's would not be comparable
     */
    static void checkEarlierRun(TableWriter writer, FileSystem fs, String version) throws IOException {
        Path root = writer.root();
        if (!fs.exists(new Path(root, TableWriter.SUCCESS))) {
            throw new FileAlreadyExistsException(root.toString(), null,
                    "cannot update it: its last run did not finish (run with --mode overwrite)");
        }
        FileSystem raw = fs instanceof ChecksumFileSystem local ? local.getRawFileSystem() : fs;
        JsonNode json;
        try (InputStream in = raw.open(new Path(root, TableWriter.SUMMARY))) {   // raw: a hand-edited file has a stale .crc
            json = new ObjectMapper().readTree(in);
        }
        String earlier = json.path("extractor_version").asText("");
        if (!earlier.equals(version)) {
            throw new FileAlreadyExistsException(root.toString(), null, "cannot update it: its facts come from "
                    + "extractor " + earlier + ", this is " + version + " (run with --mode overwrite)");
        }
    }

    /**
     * Moves a finished update's folder into the output folder: the rows of {@link #APPENDED} tables as new
     * files, the months of {@link #BY_MONTH} it wrote in place of the earlier ones, the other tables and
     * summary.json in place of the earlier ones. The output's {@code _SUCCESS} is removed first and written
     * last, so that an output left half-merged (the process killed during these renames) is refused by the
     * next update and shows as unfinished.
     */
    static void merge(FileSystem fs, Path work, Path root) throws IOException {
        fs.delete(new Path(root, TableWriter.SUCCESS), false);
        for (FileStatus entry : fs.listStatus(work)) {
            String name = entry.getPath().getName();
            if (name.equals(TableWriter.SUMMARY) || name.equals(TableWriter.SUCCESS)) {
                continue;
            }
            Path earlier = new Path(root, name);
            if (APPENDED.contains(name) && fs.exists(earlier)) {
                moveFiles(fs, entry.getPath(), earlier);
            } else if (name.equals(BY_MONTH) && fs.exists(earlier)) {
                for (FileStatus month : fs.listStatus(entry.getPath())) {
                    if (month.isDirectory()) {
                        replace(fs, month.getPath(), new Path(earlier, month.getPath().getName()));
                    }
                }
            } else {
                replace(fs, entry.getPath(), earlier);
            }
        }
        replace(fs, new Path(work, TableWriter.SUMMARY), new Path(root, TableWriter.SUMMARY));
        replace(fs, new Path(work, TableWriter.SUCCESS), new Path(root, TableWriter.SUCCESS));
        fs.delete(work, true);
    }

    /** Moves the data files under {@code from} to the same folders under {@code to} (Spark's _SUCCESS stays). */
    private static void moveFiles(FileSystem fs, Path from, Path to) throws IOException {
        for (FileStatus f : fs.listStatus(from)) {
            Path target = new Path(to, f.getPath().getName());
            if (f.isDirectory()) {
                fs.mkdirs(target);
                moveFiles(fs, f.getPath(), target);
            } else if (!f.getPath().getName().equals(TableWriter.SUCCESS)) {
                rename(fs, f.getPath(), target);
            }
        }
    }

    private static void replace(FileSystem fs, Path from, Path to) throws IOException {
        fs.delete(to, true);
        rename(fs, from, to);
    }

    private static void rename(FileSystem fs, Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("could not move " + from + " to " + to);
        }
    }
}
