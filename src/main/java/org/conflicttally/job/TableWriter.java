package org.conflicttally.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;

/**
 * Writes the output folder: one Parquet folder per table, columns in schema.json's order and types, rows
 * sorted within each file (cheap, and it makes files comparable from run to run), plus summary.json.
 */
final class TableWriter {
    static final String SUMMARY = "summary.json";

    private final Path root;
    private final FileSystem fs;
    private final OutputSchema schema;

    private TableWriter(Path root, FileSystem fs, OutputSchema schema) {
        this.root = root;
        this.fs = fs;
        this.schema = schema;
    }

    /**
     * Empties the output folder. A folder that holds files but nothing of an earlier run is refused: a typo
     * in {@code --output} must not wipe someone's home folder.
     */
    static TableWriter open(String output, Configuration conf, OutputSchema schema) throws IOException {
        Path root = new Path(output);
        FileSystem fs = root.getFileSystem(conf);
        if (fs.exists(root)) {
            FileStatus[] children = fs.listStatus(root);
            boolean earlierRun = Stream.of(children).map(s -> s.getPath().getName())
                    .anyMatch(n -> n.equals(SUMMARY) || schema.tables().stream().anyMatch(t -> t.name().equals(n)));
            if (children.length > 0 && !earlierRun) {
                throw new FileAlreadyExistsException(root.toString(), null,
                        "refusing to replace it: not empty, and holds no output of an earlier run");
            }
            fs.delete(root, true);
        }
        fs.mkdirs(root);
        return new TableWriter(fs.makeQualified(root), fs, schema);
    }

    /** Selects and casts the table's columns in schema order, sorts within files, writes Parquet. */
    void write(String table, Dataset<Row> rows) {
        OutputSchema.Table t = schema.table(table);
        Column[] columns = t.columns().stream()
                .map(c -> functions.col(c.name()).cast(c.sparkType()).as(c.name())).toArray(Column[]::new);
        Column[] order = Stream.concat(t.partitionBy().stream(), t.sortBy().stream())
                .map(functions::col).toArray(Column[]::new);
        rows.select(columns).sortWithinPartitions(order)
                .write().mode(SaveMode.Overwrite)
                .partitionBy(t.partitionBy().toArray(String[]::new))
                .parquet(path(table).toString());
    }

    void writeSummary(String json) throws IOException {
        try (OutputStream out = fs.create(path(SUMMARY), true)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    Path root() {
        return root;
    }

    Path path(String name) {
        return new Path(root, name);
    }
}
