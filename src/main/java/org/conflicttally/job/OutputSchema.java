package org.conflicttally.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output tables as data (src/main/resources/conflict-tally/schema.json): the writer takes column order
 * and types from here, and README.md's table reference is generated from it (see ReadmeTest).
 */
public record OutputSchema(List<Table> tables) implements Serializable {
    static final String RESOURCE = "/conflict-tally/schema.json";

    /** One table: which facts feed it ({@code category}, aggregates only), its layout and its columns. */
    public record Table(String name, String description, String category, List<String> partitionBy,
                        List<String> sortBy, List<Column> columns) implements Serializable {

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        public StructType structType() {
            return new StructType(columns.stream()
                    .map(c -> new StructField(c.name(), c.sparkType(), true, Metadata.empty()))
                    .toArray(StructField[]::new));
        }
    }

    /** @param example a value as JSON text, for the README */
    public record Column(String name, String type, String description, String example) implements Serializable {
        private static final Map<String, DataType> TYPES = Map.of(
                "string", DataTypes.StringType, "int", DataTypes.IntegerType, "long", DataTypes.LongType,
                "boolean", DataTypes.BooleanType, "date", DataTypes.DateType, "double", DataTypes.DoubleType,
                "array<string>", DataTypes.createArrayType(DataTypes.StringType));

        public DataType sparkType() {
            DataType t = TYPES.get(type);
            if (t == null) {
                throw new IllegalStateException(RESOURCE + ": column " + name + " has unknown type " + type);
            }
            return t;
        }
    }

    /** Reads the schema bundled in the jar. */
    public static OutputSchema load() {
        try (InputStream in = OutputSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(RESOURCE + " has no table " + name));
    }

    /** The monthly tables: those fed by one fact category. */
    public List<Table> aggregates() {
        return tables.stream().filter(t -> t.category() != null).toList();
    }

    private static OutputSchema parse(JsonNode root) {
        Map<String, List<Column>> columnsByTable = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            String name = t.path("name").asText();
            // "columns_of" shares one column list between the three monthly tables instead of copying it.
            List<Column> columns = t.has("columns_of")
                    ? columnsByTable.get(t.path("columns_of").asText())
                    : columns(t.path("columns"));
            if (columns == null || columns.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": table " + name + " has no columns");
            }
            columnsByTable.put(name, columns);
            tables.add(new Table(name, t.path("description").asText(),
                    t.hasNonNull("category") ? t.get("category").asText() : null,
                    strings(t.path("partition_by")), strings(t.path("sort_by")), columns));
        }
        return new OutputSchema(List.copyOf(tables));
    }

    private static List<Column> columns(JsonNode array) {
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : array) {
            columns.add(new Column(c.path("name").asText(), c.path("type").asText(),
                    c.path("description").asText(), c.path("example").toString()));
        }
        return List.copyOf(columns);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
