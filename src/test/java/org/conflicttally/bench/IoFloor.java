package org.conflicttally.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's own floor for this corpus: read the JSON Lines with an explicit
 * schema (no inference pass) and write the articles' metadata to Parquet, nothing else. Neither the job's
 * parsers nor its reject accounting run: this is what any Spark job must pay to read the corpus and write one
 * row per article, the reference for the job's own load-and-write time ({@code --no-extract}).
 */
final class IoFloor {
    static final StructType SCHEMA = new StructType()
            .add("id", StringType).add("source", StringType).add("published", StringType)
            .add("title", StringType).add("text", StringType);

    private IoFloor() {
    }

    /** @return articles written */
    static long run(SparkSession spark, String corpus, String output) {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        spark.read().schema(SCHEMA).json(corpus)
                .select(col("id").as("article_id"), col("source"), col("title"),
                        to_date(col("published")).as("published"), length(col("text")).as("chars"))
                .write().mode(SaveMode.Overwrite).parquet(output);
        return spark.read().parquet(output).count();
    }
}
