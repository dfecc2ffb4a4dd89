package org.conflicttally.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.conflicttally.lexicon.ConfigException;

/**
 * Writes the output folder: one Parquet folder per table, columns in schema.json's order and types, rows
 * sorted within each file (cheap, and it makes files comparable from run to run), plus summary.json.
 *
 * <p>A run writes into a hidden sibling folder ({@code .NAME.incomplete}) and {@link #commit} renames it to
 * the output folder at the end, after summary.json and {@code _SUCCESS}. So a run that fails leaves the
 * output folder as it was (the previous run's tables, or nothing), never a mix of old and new tables or a
 * half-written folder with Spark's per-table {@code _SUCCESS} markers that looks complete; {@link #abort}
 * removes the partial folder. (Writing summary.json last alone would not do: the earlier tables, each with
 * its {@code _SUCCESS}, would already have replaced the previous run's.) Replacing the output folder is a
 * delete and a rename: a rename is atomic on HDFS and local disks; on object stores (s3a) it is a copy,
 * which costs seconds for tables of this size.
 */
final class TableWriter {
    static final String SUMMARY = "summary.json";
    static final String SUCCESS = "_SUCCESS";

    private final Path root;
    private final Path work;
    private final FileSystem fs;
    private final OutputSchema schema;
    private final boolean update;   // --mode update: commit merges the run's folder into the earlier output

    private TableWriter(Path root, Path work, FileSystem fs, OutputSchema schema, boolean update) {
        this.root = root;
        this.work = work;
        this.fs = fs;
        this.schema = schema;
        this.update = update;
    }

    /**
     * Checks the output folder and creates the folder the run writes into. A folder that holds files but
     * nothing of an earlier run is refused: a typo in {@code --output} must not wipe someone's home folder.
     *
     * @throws FileAlreadyExistsException when the output folder holds other files
     * @throws ConfigException when the output folder cannot be written (a file in its place or in its path,
     *                         no permission)
     */
    static TableWriter open(String output, Configuration conf, OutputSchema schema) throws IOException {
        Path root = new Path(output);
        FileSystem fs = root.getFileSystem(conf);
        root = fs.makeQualified(root);
        if (root.getParent() == null) {
            throw new ConfigException(root.toString(), 0, "cannot be the output folder: it is the root of the file system");
        }
        FileStatus status = exists(fs, root);
        if (status != null) {
            if (!status.isDirectory()) {
                throw new ConfigException(root.toString(), 0, "cannot be the output folder: it is a file");
            }
            FileStatus[] children = fs.listStatus(root);
            boolean earlierRun = Stream.of(children).map(s -> s.getPath().getName())
                    .anyMatch(n -> n.equals(SUMMARY) || schema.tables().stream().anyMatch(t -> t.name().equals(n)));
            if (children.length > 0 && !earlierRun) {
                throw new FileAlreadyExistsException(root.toString(), null,
                        "refusing to replace it: not empty, and holds no output of an earlier run");
            }
        }
        Path work = new Path(root.getParent(), "." + root.getName() + ".incomplete");
        try {
            fs.delete(work, true);   // left by a run that was killed
            if (!fs.mkdirs(work)) {
                throw new IOException("could not create " + work);
            }
        } catch (IOException e) {
            throw new ConfigException(root.toString(), 0, "cannot write the output folder: " + e.getMessage());
        }
        return new TableWriter(root, work, fs, schema, false);
    }

