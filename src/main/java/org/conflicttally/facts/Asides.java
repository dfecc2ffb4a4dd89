package org.conflicttally.facts;

import org.conflicttally.lexicon.PhraseTrie;

/**
 * Where a clause resumes after words that stand between a counted noun and its verb: a subset ("13 people
 * including six children were killed"), a short prepositional phrase ("38 fighters from both sides were
 * killed"), an apposition between commas ("Eleven people, five of them children, were killed") or a second
 * noun phrase that shares the verb ("four soldiers and a police officer were killed"). Stateless.
 */
final class Asides {
    /** Tokens a subset or a prepositional phrase may span before its verb. */
    private static final int ASIDE_REACH = 12;
    /** Tokens an apposition or a second noun phrase may span. */
    private static final int APPOSITION_REACH = 11;
    /** Tokens of a first verb phrase before "and" and the verb that counts. */
    private static final int SECOND_VERB_REACH = 7;

    private Asides() {
    }

    /** Where the clause resumes after the aside starting at {@code k}: {@code k} when there is none, or no verb after it. */
    static int resume(Sentence s, int k) {
        int to = s.to;
        if (s.t.rawEquals(k, ",") && k + 1 < to && s.cue(Cue.SUBSET, k + 1, to) > k + 1) {
            k++; // "25 people, including the bomber, were killed"
        }
        boolean subset = s.cue(Cue.SUBSET, k, to) > k;
        if (s.t.rawEquals(k, "(")) {
            return parenthesis(s, k);
        }
        if (!subset && k > s.from && s.cue(Cue.AUX, k - 1, to) == k && s.triggerAt(k) == null) {
            return secondVerb(s, k); // "Fourteen quarry workers were ambushed and killed"
        }
        if (!subset && participle(s, k)) {
            return sharedVerb(s, k); // "Eight police personnel manning a check-post have been killed"
        }
        if (!subset && s.t.rawEquals(k, ",")) {
            return apposition(s, k);
        }
        if (!subset && s.is(k, WordClass.JOINER) && !s.t.isPunct(k)) {
            return sharedVerb(s, k);
        }
        if (!subset && !s.is(k, WordClass.ASIDE_PREPOSITION)) {
            return k;
        }
        for (int i = k + 1; i < Math.min(to, k + ASIDE_REACH); i++) {
            if (s.t.isPunct(i) && !inPhrase(s.t.firstChar(i)) || !subset && s.t.isNumber(i)) {
                return k;
            }
            if (s.cue(Cue.AUX, i, to) > i) {
                return i;
            }
            PhraseTrie.Match<Trigger> tr = s.triggerAt(i);
            if (tr != null && !subset) {
                return k; // "dozens in areas held by": without an auxiliary the verb may be a modifier
            }
            if (tr != null && s.t.isNumber(i - 1)) {
                i = tr.to() - 1; // "including 47 wounded": the part's own verb, not the clause's
                continue;
            }
            if (tr != null && passive(tr)) {
                return i;
            }
        }
        return k;
    }

    /** Punctuation inside a phrase: "US-led", "parties, groups", "(ISAF)". */
    private static boolean inPhrase(char c) {
        return c == '-' || c == ',' || c == '(' || c == ')';
    }

    /**
     * "Eleven people, five of them children, were killed", "13 people, all civilians, were killed": after
     * the comma at {@code k}, a closing comma and then the verb (an auxiliary or a verb that follows its
     * subject). Returns the token after the closing comma, or {@code k}.
     */
    static int apposition(Sentence s, int k) {
        for (int i = k + 1; i < Math.min(s.to, k + APPOSITION_REACH); i++) {
            if (s.triggerAt(i) != null) {
                return k;
            }
            if (s.t.rawEquals(i, ",")) {
                return i > k + 1 && verbAt(s, i + 1) ? i + 1 : k;
            }
            if (s.t.isPunct(i) && !inPhrase(s.t.firstChar(i))) {
                return k;
            }
        }
        return k;
    }

    /**
     * "four soldiers and a police officer were killed", "13 JNIM militants and 7 ISGS militants were
     * killed": after "and" at {@code k}, a second noun phrase and then the verb both share. Returns where
     * the verb starts, or {@code k}.
     */
    private static int sharedVerb(Sentence s, int k) {
        for (int i = k + 1; i < Math.min(s.to, k + APPOSITION_REACH); i++) {
            if (verbAt(s, i)) {
                return i > k + 1 ? i : k;
            }
            if (s.triggerAt(i) != null || s.t.isPunct(i) && !inPhrase(s.t.firstChar(i)) || s.t.rawEquals(i, ",")) {
                return k;
            }
        }
        return k;
    }

    /** "Three civilians (including a child) were shot dead": after the closing parenthesis, the verb. */
    private static int parenthesis(Sentence s, int k) {
        for (int i = k + 1; i < Math.min(s.to, k + APPOSITION_REACH); i++) {
            if (s.t.rawEquals(i, ")")) {
                return verbAt(s, i + 1) ? i + 1 : k;
            }
        }
        return k;
    }

    /** A present participle that opens a phrase describing the counted people: "manning", "fighting". */
    private static boolean participle(Sentence s, int k) {
        if (!s.t.isWord(k) || s.t.capitalized(k) || s.triggerAt(k) != null || s.t.end(k) - s.t.start(k) < 5) {
            return false;
        }
        return s.t.text().startsWith("ing", s.t.end(k) - 3);
    }

    /**
     * "were ambushed and killed", "were dragged from their car and killed": after an auxiliary, a verb of
     * no fact and then "and" with the verb that counts. Returns where that verb starts, or {@code k}.
     */
    private static int secondVerb(Sentence s, int k) {
        for (int i = k + 1; i < Math.min(s.to, k + SECOND_VERB_REACH); i++) {
            if (s.triggerAt(i) != null || s.t.isPunct(i) || s.t.isNumber(i)) {
                return k;
            }
            if (s.is(i, WordClass.JOINER) && verbAt(s, i + 1)) {
                return i + 1;
            }
        }
        return k;
    }

    /** Whether an auxiliary or a verb that follows its subject starts at {@code i}. */
    private static boolean verbAt(Sentence s, int i) {
        if (i >= s.to) {
            return false;
        }
        if (s.cue(Cue.AUX, i, s.to) > i) {
            return true;
        }
        PhraseTrie.Match<Trigger> tr = s.triggerAt(i);
        return tr != null && passive(tr);
    }

    private static boolean passive(PhraseTrie.Match<Trigger> tr) {
        for (Trigger g : tr.values()) {
            if (g.passive()) {
                return true;
            }
        }
        return false;
    }
}
