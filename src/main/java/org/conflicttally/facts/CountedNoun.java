package org.conflicttally.facts;

import java.util.List;
import org.conflicttally.actors.ActorMention;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.numbers.Quantity;

/**
 * The head of a counted noun phrase: what follows a number and says what it counts ("19 Turkish troops",
 * "114 air strikes", "45 dead"). {@code from}/{@code to} are its tokens.
 */
record CountedNoun(Kind kind, int from, int to, List<String> classes, Trigger nounTrigger) {
    enum Kind {
        /** A verb or adjective follows the number right away: "45 dead". */
        NONE,
        /** A noun of nouns.tsv: "civilians", "tanks". */
        CLASS,
        /** The noun is itself a trigger: "air strikes", "refugees". */
        NOUN_TRIGGER,
        /** An armed group's name stands for its people: "ten Hezbollah". */
        GROUP,
        /**
         * Words no lexicon knows, ended by a verb or by the end of the noun phrase ("Four Assam Rifles
         * personnel were", "Two teachers were"): any noun, which a verb of triggers.tsv with head
         * {@code open} counts as people.
         */
        OPEN,
        /** Words no lexicon knows, and no end of the noun phrase within reach. */
        UNKNOWN
    }

    /** Words after a head noun that may still belong to its phrase. */
    private static final int PHRASE_TAIL = 3;

    boolean has(String cls) {
        return classes != null && classes.contains(cls);
    }

    boolean person() {
        return kind == Kind.NONE || kind == Kind.GROUP || has("person") || has("person_one");
    }

    /** Whether a verb with head {@code open} counts it: people, or a noun no lexicon knows. */
    boolean open() {
        return kind == Kind.OPEN || person();
    }

    boolean notCounted() {
        return kind == Kind.CLASS && (has("not_count") || has("place")) && !has("person")
                && !has("target") && !has("equipment") && !has("person_one");
    }

    /** The head after quantity {@code q}: walks at most six tokens over names and unknown words. */
    static CountedNoun after(Sentence s, Quantity q) {
        int to = s.to;
        int k = q.to();
        boolean partitive = false;
        if (k < to && s.is(k, WordClass.PARTITIVE)) {
            if (k + 1 < to && s.is(k + 1, WordClass.PARTITIVE_PRONOUN)) {
                return new CountedNoun(Kind.CLASS, k, k + 2, List.of("person"), null); // "five of them"
            }
            k++;
            if (k < to && s.is(k, WordClass.POSSESSIVE)) {
                k++;
            }
            partitive = true;
        }
        int skipped = 0;
        int start = k;
        for (int n = 0; n < 6 && k < to; n++) {
            PhraseTrie.Match<Trigger> tr = s.triggerAt(k);
            if (tr != null) {
                for (Trigger g : tr.values()) {
                    if (g.form() == Trigger.Form.NOUN && partitive && !g.category().equals("incident")) {
                        // "one of the victims died", "five of the injured died": people, whom the verb counts
                        return new CountedNoun(Kind.CLASS, k, tr.to(), List.of("person"), null);
                    }
                    if (g.form() == Trigger.Form.NOUN) {
                        return new CountedNoun(Kind.NOUN_TRIGGER, k, tr.to(), null, g);
                    }
                }
            }
            if (tr != null) {
                // "45 dead", "around 40 injured": the verb, not a noun, follows the number
                return skipped == 0 ? new CountedNoun(Kind.NONE, k, k, null, null) : open(start, k);
            }
            PhraseTrie.Match<String> noun = s.noun(k, to);
            if (noun != null && nameGoesOn(s, noun)) {
                k = noun.to(); // "Central Reserve Police Force (CRPF) personnel": a noun inside a name
                skipped++;
                continue;
            }
            if (noun != null) {
                // the last noun of a compound is its head: "Assam Rifles personnel", "weapons experts"
                for (PhraseTrie.Match<String> next = s.noun(noun.to(), to);
                        next != null && s.triggerAt(next.from()) == null; next = s.noun(next.to(), to)) {
                    noun = next;
                }
                return phrase(s, k, noun);
            }
            int close = acronymEnd(s, k);
            if (close > k) {
                k = close; // "20 Afghan National Army (ANA) soldiers": the acronym repeats the name
                continue;
            }
            ActorMention am = s.actorAt(k);
            if (am != null && am.kind() == ActorMention.Kind.GROUP) {
                // "250 Syrian troops", "five IS militants", "ten Hezbollah"
                k = acronymEnd(s, am.to()); // "2 Syrian Democratic Forces (SDF) fighters"
                PhraseTrie.Match<String> after = k < to ? s.noun(k, to) : null;
                if (after != null && after.values().contains("person")) {
                    return new CountedNoun(Kind.CLASS, am.from(), after.to(), after.values(), null);
                }
                if (after == null && k < to && s.t.isWord(k) && !ends(s, k) && s.triggerAt(k) == null) {
                    skipped++; // "five Taliban suicide bombers": the group's name before the head noun
                    continue;
                }
                return new CountedNoun(Kind.GROUP, am.from(), am.to(), null, null);
            }
            if (ends(s, k)) {
                return skipped == 0 ? new CountedNoun(Kind.NONE, k, k, null, null) : open(start, k);
            }
            if ((am == null || am.kind() != ActorMention.Kind.COUNTRY_ROLE && am.kind() != ActorMention.Kind.COUNTRY)
                    && !s.is(k, WordClass.TRANSPARENT)) {
                skipped++;
            }
            k++;
        }
        // "injuring 400 more": nothing but words that say nothing of what it counts
        return new CountedNoun(skipped == 0 ? Kind.NONE : Kind.UNKNOWN, k, k, null, null);
    }

