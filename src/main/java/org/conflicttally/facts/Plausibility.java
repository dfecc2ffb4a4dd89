package org.conflicttally.facts;

/**
 * The largest figure one report may give before it is taken for an error rather than a count. The caps
 * are far above any real figure (the whole Syrian war displaced about 13 million people; the deadliest
 * wars since 1945 killed a few million) and far below a typo's or a parser's garbage.
 */
final class Plausibility {
    /** People killed, injured, displaced, ... in one fact: above the population of most countries. */
    static final long PEOPLE = 50_000_000L;
    /** Attacks, targets, seizures, arrests in one fact. */
    static final long INCIDENTS = 1_000_000L;

    private Plausibility() {
    }

    static long cap(String category) {
        return "incident".equals(category) ? INCIDENTS : PEOPLE;
    }
}
