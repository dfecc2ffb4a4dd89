package org.conflicttally.job;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.api.Binary;

/**
 * Rows of a table of a job output, read without Spark: parquet-hadoop (Spark's own Parquet library, on the
 * job's classpath) through Hadoop's FileSystem, so every path the job writes to (file:, hdfs://, s3a://)
 * reads back. scripts/explain answers in seconds this way where a local Spark session takes half a minute
 * to start on a busy two-core machine. Values come as schema.json types them: String, Integer, Long,
 * Boolean, LocalDate, List of String; null for a null or a column the file lacks.
 */
final class ParquetRows {
    private static final OutputSchema SCHEMA = OutputSchema.load();

    private final Configuration conf = new Configuration();
    private final Path root;

    /** @param output a job output folder */
    ParquetRows(String output) {
        this.root = new Path(output);
    }

    FileSystem fileSystem() throws IOException {
        return root.getFileSystem(conf);
    }

    /**
     * The rows of {@code table} whose {@code type} column is {@code type} (null: all); of a table
     * partitioned by month, those of {@code month} only (with the month as a column, as Spark reads it back).
     */
    List<Map<String, Object>> read(String table, LocalDate month, String type) throws IOException {
        OutputSchema.Table schema = SCHEMA.table(table);
        boolean byMonth = schema.partitionBy().contains("month");
        Path dir = byMonth ? new Path(new Path(root, table), "month=" + month) : new Path(root, table);
        FileSystem fs = fileSystem();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!fs.exists(dir)) {
            return rows;   // a month without events has no folder
        }
        FilterCompat.Filter ofType = type == null ? FilterCompat.NOOP
                : FilterCompat.get(FilterApi.eq(FilterApi.binaryColumn("type"), Binary.fromString(type)));
        for (FileStatus file : fs.listStatus(dir)) {
            String name = file.getPath().getName();
            if (!file.isFile() || name.startsWith("_") || name.startsWith(".")) {   // _SUCCESS, .crc files
                continue;
            }
            try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file.getPath())
                    .withConf(conf).withFilter(ofType).build()) {
                for (Group g = reader.read(); g != null; g = reader.read()) {
                    Map<String, Object> row = new HashMap<>();
                    for (OutputSchema.Column c : schema.columns()) {
                        row.put(c.name(), value(g, c));
                    }
                    if (byMonth) {
                        row.put("month", month);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Object value(Group g, OutputSchema.Column c) {
        if (!g.getType().containsField(c.name()) || g.getFieldRepetitionCount(c.name()) == 0) {
            return null;
        }
        String name = c.name();
        return switch (c.type()) {
            case "string" -> g.getString(name, 0);
            case "int" -> g.getInteger(name, 0);
            case "long" -> g.getLong(name, 0);
            case "boolean" -> g.getBoolean(name, 0);
            case "double" -> g.getDouble(name, 0);
            case "date" -> LocalDate.ofEpochDay(g.getInteger(name, 0));   // Parquet DATE: days since 1970-01-01
            case "array<string>" -> strings(g.getGroup(name, 0));
            default -> throw new IllegalStateException("column " + name + " of unknown type " + c.type());
        };
    }

    /**
     * A Parquet LIST: one repeated group of one element each. By position, not by name: writers name them
     * list/element (Spark's default) or bag/array (legacy layouts).
     */
    private static List<String> strings(Group list) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < list.getFieldRepetitionCount(0); i++) {
            Group item = list.getGroup(0, i);
            values.add(item.getFieldRepetitionCount(0) == 0 ? null : item.getString(0, 0));
        }
        return values;
    }
}
