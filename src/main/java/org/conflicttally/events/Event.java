package org.conflicttally.events;

import java.time.LocalDate;
import java.util.List;
import org.conflicttally.places.ResolvedPlace;

/**
 * One event: the reports of it, across articles, with their figures reconciled ({@link Reconciliation}).
 *
 * @param eventId   the {@link Report#ref()} of the report the event was seeded with (see {@link EventMatcher})
 * @param eventDate the earliest date its reports give
 * @param qualifier the qualifier of the report that gives {@code best}
 * @param articleIds the distinct articles behind it, sorted
 * @param factRefs  its reports as {@link Report#ref()}, sorted by article id and fact index
 * @param geo       the finest place of its reports in the gazetteer
 */
public record Event(String eventId, String category, String type, String actor, String actorName, String target,
                    String targetName, String location, LocalDate eventDate, LocalDate month, Long low, Long best,
                    Long high, String qualifier, int reports, List<String> articleIds, List<String> factRefs,
                    ResolvedPlace geo) {

    /** An event with no place in the gazetteer. */
    public Event(String eventId, String category, String type, String actor, String actorName, String target,
                 String targetName, String location, LocalDate eventDate, LocalDate month, Long low, Long best,
                 Long high, String qualifier, int reports, List<String> articleIds, List<String> factRefs) {
        this(eventId, category, type, actor, actorName, target, targetName, location, eventDate, month, low, best,
                high, qualifier, reports, articleIds, factRefs, ResolvedPlace.NONE);
    }

    public int articles() {
        return articleIds.size();
    }
}
