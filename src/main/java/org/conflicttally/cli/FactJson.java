package org.conflicttally.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.conflicttally.facts.Fact;

/** A fact as a JSON object with the facts table's column names, in the table's order. */
public final class FactJson {
    private FactJson() {
    }

    public static Map<String, Object> toMap(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", f.articleId());
        m.put("fact_index", f.factIndex());
        m.put("category", f.category());
        m.put("type", f.type());
        m.put("value_low", f.valueLow());
        m.put("value_best", f.valueBest());
        m.put("value_high", f.valueHigh());
        m.put("qualifier", f.qualifier());
        m.put("cumulative", f.cumulative());
        m.put("actor", f.actor());
        m.put("actor_name", f.actorName());
        m.put("target", f.target());
        m.put("target_name", f.targetName());
        m.put("location", f.location());
        m.put("country", f.geo().country());
        m.put("admin1", f.geo().admin1());
        m.put("place", f.geo().place());
        m.put("geonames_id", f.geo().geonamesId());
        m.put("latitude", f.geo().latitude());
        m.put("longitude", f.geo().longitude());
        m.put("place_precision", f.geo().precision());
        m.put("event_date", f.eventDate() == null ? null : f.eventDate().toString());
        m.put("month", f.month() == null ? null : f.month().toString().substring(0, 7));
        m.put("claimed_by", f.claimedBy());
        m.put("sentence", f.sentence());
        m.put("char_start", f.charStart());
        m.put("char_end", f.charEnd());
        m.put("published", f.published() == null ? null : f.published().toString());
        m.put("source", f.source());
        m.put("extractor_version", f.extractorVersion());
        return m;
    }
}
