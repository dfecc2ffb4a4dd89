package org.conflicttally.facts;

/**
 * Numbers of what has not happened: plans, forecasts, threats and hypotheses ("the evacuation is set to see
 * more than 30000 people evacuated", "we will prepare a thousand rockets", "an attack that could kill
 * hundreds"). An irrealis cue (cues.tsv) shortly before the number or its verb, in the same clause, makes
 * the figure no fact.
 */
final class Irrealis {
    /** How far before the number or its verb a cue still governs it: "is set to see more than 30000". */
    private static final int REACH = 6;

    private Irrealis() {
    }

    static boolean governs(Sentence s, Draft d) {
        int start = Math.min(d.npFrom, d.triggerFrom);
        for (int i = Math.max(s.from, start - REACH); i < start; i++) {
            int end = s.cue(Cue.IRREALIS, i, start);
            if (end > i && clauseRunsOn(s, end, start)) {
                return true;
            }
        }
        return false;
    }

    /** No punctuation between the cue and the number: "Officials will meet; 5 were killed" is two clauses. */
    private static boolean clauseRunsOn(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.t.isPunct(k) && s.t.firstChar(k) != '-') {
                return false;
            }
        }
        return true;
    }
}
