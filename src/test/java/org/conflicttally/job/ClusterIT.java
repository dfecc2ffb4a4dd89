package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The job as users run it on a cluster: scripts/cluster starts a Spark standalone master and worker on
 * 127.0.0.1, scripts/spark-submit sends the shaded jar to spark://127.0.0.1:7077 on seeds/, and the tables
 * must equal those of a local-mode run of the same command. The cluster is stopped even when a step fails.
 */
@Tag("cluster")
class ClusterIT {
    static final String MASTER = "spark://127.0.0.1:" + ClusterTurn.PORT;

    @Test
    void tablesFromTheStandaloneClusterEqualTheLocalModeTables() throws Exception {
        SeedRuns.Run local = SeedRuns.seeds();
        Path clustered = Scripts.IT.resolve("cluster-seeds");
        try (ClusterTurn turn = ClusterTurn.await(Duration.ofMinutes(15))) {
            // A cluster the developer started is used as it is and left running.
            boolean ours = Scripts.run(Duration.ofMinutes(1), "cluster", "status").exitCode() == 3;
            try {
                if (ours) {
                    Scripts.run(Duration.ofMinutes(4), "cluster", "start").assertSuccess();
                }
                Scripts.Result submitted = Scripts.submit(Duration.ofMinutes(10), MASTER, "seeds",
                        "--output", clustered.toString()).assertSuccess();
                assertTrue(submitted.stdout().contains("[ok]"), submitted.describe());
            } finally {
                if (ours) {
                    Scripts.Result stopped = Scripts.run(Duration.ofMinutes(2), "cluster", "stop");
                    Scripts.Result status = Scripts.run(Duration.ofMinutes(1), "cluster", "status");
                    assertEquals(0, stopped.exitCode(), stopped.describe());
                    assertEquals(3, status.exitCode(), "the cluster still runs after stop:\n" + status.describe());
                }
            }
        }
        long start = System.nanoTime();
        assertSameSummary(local.output(), clustered);
        assertSameTables(local.output(), clustered);
        System.out.printf("tables of the cluster and the local run compared in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    /** summary.json: the same counts; only the timings and the output folder differ. */
    private static void assertSameSummary(Path local, Path clustered) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode a = (ObjectNode) json.readTree(local.resolve(TableWriter.SUMMARY).toFile());
        ObjectNode b = (ObjectNode) json.readTree(clustered.resolve(TableWriter.SUMMARY).toFile());
        for (ObjectNode summary : new ObjectNode[] {a, b}) {
            summary.remove("seconds");
            summary.remove("output");
        }
        assertEquals(a, b, "summary.json of the local and the cluster run");
    }

    private static void assertSameTables(Path local, Path clustered) {
        SparkSession spark = SparkSession.builder().appName("cluster-it-compare").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        try {
            for (OutputSchema.Table t : OutputSchema.load().tables()) {
                Dataset<Row> a = spark.read().parquet(local.resolve(t.name()).toString());
                Dataset<Row> b = spark.read().parquet(clustered.resolve(t.name()).toString());
                assertEquals(Arrays.asList(a.columns()), Arrays.asList(b.columns()), t.name());
                assertEquals(a.schema(), b.schema(), t.name());
                assertEquals(a.count(), b.count(), t.name());
                assertEquals(0, a.exceptAll(b).count(), t.name() + ": rows of the local run missing on the cluster");
                assertEquals(0, b.exceptAll(a).count(), t.name() + ": rows of the cluster run missing locally");
            }
        } finally {
            spark.stop();
        }
    }
}
