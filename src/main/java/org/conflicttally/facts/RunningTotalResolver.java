package org.conflicttally.facts;

import org.conflicttally.numbers.Quantity;

/**
 * Whether a fact is a running total or a stock ("the toll rose to 70 so far", "hosts 3.6 million refugees",
 * "the war has killed 400,000") rather than the count of one event: such figures are kept but never summed.
 */
final class RunningTotalResolver {
    /** Casualty figures from this size up are tolls of a war or a campaign, never of one event. */
    private static final long WAR_SCALE = 10_000;
    /** Casualty figures from this size up with no one event named sum many events. */
    private static final long MASS_SCALE = 1000;
    /** A casualty figure from this size up dated by a month and no day, no one event named, is a month's tally. */
    private static final long MONTH_TALLY = 100;
    /** Vague casualty figures from this size up ("thousands") sum a period, unless one event is named. */
    private static final long THOUSANDS = 2000;
    /** Displacement figures from this size up are a stock of people, unless a verb tells them moving. */
    private static final long DISPLACED_STOCK = 1000;

    private RunningTotalResolver() {
    }

    /**
     * Decides {@code d.cumulative}. A running total's cue after a comparison ("the deadliest attack in the
     * country since 27 January") dates the comparison, not the figure.
     */
    static void decide(Sentence s, Draft d, ArticleContext ctx) {
        if (d.type.equals("refugees") && !s.dayTime()) {
            d.cumulative = true;
            return;
        }
        if (recalled(s, ctx) || undatedNamedEvent(s, d.quantity.from())) {
            // "sarin was used in Ghouta in 2013. The US accused Damascus of that attack which killed 1429": a
            // past event of unknown month, counted by its own reports; kept, never summed into this month
            d.cumulative = true;
            return;
        }
        if (population(s, d)) {
            d.cumulative = true; // "several thousand refugees had been stuck": people counted, not a movement
            return;
        }
        int recent = s.nearestCue(Cue.RECENT_DAYS, d.quantity.from());
        if (recent >= 0) {
            // "killed in the past few days": one offensive's toll, not a running total -- unless a running
            // total's cue stands nearer the number: "325 raids since 21 May including 29 in the past four days"
            int total = s.nearestCue(Cue.CUMULATIVE, d.quantity.from());
            if (total < 0 || Math.abs(recent - d.quantity.from()) <= Math.abs(total - d.quantity.from())) {
                return;
            }
        }
        if (s.firstCue(Cue.CUMULATIVE) < s.firstCue(Cue.COMPARISON) || period(s)
                || s.firstCue(Cue.STOCK) < s.to && d.trigger.category().equals("displacement")) {
            d.cumulative = true;
            return;
        }
        if (s.dayTime()) {
            return;
        }
        if (s.firstCue(Cue.WAR) < d.triggerFrom) {
            d.cumulative = true;
            return;
        }
        if (d.trigger.category().equals("casualty") && d.point() >= WAR_SCALE) {
            d.cumulative = true; // tens of thousands dead is a war's toll, not one event's
            return;
        }
        boolean oneEvent = s.firstCue(Cue.SINGLE_EVENT) < s.to;
        if (d.trigger.category().equals("casualty") && d.point() >= MASS_SCALE && !oneEvent) {
            d.cumulative = true; // "rebel fire on regime-held areas killed 1102": a thousand dead and no one attack
            return;
        }
        if (d.trigger.category().equals("casualty") && d.point() >= MONTH_TALLY && !oneEvent && monthNamed(s)) {
            d.cumulative = true; // "last month nearly 1200 civilians were killed": a month's tally
            return;
        }
        if (d.trigger.category().equals("casualty") && Quantity.VAGUE.equals(d.qualifier) && d.point() >= THOUSANDS
                && s.firstCue(Cue.SINGLE_EVENT) >= s.to) {
            d.cumulative = true; // "thousands more civilians killed": a period's toll, unless one attack is named
            return;
        }
        // "have been killed" with a hedged number and no single event named: a total so far
        if (perfectTense(s, d) && !Quantity.EXACT.equals(d.qualifier) && s.firstCue(Cue.SINGLE_EVENT) >= s.to) {
            d.cumulative = true;
            return;
        }
        // "1.5 million displaced": a large number of displaced people is a stock, unless a verb in the simple
        // past tells them leaving ("18000 civilians left", "fled") or they were evacuated
        if (d.trigger.category().equals("displacement") && d.point() >= DISPLACED_STOCK && !d.type.equals("evacuated")
                && !(d.trigger.form() == Trigger.Form.PREDICATE && !perfectBefore(s, Math.min(d.npFrom, d.triggerFrom))
                && !s.is(d.triggerFrom, WordClass.PERFECT))) {
            d.cumulative = true;
        }
    }

