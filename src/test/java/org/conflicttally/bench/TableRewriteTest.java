package org.conflicttally.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.conflicttally.job.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** scripts/bench rewrite: a written table comes out again with the same rows, in month folders when asked. */
@ExtendWith(SharedSpark.class)
class TableRewriteTest {
    @Test
    void rewritesATableAsItIsOrByMonth(SparkSession spark, @TempDir Path tmp) throws IOException {
        StructType schema = new StructType().add("article_id", DataTypes.StringType)
                .add("month", DataTypes.DateType).add("sentence", DataTypes.StringType);
        List<Row> rows = List.of(
                RowFactory.create("a", java.sql.Date.valueOf(LocalDate.of(2020, 2, 1)), "Two soldiers were killed."),
                RowFactory.create("b", java.sql.Date.valueOf(LocalDate.of(2020, 3, 1)), "114 targets were struck."),
                RowFactory.create("c", java.sql.Date.valueOf(LocalDate.of(2020, 2, 1)), "Nearly a million fled."));
        String table = tmp.resolve("facts").toString();
        spark.createDataFrame(rows, schema).write().partitionBy("month").parquet(table);

        Path plain = tmp.resolve("plain");
        assertEquals(3, TableRewrite.run(spark, table, plain.toString(), false));
        Path byMonth = tmp.resolve("by-month");
        assertEquals(3, TableRewrite.run(spark, table, byMonth.toString(), true));
        assertEquals(List.of("month=2020-02-01", "month=2020-03-01"), folders(byMonth));
        assertFalse(folders(plain).stream().anyMatch(f -> f.startsWith("month=")), "month is a column there");
        for (Path out : List.of(plain, byMonth)) {
            assertTrue(spark.read().parquet(out.toString()).select("article_id", "month", "sentence")
                    .exceptAll(spark.read().parquet(table).select("article_id", "month", "sentence")).isEmpty(), out.toString());
        }
    }

    private static List<String> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
