package org.conflicttally.facts;

import java.util.List;

/**
 * One article that gives the same distinctive toll twice tells one event twice: "a poison gas attack that
 * killed more than 1400 people, Human Rights Watch said on Tuesday" and, later, "The chemical weapons attack
 * near Damascus on August 21 killed more than 1400 people". A report whose date the text does not state takes
 * the date its twin states, so that the article does not date the event to the day of the report.
 */
final class TwinTolls {
    /** Figures below this are too common to say that two sentences tell one event. */
    static final long DISTINCT = 100;

    private TwinTolls() {
    }

    static void shareDates(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.dateStated || !distinct(d)) {
                continue;
            }
            for (Draft twin : drafts) {
                if (twin != d && twin.dateStated && distinct(twin) && twin.type.equals(d.type)
                        && twin.sameValues(d) && !twin.eventDate.isAfter(d.eventDate)) {
                    d.eventDate = twin.eventDate;
                    d.month = twin.month;
                    break;
                }
            }
        }
    }

    private static boolean distinct(Draft d) {
        return !d.cumulative && !"vague".equals(d.qualifier) && d.point() >= DISTINCT;
    }
}
