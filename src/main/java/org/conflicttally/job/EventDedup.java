package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Facts to events: several reports of one event (in one article or across articles) count once. This is
 * the place where cross-article matching grows (fuzzy places, nearby dates); today two non-cumulative facts
 * are the same event when they agree on every column of {@link #EVENT_KEY}.
 *
 * <p>Figures are reconciled per event: {@code value_low} is the highest low and {@code value_high} the
 * highest high of its reports (nulls, "no bound", ignored); {@code value_best} is the best of the most
 * specific report that gives one ({@link #SPECIFICITY}). Cumulative facts (running totals) are not
 * events: summing them would count the same dead again.
 */
final class EventDedup {
    /** What makes two facts one event. */
    static final List<String> EVENT_KEY =
            List.of("type", "actor", "target", "location", "event_date", "value_best");

    /** Higher is more specific: an exact count beats a bounded one, which beats "hundreds". */
    static final Map<String, Integer> SPECIFICITY = Map.of(
            "exact", 3, "at_least", 2, "at_most", 2, "about", 2, "range", 2, "vague", 1);

    private EventDedup() {
    }

    /**
     * @return one row per event: the key columns, category, month, actor_name, target_name, value_low,
     *         value_best, value_high, reports (facts behind it) and article_ids
     */
    static Dataset<Row> events(Dataset<Row> facts) {
        // category and month follow from type and event_date; grouping by them keeps them as columns.
        Column[] groupBy = Stream.concat(EVENT_KEY.stream(), Stream.of("category", "month"))
                .map(functions::col).toArray(Column[]::new);
        // max_by picks the report with the greatest (has a best, specificity, best): deterministic, since
        // reports that tie on all three carry the same best.
        Column preference = struct(col("value_best").isNotNull(), specificity(), col("value_best"));
        return facts.filter(not(col("cumulative")))
                .groupBy(groupBy)
                .agg(max("actor_name").as("actor_name"),
                        max("target_name").as("target_name"),
                        max("value_low").as("value_low"),
                        max_by(col("value_best"), preference).as("value_best_reconciled"),
                        max("value_high").as("value_high"),
                        count(lit(1)).as("reports"),
                        collect_set("article_id").as("article_ids"))
                // The key's value_best is the grouping value; the reconciled one replaces it (they differ only
                // once the key stops including value_best).
                .drop("value_best")
                .withColumnRenamed("value_best_reconciled", "value_best");
    }

    private static Column specificity() {
        Column rank = lit(0);
        for (Map.Entry<String, Integer> e : SPECIFICITY.entrySet()) {
            rank = when(col("qualifier").equalTo(e.getKey()), e.getValue()).otherwise(rank);
        }
        return rank;
    }
}
