package org.conflicttally.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code running_totals} table: cumulative facts ("bringing the toll this month to 19") per month, type,
 * actor, target and location, with the latest and the highest total and the articles they came from. They
 * are never summed into the monthly tables; this table is there to cross-check those sums against.
 */
final class RunningTotals {
    private RunningTotals() {
    }

    static Dataset<Row> table(Dataset<Row> facts) {
        Column value = coalesce(col("value_best"), col("value_low"), col("value_high"));
        // Orders that end in the fact's unique (article_id, fact_index): max_by is deterministic.
        Column latest = struct(col("published"), value, col("article_id"), col("fact_index"));
        Column highest = struct(value, col("published"), col("article_id"), col("fact_index"));
        return facts.filter(col("cumulative"))
                .groupBy("month", "type", "actor", "target", "location")
                .agg(max("category").as("category"),
                        max("actor_name").as("actor_name"),
                        max("target_name").as("target_name"),
                        count(lit(1)).as("reports"),
                        // The articles of one total are few: a set of them keeps this one aggregation, where
                        // countDistinct would add an Expand and a second shuffle.
                        size(collect_set(col("article_id"))).cast("long").as("articles"),
                        max_by(value, latest).as("latest_value"),
                        max_by(col("qualifier"), latest).as("latest_qualifier"),
                        max(col("published")).as("latest_published"),
                        max_by(col("article_id"), latest).as("latest_article_id"),
                        max(value).as("highest_value"),
                        max_by(col("article_id"), highest).as("highest_article_id"));
    }
}
