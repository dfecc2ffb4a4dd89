package org.conflicttally.job;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Events to the monthly tables ({@code casualties_by_actor_month}, ...): one row per month, code, role and
 * type. Every event counts once under its actor (role {@code actor}) and once under its target (role
 * {@code target}); a missing code counts under {@value #UNKNOWN_CODE} so each role's rows add up to the
 * month's total.
 *
 * <p>Sums: {@code value_low} adds lows (no low adds 0); {@code value_best} adds bests, or the low where an
 * event has no best ("hundreds" adds 200); {@code value_high} adds highs, or the best (else the low) where an
 * event is open-ended ("at least 19" adds 19), so it is a floor for the upper bound, never null.
 */
final class ActorMonthTables {
    static final String UNKNOWN_CODE = "UNK";
    static final String UNKNOWN_NAME = "unknown";

    private ActorMonthTables() {
    }

    /**
     * The rows of every monthly table at once, with a {@code category} column to split them by: one pass
     * over the events for all three tables. Small (months x codes x types x roles).
     */
    static Dataset<Row> all(Dataset<Row> events) {
        Dataset<Row> byRole = asRole(events, "actor").unionByName(asRole(events, "target"));
        return byRole.groupBy("category", "month", "actor", "role", "type")
                .agg(max("actor_name").as("actor_name"),
                        count(lit(1)).as("events"),
                        sum("reports").as("reports"),
                        size(array_distinct(flatten(collect_list("article_ids")))).cast("long").as("articles"),
                        sum(coalesce(col("value_low"), lit(0L))).as("value_low"),
                        sum(coalesce(col("value_best"), col("value_low"))).as("value_best"),
                        sum(coalesce(col("value_high"), col("value_best"), col("value_low"))).as("value_high"));
    }

    /** One monthly table: the rows of {@link #all} of one fact category. */
    static Dataset<Row> table(Dataset<Row> all, String category) {
        return all.filter(col("category").equalTo(category)).drop("category");
    }

    /** The events with the code of one role in the {@code actor} column. */
    private static Dataset<Row> asRole(Dataset<Row> events, String role) {
        Column known = col(role).isNotNull();
        return events.select(col("category"), col("month"), col("type"), lit(role).as("role"),
                coalesce(col(role), lit(UNKNOWN_CODE)).as("actor"),
                when(known, col(role + "_name")).otherwise(lit(UNKNOWN_NAME)).as("actor_name"),
                col("reports"), col("article_ids"), col("value_low"), col("value_best"), col("value_high"));
    }
}
