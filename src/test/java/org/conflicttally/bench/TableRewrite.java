package org.conflicttally.bench;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.job.SparkSettings;

/**
 * What writing one of the job's tables costs apart from making it: a table the job wrote is read and written
 * again with the job's table settings (zstd, ...), either as it is or shuffled by month into month folders (as
 * the job writes facts and events). The ratio leaves Spark a quarter over (--no-extract + core) for all the
 * work on facts, events and the monthly tables; this measures one part of that work on its own.
 */
final class TableRewrite {
    private TableRewrite() {
    }

    /** @return rows written */
    static long run(SparkSession spark, String table, String output, boolean byMonth) {
        SparkSettings.configure(spark);   // the job's table settings: zstd, UTC, ...
        Dataset<Row> rows = spark.read().parquet(table);
        DataFrameWriter<Row> writer = byMonth
                ? rows.repartition(col("month")).write().partitionBy("month")
                : rows.write();
        writer.mode(SaveMode.Overwrite).parquet(output);
        return spark.read().parquet(output).count();
    }
}
