package org.conflicttally.facts;

import java.time.LocalDate;
import org.conflicttally.dates.TimeExpression;

/**
 * When a fact happened: the most precise time expression of its sentence (the nearest to the number among
 * equals), else the date of the event the sentence points back to, else the article's reference date.
 * Never after the reference date. A date is stated when the text gives the event's own day, not the day a
 * claim was made or the report's.
 */
final class DateResolver {
    private DateResolver() {
    }

    /** Sets the event date and month of {@code d}; whether it is a running total must be known. */
    static void date(Sentence s, Draft d, ArticleContext ctx) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression e : s.times) {
            int distance = Math.abs(e.from() - d.quantity.from());
            if (best == null || e.granularity().ordinal() < best.granularity().ordinal()
                    || e.granularity() == best.granularity() && distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        if (best != null && best.granularity() != TimeExpression.Granularity.DAY
                && !best.date().isAfter(ctx.reference) && best.date().plusMonths(1).isAfter(ctx.reference)) {
            best = null; // "this month": the month of the reference date, dated by it
        }
        if (best != null && d.cumulative && !(best.granularity() == TimeExpression.Granularity.MONTH && s.times.size() == 1
                && s.firstCue(Cue.CUMULATIVE) >= s.to && (best.from() == s.from || s.is(best.from() - 1, WordClass.TALLY_MONTH)))) {
            // a running total is dated by the report, not by when the count began ("since December"); a
            // month's tally takes its month ("during April", "last month")
            best = null;
        }
        int recent = s.nearestCue(Cue.RECENT_DAYS, d.quantity.from());
        boolean lastDays = recent >= 0 && (best == null
                || Math.abs(recent - d.quantity.from()) < Math.abs(best.from() - d.quantity.from()));
        if (lastDays) {
            best = null; // "29 strikes in the past four days": the days before the report, not "since 21 May"
        }
        LocalDate date;
        if (best != null) {
            date = best.date();
            // "killed more than 1400 people, Human Rights Watch said on Tuesday": the day of the claim
            d.dateStated = s.cueEndingAt(Cue.CLAIM_AFTER, best.from()) < 0;
        } else if (!d.cumulative && !lastDays && s.refersBack() && ctx.lastEventDate != null) {
            date = ctx.lastEventDate;
            d.dateStated = true;
        } else {
            date = ctx.reference;
        }
        if (date.isAfter(ctx.reference)) {
            date = ctx.reference;
        }
        d.eventDate = date;
        d.month = date.withDayOfMonth(1);
    }
}
