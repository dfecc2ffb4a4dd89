package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Two output folders of the job hold the same results: summary.json with the same counts (only timings and
 * the output folder differ), and every table of schema.json with the same columns and the same rows (as
 * multisets: file layout and row order may differ). For the integration tests, which compare a cluster run
 * with a local-mode run; they run outside Surefire's shared session, so this starts and stops its own.
 */
final class SameTables {
    private SameTables() {
    }

    static void assertSame(Path expected, Path actual, String what) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode a = (ObjectNode) json.readTree(expected.resolve(TableWriter.SUMMARY).toFile());
        ObjectNode b = (ObjectNode) json.readTree(actual.resolve(TableWriter.SUMMARY).toFile());
        for (ObjectNode summary : new ObjectNode[] {a, b}) {
            summary.remove("seconds");
            summary.remove("output");
        }
        assertEquals(a, b, "summary.json: " + what);

        SparkSession spark = SparkSession.builder().appName("compare-tables").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        try {
            for (OutputSchema.Table t : OutputSchema.load().tables()) {
                Dataset<Row> x = spark.read().parquet(expected.resolve(t.name()).toString());
                Dataset<Row> y = spark.read().parquet(actual.resolve(t.name()).toString());
                assertEquals(Arrays.asList(x.columns()), Arrays.asList(y.columns()), t.name() + ": " + what);
                assertEquals(x.schema(), y.schema(), t.name() + ": " + what);
                assertEquals(x.count(), y.count(), t.name() + ": " + what);
                assertEquals(0, x.exceptAll(y).count(), t.name() + ": rows missing from " + actual + ": " + what);
                assertEquals(0, y.exceptAll(x).count(), t.name() + ": rows only in " + actual + ": " + what);
            }
        } finally {
            spark.stop();
        }
    }
}
