package org.conflicttally.events;

import java.time.LocalDate;
import java.util.Objects;
import org.conflicttally.places.ResolvedPlace;

/**
 * A non-cumulative fact as event matching sees it: one report of an event by one article.
 *
 * @param low  UCDP low (null: unbounded)
 * @param best UCDP best estimate (null: none, as for "hundreds")
 * @param high UCDP high (null: open-ended, as for "at least 19")
 * @param geo  where it happened in the gazetteer (country, province, place)
 */
public record Report(String articleId, int factIndex, LocalDate published, String category, String type,
                     String actor, String actorName, String target, String targetName, String location,
                     LocalDate eventDate, LocalDate month, Long low, Long best, Long high, String qualifier,
                     ResolvedPlace geo) {

    /** A report with no place in the gazetteer. */
    public Report(String articleId, int factIndex, LocalDate published, String category, String type,
                  String actor, String actorName, String target, String targetName, String location,
                  LocalDate eventDate, LocalDate month, Long low, Long best, Long high, String qualifier) {
        this(articleId, factIndex, published, category, type, actor, actorName, target, targetName, location,
                eventDate, month, low, best, high, qualifier, ResolvedPlace.NONE);
    }

    public Report {
        geo = geo == null ? ResolvedPlace.NONE : geo;
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(month, "month");
    }

    /**
     * What two reports must share to be one event, besides a date within a day and the compatibility of
     * their places, targets and figures: see {@link EventMatcher}.
     */
    public record Block(String type, LocalDate month) {
    }

    /**
     * Whether two reports may name the place of one event: two places of the place lexicon by its parents
     * (a quarter lies in its city), else by the gazetteer: a town, its province and its country are
     * compatible, two towns, provinces or countries are not; a report with no place fits any.
     */
    public boolean samePlace(Report o, PlaceHierarchy places) {
        return location != null && o.location != null ? places.compatible(location, o.location) : geo.compatible(o.geo);
    }

    /** The country of the report's place, the gazetteer's (ISO alpha-3), else the place lexicon's; or null. */
    String country(PlaceHierarchy places) {
        return geo.country() != null ? geo.country() : places.country(location);
    }

    public Block block() {
        return new Block(type, month);
    }

    /** "article_id#fact_index": the fact in the {@code facts} table. */
    public String ref() {
        return articleId + "#" + factIndex;
    }

    /** The figure that stands for the report when pairing it with another: best, else low, else high. */
    Long figure() {
        return best != null ? best : low != null ? low : high;
    }
}