    /**
     * Whether the sentence names a whole month ("last month", "during April") and no day: not the month of a
     * span of days ("between 21 and 26 of September").
     */
    private static boolean monthNamed(Sentence s) {
        if (s.dayTime()) {
            return false;
        }
        for (org.conflicttally.dates.TimeExpression e : s.times) {
            boolean days = false;
            for (int k = Math.max(s.from, e.from() - 3); k < e.from(); k++) {
                days |= s.t.isNumber(k);
            }
            if (e.granularity() == org.conflicttally.dates.TimeExpression.Granularity.MONTH && !days) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure of a past year: its sentence names only years before the article's ("in 2015 alone 500 were
     * killed"), or it points back ("that attack") to an event the sentence before placed in such a year.
     */
    private static boolean recalled(Sentence s, ArticleContext ctx) {
        if (s.times.isEmpty()) {
            return s.pastYearNamed() || s.index - ctx.recalledYearSentence == 1 && s.refersBack();
        }
        for (org.conflicttally.dates.TimeExpression e : s.times) {
            if (e.granularity() != org.conflicttally.dates.TimeExpression.Granularity.YEAR
                    || e.date().getYear() >= ctx.reference.getYear()) {
                return false;
            }
        }
        return s.firstCue(Cue.EVENT) < s.to;
    }

    /**
     * "blamed France for the Ghouta Massacre that claimed the lives of over 1127 civilians": an event known by
     * its name (the definite article, a capitalised name, a capitalised event noun) is a past one that the
     * article recalls; undated, its figure is not this month's. Headlines capitalise every word: not there.
     */
    private static boolean undatedNamedEvent(Sentence s, int number) {
        int name = namedEventBefore(s, number);
        if (name < 0) {
            return false;
        }
        for (org.conflicttally.dates.TimeExpression e : s.times) {
            if (e.from() > name) {
                return false; // "the Ghouta Massacre of August 21 2013 killed 1400": dated by its own day
            }
        }
        return true; // a day before the name is another clause's: "who on Monday blamed France for"
    }

    /** Where the name of a named event before {@code number} starts, or -1. */
    private static int namedEventBefore(Sentence s, int number) {
        if (s.headline) {
            return -1;
        }
        for (int i = s.from + 1; i < number; i++) {
            if (s.cue(Cue.EVENT, i, number) <= i || !Character.isUpperCase(s.t.firstChar(i))) {
                continue;
            }
            int name = i;
            while (name - 1 > s.from && s.t.isWord(name - 1) && Character.isUpperCase(s.t.firstChar(name - 1))
                    && !s.is(name - 1, WordClass.DEFINITE)) {
                name--;
            }
            if (name < i && name - 1 >= s.from && s.is(name - 1, WordClass.DEFINITE)) {
                return name;
            }
        }
        return -1;
    }

    /**
     * "2220 evacuees were blocked", "thousands of refugees had been stuck": a thousand or more people named by
     * a displacement noun, and no verb of leaving in the sentence, are a population, not a movement.
     */
    private static boolean population(Sentence s, Draft d) {
        if (!d.trigger.category().equals("displacement") || d.trigger.form() != Trigger.Form.NOUN || d.point() < DISPLACED_STOCK) {
            return false;
        }
        for (org.conflicttally.lexicon.PhraseTrie.Match<Trigger> tr : s.triggers) {
            for (Trigger g : tr.values()) {
                if (g.category().equals("displacement") && g.form() != Trigger.Form.NOUN) {
                    return false;
                }
            }
        }
        return s.firstCue(Cue.DEPARTURE) >= s.to;
    }

    /**
     * "from March 2011 to June 2016", "between May 2011 and August 2013": two times a month or more apart,
     * joined as the ends of one period. A figure of such a period sums many events.
     */
    private static boolean period(Sentence s) {
        for (int a = 0; a + 1 < s.times.size(); a++) {
            org.conflicttally.dates.TimeExpression first = s.times.get(a);
            org.conflicttally.dates.TimeExpression last = s.times.get(a + 1);
            if (s.cue(Cue.SPAN_JOINER, first.to(), last.from() + 1) == last.from()
                    && !last.date().isBefore(first.date().plusDays(28))) {
                return true;
            }
        }
        return false;
    }

    /** "have been killed", "has killed", "had been killed": the auxiliaries right before the trigger. */
    private static boolean perfectTense(Sentence s, Draft d) {
        return perfectBefore(s, d.triggerFrom);
    }

    /** A perfect auxiliary in the four tokens before {@code k}: "has prompted some 186000 residents to flee". */
    private static boolean perfectBefore(Sentence s, int k) {
        for (int i = Math.max(s.from, k - 4); i < k; i++) {
            if (s.is(i, WordClass.PERFECT)) {
                return true;
            }
        }
        return false;
    }
}
