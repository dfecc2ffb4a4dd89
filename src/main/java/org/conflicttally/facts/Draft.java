package org.conflicttally.facts;

import java.time.LocalDate;
import org.conflicttally.numbers.Quantity;

/** A fact while it is being read, before de-duplication gives it its index. Mutable, one article only. */
final class Draft {
    String type;
    Quantity quantity;
    Long low;
    Long best;
    Long high;
    String qualifier;
    boolean cumulative;
    String actor;
    boolean actorImplied;
    String target;
    String location;
    /** Where it happened, in the gazetteer: never null once located ({@link org.conflicttally.places.ResolvedPlace#NONE}). */
    org.conflicttally.places.ResolvedPlace geo = org.conflicttally.places.ResolvedPlace.NONE;
    LocalDate eventDate;
    LocalDate month;
    /** Whether the text gives the event's own date (not the report's, not the day of a claim). */
    boolean dateStated;
    String claimedBy;
    int sentenceStart;
    int sentenceEnd;
    int charStart;
    int charEnd;
    boolean headline;
    /** Index of the sentence in the article. */
    int sentence;
    /** Tokens of the counted noun phrase (number included), for attribution and continuation. */
    int npFrom;
    int npTo;
    Trigger trigger;
    int triggerFrom;
    /** Whether the noun phrase is between a toll word and the number. */
    boolean tollNp;

    Draft(String type, Trigger trigger, Quantity q) {
        this.type = type;
        this.trigger = trigger;
        this.quantity = q;
        this.low = q.low();
        this.best = q.best();
        this.high = q.high();
        this.qualifier = q.qualifier();
    }

    long point() {
        return best != null ? best : low != null ? low : high;
    }

    boolean sameValues(Draft o) {
        return java.util.Objects.equals(low, o.low) && java.util.Objects.equals(best, o.best)
                && java.util.Objects.equals(high, o.high);
    }
}
