package org.conflicttally.facts;

import java.util.List;
import org.conflicttally.numbers.Quantity;

/**
 * Numbers that count part of a figure told just before them, not people of their own: the later items of
 * a subset list ("including eight police officers and ten civilians"), and a part after a comma that says
 * who or how badly ("Eleven people, five of them children, were killed", "15 were injured, one seriously").
 * Such a part is already inside the whole and must not be added to it. Stateless.
 */
final class Parts {
    /** Tokens a subset list may run before one of its items. */
    private static final int LIST_REACH = 12;
    /** Tokens between the whole's noun phrase and its part. */
    private static final int PART_REACH = 12;
    /** Tokens after a part in which a word of severity says how badly: "one in critical condition". */
    private static final int SEVERITY_REACH = 4;

    private Parts() {
    }

    /**
     * "including eight police officers and ten civilians", "including the two attackers": {@code q} is an
     * item of a subset list after its first word.
     */
    static boolean inSubsetList(Sentence s, Quantity q) {
        if (q.from() - 1 < s.from || !s.is(q.from() - 1, WordClass.JOINER) && !s.is(q.from() - 1, WordClass.POSSESSIVE)) {
            return false; // "mostly civilians and forced thousands of families to flee": no item of the list
        }
        for (int i = q.from() - 1; i >= Math.max(s.from, q.from() - LIST_REACH); i--) {
            if (s.triggerAt(i) != null || s.t.isPunct(i) && s.t.firstChar(i) != ',' && s.t.firstChar(i) != '-'
                    || s.is(i, WordClass.PREPOSITION)) {
                return false; // "mostly by the regime and its allies and millions have been displaced": a clause
            }
            if (s.t.rawEquals(i, ",") && s.is(i + 1, WordClass.JOINER) && !s.t.isPunct(i + 1)) {
                return false; // "including a woman and a child, and two others were injured": the list ended
            }
            if (s.cue(Cue.SUBSET, i, q.from()) > i) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Eleven people, five of them children, were killed", "four teenagers were wounded, one of them in
     * critical condition", "The blast injured 22, one seriously": after a comma that follows the last fact
     * of the sentence, a number followed by "of them" or by a word of severity, or inside an apposition that
     * the whole's verb follows, is a part of that fact.
     */
    static boolean ofLast(Sentence s, Quantity q, List<Draft> sofar) {
        if (sofar.isEmpty() || q.from() - 1 < s.from || !s.t.rawEquals(q.from() - 1, ",")) {
            return false;
        }
        Draft last = sofar.get(sofar.size() - 1);
        if (last.npTo > q.from() || q.from() - last.npTo > PART_REACH) {
            return false;
        }
        int k = q.to();
        if (k + 1 < s.to && s.is(k, WordClass.PARTITIVE) && s.is(k + 1, WordClass.PARTITIVE_PRONOUN)) {
            return true;
        }
        if (Asides.apposition(s, q.from() - 1) > q.from() - 1) {
            return true; // "Eight people, seven police officers and the chief, were killed"
        }
        for (int i = k; i < Math.min(s.to, k + SEVERITY_REACH); i++) {
            if (s.is(i, WordClass.SEVERITY)) {
                return true;
            }
            if (s.t.isPunct(i) || s.t.isNumber(i)) {
                return false;
            }
        }
        return false;
    }
}
