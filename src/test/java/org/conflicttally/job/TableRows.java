package org.conflicttally.job;

import static org.apache.spark.sql.functions.input_file_name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.jdk.javaapi.CollectionConverters;

/** Output tables as text that tests compare: rows as JSON objects with every column, nulls included. */
final class TableRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TableRows() {
    }

    /** A table's rows in schema column order, sorted by its partition and sort columns (a total order for ours). */
    static List<String> sorted(SparkSession spark, Path output, String table) {
        OutputSchema.Table t = OutputSchema.load().table(table);
        Column[] order = Stream.concat(t.partitionBy().stream(), t.sortBy().stream())
                .map(functions::col).toArray(Column[]::new);
        Dataset<Row> rows = spark.read().parquet(output.resolve(table).toString()).orderBy(order);
        return rows.collectAsList().stream().map(r -> json(t, r)).toList();
    }

    /**
     * Each data file's rows in the order they are stored, keyed by the file's folder under the table (file
     * names hold a random id per run); a folder with several files lists them in order of their rows.
     */
    static Map<String, List<String>> asStored(SparkSession spark, Path output, String table) {
        OutputSchema.Table t = OutputSchema.load().table(table);
        Path root = output.resolve(table);
        // A small file is read whole by one task, in order: grouping by file keeps each file's row order.
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(root.toString()).withColumn("_file", input_file_name()).collectAsList()) {
            byFile.computeIfAbsent(r.getAs("_file"), k -> new ArrayList<>()).add(json(t, r));
        }
        Map<String, List<String>> byFolder = new TreeMap<>();
        byFile.forEach((file, rows) -> {
            String folder = root.relativize(Path.of(java.net.URI.create(file)).getParent()).toString();
            byFolder.merge(folder, rows, (a, b) -> {
                List<List<String>> both = new ArrayList<>(List.of(a, b));
                both.sort((x, y) -> x.get(0).compareTo(y.get(0)));
                List<String> merged = new ArrayList<>(both.get(0));
                merged.addAll(both.get(1));
                return merged;
            });
        });
        return byFolder;
    }

    /** The data files of a table, relative to it (to see which ones a run rewrote). */
    static Set<String> files(Path output, String table) throws IOException {
        Path root = output.resolve(table);
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = new LinkedHashSet<>();
            walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted()
                    .forEach(p -> files.add(root.relativize(p).toString()));
            return files;
        }
    }

    static String json(OutputSchema.Table t, Row r) {
        ObjectNode o = JSON.createObjectNode();
        for (OutputSchema.Column c : t.columns()) {
            o.set(c.name(), JSON.valueToTree(plain(r.getAs(c.name()))));
        }
        return o.toString();
    }

    /** Numbers, booleans and nulls as they are, arrays as lists, dates as text (2017-04-01). */
    private static Object plain(Object v) {
        if (v instanceof scala.collection.Seq<?> seq) {
            return CollectionConverters.asJava(seq);
        }
        return v == null || v instanceof Number || v instanceof Boolean ? v : v.toString();
    }

    /** Copies the lines of the given article ids (first occurrence each) out of a JSON Lines corpus, in the given order. */
    static void copyArticles(Path corpus, Collection<String> ids, Path to) {
        Map<String, String> lines = new LinkedHashMap<>();
        try (Stream<String> in = Files.lines(corpus, StandardCharsets.UTF_8)) {
            in.forEach(line -> {
                try {
                    String id = JSON.readTree(line).path("id").asText();
                    if (ids.contains(id)) {
                        lines.putIfAbsent(id, line);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            List<String> out = new ArrayList<>();
            for (String id : ids) {
                String line = lines.get(id);
                if (line == null) {
                    throw new IllegalArgumentException(id + " is not in " + corpus);
                }
                out.add(line);
            }
            Files.write(to, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
