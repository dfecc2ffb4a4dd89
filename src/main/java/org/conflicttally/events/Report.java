package org.conflicttally.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A non-cumulative fact as event matching sees it: one report of an event by one article.
 *
 * @param low  UCDP low (null: unbounded)
 * @param best UCDP best estimate (null: none, as for "hundreds")
 * @param high UCDP high (null: open-ended, as for "at least 19")
 */
public record Report(String articleId, int factIndex, LocalDate published, String category, String type,
                     String actor, String actorName, String target, String targetName, String location,
                     LocalDate eventDate, LocalDate month, Long low, Long best, Long high, String qualifier) {

    public Report {
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
