package org.conflicttally.job;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.conflicttally.facts.Fact;

/**
 * A {@link Fact} as a row of the {@code facts} table. Values are named here and placed in the order of
 * schema.json, so the schema file alone decides the column order; a column missing on either side fails
 * when the adapter is made (on the driver, before any task runs) instead of shifting values into the wrong
 * columns. The order is worked out once: a row is then one array filled in place (millions of facts a run).
 */
final class FactRows implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Each column's value, by column name. */
    private static final Map<String, Function<Fact, Object>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("article_id", Fact::articleId);
        VALUES.put("fact_index", Fact::factIndex);
        VALUES.put("category", Fact::category);
        VALUES.put("type", Fact::type);
        VALUES.put("value_low", Fact::valueLow);
        VALUES.put("value_best", Fact::valueBest);
        VALUES.put("value_high", Fact::valueHigh);
        VALUES.put("qualifier", Fact::qualifier);
        VALUES.put("cumulative", Fact::cumulative);
        VALUES.put("actor", Fact::actor);
        VALUES.put("actor_name", Fact::actorName);
        VALUES.put("target", Fact::target);
        VALUES.put("target_name", Fact::targetName);
        VALUES.put("location", Fact::location);
        VALUES.put("country", f -> f.geo().country());
        VALUES.put("admin1", f -> f.geo().admin1());
        VALUES.put("place", f -> f.geo().place());
        VALUES.put("geonames_id", f -> f.geo().geonamesId());
        VALUES.put("latitude", f -> f.geo().latitude());
        VALUES.put("longitude", f -> f.geo().longitude());
        VALUES.put("place_precision", f -> f.geo().precision());
        VALUES.put("event_date", Fact::eventDate);
        VALUES.put("month", Fact::month);
        VALUES.put("claimed_by", Fact::claimedBy);
        VALUES.put("sentence", Fact::sentence);
        VALUES.put("char_start", Fact::charStart);
        VALUES.put("char_end", Fact::charEnd);
        VALUES.put("published", Fact::published);
        VALUES.put("source", Fact::source);
        VALUES.put("extractor_version", Fact::extractorVersion);
    }

    private final List<String> columns;
    /** The value of each column, in schema order (rebuilt from the names after deserialization). */
    private transient Function<Fact, Object>[] ordered;

    FactRows(OutputSchema.Table facts) {
        this.columns = facts.columnNames();
        if (columns.size() != VALUES.size() || !VALUES.keySet().containsAll(columns)) {
            throw new IllegalStateException("FactRows and schema.json disagree on the facts columns: "
                    + VALUES.keySet() + " vs " + columns);
        }
    }

    Row row(Fact f) {
        Function<Fact, Object>[] getters = ordered();
        Object[] values = new Object[getters.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = getters[i].apply(f);
        }
        return RowFactory.create(values);
    }

    @SuppressWarnings("unchecked")
    private Function<Fact, Object>[] ordered() {
        if (ordered == null) {
            ordered = columns.stream().map(VALUES::get).toArray(Function[]::new);
        }
        return ordered;
    }
}
