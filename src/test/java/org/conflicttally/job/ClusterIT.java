package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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
        SameTables.assertSame(local.output(), clustered, "the local run and the cluster run");
        System.out.printf("tables of the cluster and the local run compared in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }
}