    /**
     * Whether a capitalised noun is part of a name that goes on ("Police Force", "Police (CRPF)"): the name's
     * last word or the noun after it heads the phrase -- not a verb in title case ("Soldiers Killed").
     */
    private static boolean nameGoesOn(Sentence s, PhraseTrie.Match<String> noun) {
        int next = noun.to();
        if (next >= s.to || !s.t.capitalized(noun.from()) || s.triggerAt(next) != null || s.noun(next, s.to) != null) {
            return false;
        }
        return s.t.isWord(next) && !ends(s, next) || acronymEnd(s, next) > next;
    }

    /**
     * The phrase a noun heads: up to three more words before a later person noun of a person noun ("police
     * force members", "national intelligence agency personnel") or before the verb ("Two volunteer rangers
     * were wounded") still belong to it.
     */
    private static CountedNoun phrase(Sentence s, int from, PhraseTrie.Match<String> noun) {
        boolean people = noun.values().contains("person") || noun.values().contains("person_one");
        for (int i = noun.to(); i < Math.min(s.to, noun.to() + PHRASE_TAIL); i++) {
            PhraseTrie.Match<String> later = i > noun.to() && !s.countAt(i) ? s.noun(i, s.to) : null;
            if (people && later != null && later.values().contains("person")) {
                return new CountedNoun(Kind.CLASS, from, later.to(), later.values(), null);
            }
            if (!s.t.isWord(i) || ends(s, i) || s.triggerAt(i) != null || s.countAt(i) || s.is(i, WordClass.PARTITIVE)) {
                boolean verb = s.triggerAt(i) != null || s.cue(Cue.AUX, i, s.to) > i;
                return new CountedNoun(Kind.CLASS, from, verb ? i : noun.to(), noun.values(), null);
            }
        }
        return new CountedNoun(Kind.CLASS, from, noun.to(), noun.values(), null);
    }

    /** Words no lexicon knows from {@code from}, ended at {@code to} by a verb or the end of the noun phrase. */
    private static CountedNoun open(int from, int to) {
        return new CountedNoun(Kind.OPEN, from, to, null, null);
    }

    /** After "(" at {@code k}, the token after a ")" closing a short acronym ("(ANA)", "(CRPF)"), else {@code k}. */
    private static int acronymEnd(Sentence s, int k) {
        if (!s.t.rawEquals(k, "(")) {
            return k;
        }
        for (int i = k + 1; i < Math.min(s.to, k + 4); i++) {
            if (s.t.rawEquals(i, ")")) {
                return i > k + 1 ? i + 1 : k;
            }
            if (s.t.isPunct(i) || s.t.isNumber(i)) {
                return k;
            }
        }
        return k;
    }

    /** Whether token {@code k} ends the noun phrase: a number, most punctuation, a preposition or a verb. */
    private static boolean ends(Sentence s, int k) {
        if (s.t.isNumber(k)) {
            return true;
        }
        if (s.t.isPunct(k)) {
            char c = s.t.firstChar(k);
            return c != '-' && c != '"' && c != '\u201c' && c != '\u201d';
        }
        return s.is(k, WordClass.NP_END) || s.cue(Cue.AUX, k, s.to) > k;
    }
}
