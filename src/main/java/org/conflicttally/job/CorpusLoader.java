package org.conflicttally.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.Rejection;

/**
 * Reads a {@link Corpus} into {@link Records} rows, facts included, in one pass: every input record becomes
 * exactly one row. Spark does no schema inference (that would read the input twice, and drop malformed lines
 * out of our sight): each record goes through the plain-Java parsers, which turn bad input into rejects with
 * a reason, and each article through the extractor, in the task that read it.
 */
final class CorpusLoader {
    /** Files read by one task, at most: small .txt articles come by thousands. */
    private static final int FILES_PER_TASK = 64;
    /** Bounds of the bytes a task reads: large enough that a task outlasts its scheduling, small enough to spread. */
    static final long MIN_TASK_BYTES = 16L << 20;
    static final long MAX_TASK_BYTES = 128L << 20;

    private CorpusLoader() {
    }

    /**
     * The records as read, persisted on disk ({@link #unpersist} when done), and how many there are.
     *
     * @param records one row per input record (articles and rejects), positions as line numbers of the file
     */
    record Scan(Dataset<Row> records, long inputRecords, Dataset<Row> persisted) {
        void unpersist() {
            persisted.unpersist();
        }
    }

    /** Reads the corpus: runs the pass (a Spark job) and returns its rows. */
    static Scan scan(SparkSession spark, Corpus corpus, ArticleFields fields, ScanRows rows) {
        return scan(spark, corpus, fields, rows, MIN_TASK_BYTES, MAX_TASK_BYTES);
    }

