package org.conflicttally.job;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.conflicttally.facts.Fact;

/**
 * A {@link Fact} as a row of the {@code facts} table. Values are named here and placed in the order of
 * schema.json, so the schema file alone decides the column order; a column missing on either side fails
 * at the first fact instead of shifting values into the wrong columns.
 */
final class FactRows implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> columns;

    FactRows(OutputSchema.Table facts) {
        this.columns = facts.columnNames();
    }

    Row row(Fact f) {
        Map<String, Object> v = new HashMap<>(32);
        v.put("article_id", f.articleId());
        v.put("fact_index", f.factIndex());
        v.put("category", f.category());
        v.put("type", f.type());
        v.put("value_low", f.valueLow());
        v.put("value_best", f.valueBest());
        v.put("value_high", f.valueHigh());
        v.put("qualifier", f.qualifier());
        v.put("cumulative", f.cumulative());
        v.put("actor", f.actor());
        v.put("actor_name", f.actorName());
        v.put("target", f.target());
        v.put("target_name", f.targetName());
        v.put("location", f.location());
        v.put("event_date", f.eventDate());
        v.put("month", f.month());
        v.put("claimed_by", f.claimedBy());
        v.put("sentence", f.sentence());
        v.put("char_start", f.charStart());
        v.put("char_end", f.charEnd());
        v.put("published", f.published());
        v.put("source", f.source());
        v.put("extractor_version", f.extractorVersion());
        if (v.size() != columns.size() || !v.keySet().containsAll(columns)) {
            throw new IllegalStateException("FactRows and schema.json disagree on the facts columns: "
                    + v.keySet() + " vs " + columns);
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = v.get(columns.get(i));
        }
        return RowFactory.create(values);
    }
}
