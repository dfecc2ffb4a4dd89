package org.conflicttally.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Article ids must be unique: facts, articles and counts key on them. The first record of an id (by input
 * path, then position) stays an article; later ones become rejects naming the first.
 *
 * <p>Only the keys travel: the ids, inputs and positions of the articles are shuffled to find the later
 * records of each id (a few bytes a record), and those (normally few) are joined back to the records by
 * broadcast, so the article texts never leave the task that read them. A corpus with more than
 * {@value #BROADCAST_LIMIT} duplicates is marked the plain way, by a window over the whole records.
 */
final class DuplicateArticles {
    /** Most later records joined back by broadcast (a few hundred bytes each on the driver and every executor). */
    static final int BROADCAST_LIMIT = 100_000;

    private static final String DUP_INPUT = "dup_input";
    private static final String DUP_POSITION = "dup_position";
    private static final String DUP_REASON = "dup_reason";

    private DuplicateArticles() {
    }

    static Dataset<Row> markDuplicates(Dataset<Row> records) {
        WindowSpec byId = Window.partitionBy(col(Records.ARTICLE_ID)).orderBy(col(Records.INPUT), col(Records.POSITION));
        Dataset<Row> later = records.filter(col(Records.REASON).isNull())
                .select(col(Records.ARTICLE_ID), col(Records.INPUT), col(Records.POSITION))
                .withColumn("n", row_number().over(byId))
                .withColumn("first_seen", concat_ws(":", first(col(Records.INPUT)).over(byId),
                        first(col(Records.POSITION)).over(byId)))
                .filter(col("n").gt(1))
                .select(col(Records.INPUT).as(DUP_INPUT), col(Records.POSITION).as(DUP_POSITION),
                        reason(col(Records.ARTICLE_ID), col("first_seen")).as(DUP_REASON));
        List<Row> few = later.limit(BROADCAST_LIMIT + 1).collectAsList();
        if (few.size() > BROADCAST_LIMIT) {
            return byWindow(records);
        }
        Dataset<Row> duplicates = records.sparkSession().createDataFrame(few, later.schema());
        Column same = col(Records.INPUT).equalTo(col(DUP_INPUT)).and(col(Records.POSITION).equalTo(col(DUP_POSITION)));
        return records.join(broadcast(duplicates), same, "left")
                .withColumn(Records.REASON, coalesce(col(DUP_REASON), col(Records.REASON)))
                .drop(DUP_INPUT, DUP_POSITION, DUP_REASON);
    }

    /** The same marks by a window over the whole records: shuffles the texts, for corpora of many duplicates. */
    static Dataset<Row> byWindow(Dataset<Row> records) {
        // Rejects have no id: give each its own key so they do not all land in one partition.
        Column key = coalesce(col(Records.ARTICLE_ID),
                concat_ws("#", col(Records.INPUT), col(Records.POSITION).cast("string")));
        WindowSpec byId = Window.partitionBy(key).orderBy(col(Records.INPUT), col(Records.POSITION));
        Column duplicate = col(Records.REASON).isNull().and(row_number().over(byId).gt(1));
        Column firstSeen = concat_ws(":", first(col(Records.INPUT)).over(byId), first(col(Records.POSITION)).over(byId));
        return records.withColumn(Records.REASON, when(duplicate, reason(col(Records.ARTICLE_ID), firstSeen))
                .otherwise(col(Records.REASON)));
    }

    private static Column reason(Column id, Column firstSeen) {
        return concat_ws("", lit("duplicate article id: "), id, lit(" is first at "), firstSeen);
    }
}
