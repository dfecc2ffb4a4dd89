package org.conflicttally.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * How many tasks extract facts. The loader reads whole files, several to a task, and the job keeps the
 * articles in those tasks: moving article texts between tasks costs about as much as reading them. Only a
 * corpus read in fewer tasks than the cluster has cores (one big file, say) is spread out first, so that no
 * core waits.
 */
final class Spread {
    private Spread() {
    }

    static Dataset<Row> forExtraction(Dataset<Row> articles, int inputPartitions, SparkSession spark) {
        int cores = spark.sparkContext().defaultParallelism();
        return inputPartitions >= cores ? articles : articles.repartition(cores);
    }
}
