package org.conflicttally.facts;

import org.conflicttally.numbers.Quantity;

/**
 * Whether a fact is a running total or a stock ("the toll rose to 70 so far", "hosts 3.6 million refugees",
 * "the war has killed 400,000") rather than the count of one event: such figures are kept but never summed.
 */
final class RunningTotalResolver {
    /** Casualty figures from this size up are tolls of a war or a campaign, never of one event. */
    private static final long WAR_SCALE = 10_000;
    /** Displacement figures from this size up are a stock of people, unless a verb tells them moving. */
    private static final long DISPLACED_STOCK = 1000;

    private RunningTotalResolver() {
    }

    static void decide(Sentence s, Draft d) {
        if (d.type.equals("refugees") && !s.dayTime()) {
            d.cumulative = true;
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
        if (s.firstCue(Cue.CUMULATIVE) < s.to
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
        // "have been killed" with a hedged number and no single event named: a total so far
        if (perfectTense(s, d) && !Quantity.EXACT.equals(d.qualifier) && s.firstCue(Cue.SINGLE_EVENT) >= s.to) {
            d.cumulative = true;
            return;
        }
        // "1.5 million displaced": a large number of displaced people is a stock, unless a verb in the simple
        // past tells them leaving ("18000 civilians left", "fled") or they were evacuated
        if (d.trigger.category().equals("displacement") && d.point() >= DISPLACED_STOCK && !d.type.equals("evacuated")
                && !(d.trigger.form() == Trigger.Form.PREDICATE && !perfectTense(s, d) && !s.is(d.triggerFrom, WordClass.PERFECT))) {
            d.cumulative = true;
        }
    }

    /** "have been killed", "has killed", "had been killed": the auxiliaries right before the trigger. */
    private static boolean perfectTense(Sentence s, Draft d) {
        for (int i = Math.max(s.from, d.triggerFrom - 4); i < d.triggerFrom; i++) {
            if (s.is(i, WordClass.PERFECT)) {
                return true;
            }
        }
        return false;
    }
}