    /** As {@link #scan(SparkSession, Corpus, ArticleFields, ScanRows)}, tasks of other sizes (tests: small pieces). */
    static Scan scan(SparkSession spark, Corpus corpus, ArticleFields fields, ScanRows rows, long minTaskBytes,
                     long maxTaskBytes) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Dataset<Row>> parts = new ArrayList<>();
        if (!corpus.files().isEmpty()) {
            // Not binaryFiles or textFile: they read a list of paths as globs joined by commas, so that a
            // file named a[1].jsonl or b,c.txt fails the run. InputFiles opens each file by its name.
            List<List<InputSplit>> tasks = tasks(corpus.files(), jsc.defaultParallelism(), minTaskBytes, maxTaskBytes);
            InputFiles read = new InputFiles(fields, new HadoopConf(jsc.hadoopConfiguration()), rows);
            JavaRDD<Row> scanned = jsc.parallelize(tasks, tasks.size())
                    .flatMap(task -> read(read, task));
            parts.add(spark.createDataFrame(scanned, Records.SCHEMA));
        }
        if (!corpus.unsupported().isEmpty()) {
            parts.add(rejects(spark, corpus.unsupported()));
        }
        // On disk, not the heap, so the heap does not grow with the corpus. Without text, a record's row is its
        // metadata and facts.
        Dataset<Row> persisted = parts.stream().reduce(Dataset::union)
                .orElseGet(() -> spark.createDataFrame(List.of(), Records.SCHEMA))
                .persist(StorageLevel.DISK_ONLY());
        // The pass itself: counts the records and gathers the (few) piece rows of files read in pieces.
        Row counts = persisted.agg(count(when(col(Records.PIECE_LINES).isNull(), lit(1))),
                collect_list(when(col(Records.PIECE_LINES).isNotNull(),
                        struct(col(Records.INPUT), col(Records.PIECE), col(Records.PIECE_LINES),
                                col(Records.PIECE_RECORDS))))).first();
        List<Row> pieces = counts.getList(1);
        Dataset<Row> records = persisted.filter(col(Records.PIECE_LINES).isNull());
        long inputRecords = counts.getLong(0);
        if (!pieces.isEmpty()) {
            records = lineNumbers(records, pieces);
            List<Rejection> empty = emptyFiles(pieces);
            if (!empty.isEmpty()) {
                records = records.union(rejects(spark, empty));
                inputRecords += empty.size();
            }
        }
        return new Scan(records, inputRecords, persisted);
    }

    /** The rows of a task's files, one file after the other, each streamed as it is read. */
    private static Iterator<Row> read(InputFiles read, List<InputSplit> task) {
        Iterator<InputSplit> splits = task.iterator();
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && splits.hasNext()) {
                    try {
                        current = read.call(splits.next());
                    } catch (IOException e) {   // the file system failed, not the file: the task fails, Spark retries it
                        throw new UncheckedIOException(e);
                    }
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The tasks of a pass: whole files, several small ones to a task, and large uncompressed JSON Lines files
     * in pieces, so that a corpus of one big file keeps every core busy. A task reads about
     * (corpus / 2 x cores) bytes, within [{@value #MIN_TASK_BYTES}, {@value #MAX_TASK_BYTES}].
     */
    static List<List<InputSplit>> tasks(List<Corpus.InputFile> files, int cores, long minTaskBytes, long maxTaskBytes) {
        long total = files.stream().mapToLong(Corpus.InputFile::bytes).sum();
        long size = Math.min(maxTaskBytes, Math.max(minTaskBytes, total / (2L * Math.max(1, cores))));
        List<List<InputSplit>> tasks = new ArrayList<>();
        List<InputSplit> task = new ArrayList<>();
        long taskBytes = 0;
        for (Corpus.InputFile file : files) {
            if (file.splittable() && file.bytes() > size + size / 4) {   // a last piece of at least a quarter
                if (!task.isEmpty()) {
                    tasks.add(task);
                    task = new ArrayList<>();
                    taskBytes = 0;
                }
                long pieces = Math.max(2, Math.round((double) file.bytes() / size));
                long step = (file.bytes() + pieces - 1) / pieces;
                for (long start = 0; start < file.bytes(); start += step) {
                    List<InputSplit> piece = new ArrayList<>(1);   // mutable lists: Kryo cannot make List.of's
                    piece.add(new InputSplit(file.uri(), start, Math.min(file.bytes(), start + step)));
                    tasks.add(piece);
                }
                continue;
            }
            if (!task.isEmpty() && (taskBytes + file.bytes() > size || task.size() == FILES_PER_TASK)) {
                tasks.add(task);
                task = new ArrayList<>();
                taskBytes = 0;
            }
            task.add(InputSplit.whole(file.uri()));
            taskBytes += file.bytes();
        }
        if (!task.isEmpty()) {
            tasks.add(task);
        }
        return tasks;
    }

    /** Numbers of the lines in pieces made line numbers of their file: a piece's lines follow those before it. */
    private static Dataset<Row> lineNumbers(Dataset<Row> records, List<Row> pieces) {
        Map<String, Long> linesSoFar = new LinkedHashMap<>();
        List<Row> offsets = new ArrayList<>();
        pieces.stream().sorted(Comparator.<Row, String>comparing(p -> p.getString(0)).thenComparing(p -> p.getLong(1)))
                .forEach(p -> {
                    long before = linesSoFar.getOrDefault(p.getString(0), 0L);
                    offsets.add(RowFactory.create(p.getString(0), p.getLong(1), before));
                    linesSoFar.put(p.getString(0), before + p.getLong(2));
                });
        StructType schema = new StructType().add("piece_input", DataTypes.StringType)
                .add("piece_start", DataTypes.LongType).add("lines_before", DataTypes.LongType);
        Dataset<Row> table = records.sparkSession().createDataFrame(offsets, schema);
        return records.join(broadcast(table), col(Records.INPUT).equalTo(col("piece_input"))
                        .and(col(Records.PIECE).equalTo(col("piece_start"))), "left")
                .withColumn(Records.POSITION, when(col(Records.POSITION).gt(0),
                        col(Records.POSITION).plus(coalesce(col("lines_before"), lit(0L)))).otherwise(col(Records.POSITION)))
                .drop("piece_input", "piece_start", "lines_before");
    }

    /** A file read in pieces none of which held a record: "empty file", as a file read whole would say. */
    private static List<Rejection> emptyFiles(List<Row> pieces) {
        Map<String, Long> records = new LinkedHashMap<>();
        pieces.forEach(p -> records.merge(p.getString(0), p.getLong(3), Long::sum));
        return records.entrySet().stream().filter(e -> e.getValue() == 0)
                .map(e -> new Rejection(e.getKey(), 0, "empty file: no JSON Lines record", "")).toList();
    }

    private static Dataset<Row> rejects(SparkSession spark, List<Rejection> rejects) {
        ScanRows rows = ScanRows.withoutFacts();
        return spark.createDataFrame(rejects.stream().map(r -> rows.row(r, 0)).toList(), Records.SCHEMA);
    }
}