    /**
     * As {@link #open}, for {@code --mode update}: the earlier run's output, which must hold summary.json and
     * {@code tables}, is kept, and {@link #commit} merges this run into it ({@link Incremental#merge}). A
     * missing or empty output folder makes a full run.
     */
    static TableWriter openForUpdate(String output, Configuration conf, OutputSchema schema, List<String> tables)
            throws IOException {
        TableWriter full = open(output, conf, schema);
        if (exists(full.fs, full.root) == null || full.fs.listStatus(full.root).length == 0) {
            return full;
        }
        for (String name : Stream.concat(Stream.of(SUMMARY), tables.stream()).toList()) {
            if (!full.fs.exists(new Path(full.root, name))) {
                full.abort();
                throw new FileAlreadyExistsException(full.root.toString(), null,
                        "cannot update it: it has no " + name + " of an earlier run (run with --mode overwrite)");
            }
        }
        return new TableWriter(full.root, full.work, full.fs, schema, true);
    }

    /** True when this run adds to an earlier run's output ({@link #openForUpdate}). */
    boolean keepsEarlierRun() {
        return update;
    }

    /** A table as this run wrote it, with schema.json's types (a partition column comes last). */
    Dataset<Row> read(SparkSession spark, String table) {
        return spark.read().schema(schema.table(table).structType()).parquet(path(table).toString());
    }

    /** A table of the earlier run, in the output folder ({@link #keepsEarlierRun}). */
    Dataset<Row> readEarlier(SparkSession spark, String table) {
        return spark.read().schema(schema.table(table).structType()).parquet(new Path(root, table).toString());
    }

    FileSystem fileSystem() {
        return fs;
    }

    /** The status of a path, or null when nothing is there; a file in the path's parents is an error. */
    private static FileStatus exists(FileSystem fs, Path path) {
        try {
            return fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new ConfigException(path.toString(), 0, "cannot write the output folder: " + e.getMessage());
        }
    }

    /**
     * Columns (Parquet column paths) whose values rarely repeat: a fact's sentence, a reject's excerpt, an
     * event's id and fact references. Parquet's dictionary encoding hashes every value only to give up when
     * the dictionary fills (JFR, events of the 1G bench corpus: about 40% of the time in Parquet's encoders).
     */
    private static final List<String> NO_DICTIONARY = List.of("sentence", "excerpt", "event_id",
            "fact_refs.list.element");

    /** Selects and casts the table's columns in schema order, sorts within files, writes Parquet. */
    void write(String table, Dataset<Row> rows) {
        OutputSchema.Table t = schema.table(table);
        Column[] columns = t.columns().stream()
                .map(c -> functions.col(c.name()).cast(c.sparkType()).as(c.name())).toArray(Column[]::new);
        Column[] order = Stream.concat(t.partitionBy().stream(), t.sortBy().stream())
                .map(functions::col).toArray(Column[]::new);
        DataFrameWriter<Row> out = rows.select(columns).sortWithinPartitions(order).write().mode(SaveMode.Overwrite);
        for (String column : NO_DICTIONARY) {
            out = out.option("parquet.enable.dictionary#" + column, "false");
        }
        out.partitionBy(t.partitionBy().toArray(String[]::new)).parquet(path(table).toString());
    }

    /**
     * Ends a run that succeeded: writes summary.json and {@code _SUCCESS}, then replaces the output folder
     * with the run's folder.
     */
    void commit(String summaryJson) throws IOException {
        try (OutputStream out = fs.create(path(SUMMARY), true)) {
            out.write(summaryJson.getBytes(StandardCharsets.UTF_8));
        }
        fs.create(path(SUCCESS), true).close();
        if (update) {
            Incremental.merge(fs, work, root);
            return;
        }
        if (fs.exists(root)) {
            fs.delete(root, true);
        }
        if (!fs.rename(work, root)) {
            throw new IOException("could not rename " + work + " to " + root);
        }
    }

    /** Ends a run that failed: removes what it wrote, and leaves the output folder as it was. */
    void abort() {
        try {
            fs.delete(work, true);
        } catch (IOException e) {
            // a hidden folder that the next run removes
        }
    }

    /** The output folder. */
    Path root() {
        return root;
    }

    /** Where the run writes a table or file until {@link #commit}. */
    Path path(String name) {
        return new Path(work, name);
    }
}
