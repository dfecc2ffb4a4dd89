package org.conflicttally.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Article ids must be unique: facts, articles and counts key on them. The first record of an id (by input
 * path, then position) stays an article; later ones become rejects naming the first. This step also
 * spreads articles over partitions by id, which is what gives fact extraction its parallelism whatever
 * the layout of the input files.
 */
final class DuplicateArticles {
    private DuplicateArticles() {
    }

    static Dataset<Row> markDuplicates(Dataset<Row> records) {
        // Rejects have no id: give each its own key so they do not all land in one partition.
        Column key = coalesce(col(Records.ARTICLE_ID),
                concat_ws("#", col(Records.INPUT), col(Records.POSITION).cast("string")));
        WindowSpec byId = Window.partitionBy(key).orderBy(col(Records.INPUT), col(Records.POSITION));
        Column duplicate = col(Records.REASON).isNull().and(row_number().over(byId).gt(1));
        Column firstSeen = concat_ws(":", first(col(Records.INPUT)).over(byId), first(col(Records.POSITION)).over(byId));
        return records.withColumn(Records.REASON, when(duplicate,
                        concat_ws("", lit("duplicate article id: "), col(Records.ARTICLE_ID),
                                lit(" is first at "), firstSeen))
                .otherwise(col(Records.REASON)));
    }
}
