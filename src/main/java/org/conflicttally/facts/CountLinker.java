package org.conflicttally.facts;

import java.util.List;
import org.conflicttally.actors.ActorMention;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.numbers.Quantity;

/**
 * Links a number to what it counts: the trigger that governs it ("two soldiers were killed", "killed 45",
 * "114 air strikes", "the death toll rose to 70") and the noun phrase it heads. A number no trigger governs
 * is no fact. Stateless apart from the sentence it reads.
 */
final class CountLinker {
    private final Sentence s;

    CountLinker(Sentence s) {
        this.s = s;
    }

    /** The draft fact of {@code q}, or null; {@code sofar} are the sentence's facts before it, for lists. */
    Draft link(Quantity q, List<Draft> sofar) {
        CountedNoun head = CountedNoun.after(s, q);
        if (Parts.ofLast(s, q, sofar)) {
            return null; // "Eleven people, five of them children, were killed": a part of the eleven
        }
        if ((s.cueEndingAt(Cue.SUBSET, q.from()) >= 0 || Parts.inSubsetList(s, q))
                && !(head.kind() == CountedNoun.Kind.NOUN_TRIGGER
                && head.nounTrigger().category().equals("incident"))) {
            // "including 5 children": part of a figure already counted, unless the part is of another type:
            // "700 people including 47 wounded had crossed the border" counts 47 injured
            return partOfAnotherType(q, head, sofar);
        }
        if (head.notCounted()) {
            return null;
        }
        if (q.flag() == Quantity.Flag.YEAR_LIKE && !(head.from() == q.to() && head.has("person"))) {
            return null; // "2011" is a year unless people follow: "2000 people"
        }
        if (head.kind() == CountedNoun.Kind.NOUN_TRIGGER && q.to() < s.to && s.is(q.to(), WordClass.PARTITIVE)
                && head.nounTrigger().category().equals("incident")) {
            return null; // "one of the shells landed": a partitive, not a count of attacks
        }
        if (head.kind() == CountedNoun.Kind.NOUN_TRIGGER && head.nounTrigger().type().equals("none")) {
            return null; // "30 casualties": killed and wounded together, not codable
        }
        boolean indefinite = q.flag() == Quantity.Flag.INDEFINITE;
        // A. the counted noun is itself the trigger: "114 air strikes", "3.6 million refugees"
        if (!indefinite && head.kind() == CountedNoun.Kind.NOUN_TRIGGER) {
            Draft fate = head.nounTrigger().category().equals("displacement") ? casualtyAfter(q, head) : null;
            return fate != null ? fate : draft(s, head.nounTrigger(), q, head, head.from());
        }
        // C. an active verb right before the number: "killed 45", "destroying 114 targets" -- unless a verb
        // stands right after it: "10 civilians killed 40 injured" counts 40 injured
        Draft active = activeBefore(q, head);
        if (active != null && !(head.kind() == CountedNoun.Kind.NONE && predicateAt(q.to(), head))) {
            return active;
        }
        // B. a verb or adjective after the noun phrase: "two soldiers were killed", "45 dead"
        if (q.to() < s.to && s.is(q.to(), WordClass.ARTICLE) && s.t.capitalized(q.to())) {
            return null; // "Get short URL 0 612 A woman and child were killed": a new sentence, not 612's noun
        }
        int k = head.kind() == CountedNoun.Kind.NONE ? head.from() : head.to();
        if (s.cue(Cue.PART_AFTER, k, s.to) > k) {
            return null; // "the toll at 58, saying there were 11 children among the dead": a part of the 58
        }
        int hedge = s.cue(Cue.AT_LEAST_AFTER, k, s.to);
        if (hedge > k && q.qualifier().equals(Quantity.EXACT)) {
            q = new Quantity(q.from(), q.to(), q.low(), q.best(), null, Quantity.AT_LEAST, q.flag());
            k = hedge;
        }
        boolean skippedAside = false;
        for (int n = 0; n < 7 && k < s.to; n++) {
            PhraseTrie.Match<Trigger> tr = s.triggerAt(k);
            int aux = s.cue(Cue.AUX, k, s.to);
            if (tr != null && aux > k && aux < s.to && s.triggerAt(aux) != null) {
                k = aux; // "20 people left dead": a word that is a verb and an auxiliary, and a verb after it
                continue;
            }
            if (tr != null && s.countAt(tr.to()) && s.cue(Cue.DEPARTURE, k, s.to) > k) {
                break; // "a clinic serving thousands ... has left two patients dead": "left" governs its own number
            }
            if (tr != null && objectAfter(tr)) {
                break; // "A gunman killed 5 civilians": the verb's number is after it; the one before did it
            }
            if (tr != null && !adjectival(tr)) {
                Trigger ok = compatible(tr, head, true);
                if (ok != null) {
                    return ok.type().equals("none") ? null : draft(s, ok, q, head, k);
                }
            }
            if (aux > k) {
                k = aux;
                continue;
            }
            if (!skippedAside) {
                // "13 people including six children were killed", "38 fighters from both sides were killed",
                // "took 2000 civilians as they fled to serve as human shields"
                int resume = Math.max(Asides.resume(s, k), pronounClause(k));
                if (resume > k) {
                    k = resume;
                    skippedAside = true;
                    continue;
                }
            }
            break;
        }
        if (indefinite) {
            return listed(q, head, sofar, 1); // "killing the father and a son"
        }
        // D. a toll: "the death toll rose to 70", "bring the total of troops killed ... to 19"
        Draft toll = TollReader.toll(s, q, head);
        if (toll != null) {
            return toll;
        }
        // E. a list after a linked number: "killed 45 civilians in Aleppo and 22 in Idlib"
        return listed(q, head, sofar, 8);
    }

    /** {@code q} as the next item of a list after the last fact, at most {@code gap} tokens after it, or null. */
    private Draft listed(Quantity q, CountedNoun head, List<Draft> sofar, int gap) {
        if (!sofar.isEmpty()) {
            Draft prev = sofar.get(sofar.size() - 1);
            if (prev.npTo <= q.from() && q.from() - prev.npTo <= gap && continuation(prev.npTo, q.from())
                    && (prev.trigger.countsPeople() ? head.open() : head.kind() == CountedNoun.Kind.CLASS)) {
                Draft d = draft(s, prev.trigger, q, head, prev.triggerFrom);
                d.type = prev.type;
                return d;
            }
        }
        return null;
    }

    /**
     * Whether an active verb has its own number right after it ("killed 5 civilians", "killed a further
     * 12") -- not one that its own verb follows: "10 civilians killed 40 injured".
     */
    private boolean objectAfter(PhraseTrie.Match<Trigger> tr) {
        int p = tr.to();
        int lead = s.cue(Cue.OBJECT_LEAD, p, s.to);
        for (int at : new int[] {p, lead}) {
            for (Quantity o : at < 0 ? List.<Quantity>of() : s.quantities) {
                if (o.from() == at && o.flag() != Quantity.Flag.INDEFINITE) {
                    return o.to() >= s.to || s.triggerAt(o.to()) == null;
                }
            }
        }
        return false;
    }

    /**
     * "98 evacuees from the northern towns of Fuaa and Kafraya were killed": people named by what they fled,
     * and a casualty verb after them, count as its casualties.
     */
    private Draft casualtyAfter(Quantity q, CountedNoun head) {
        int k = head.to();
        int resume = Asides.resume(s, k);
        k = resume > k ? resume : k;
        int aux = s.cue(Cue.AUX, k, s.to);
        k = aux > k ? aux : k;
        PhraseTrie.Match<Trigger> tr = k < s.to ? s.triggerAt(k) : null;
        if (tr == null) {
            return null;
        }
        for (Trigger g : tr.values()) {
            if (g.category().equals("casualty") && g.passive()) {
                return draft(s, g, q, head, k);
            }
        }
        return null;
    }

    /**
     * Where the clause resumes after a short clause of a pronoun and its verb ("as they fled", "when he
     * left"): {@code k} when none stands there. The pronoun's verb is its own clause's, not the count's.
     */
    private int pronounClause(int k) {
        if (k + 3 >= s.to || !s.is(k, WordClass.CLAUSE_OPENER) || !s.is(k + 1, WordClass.SUBJECT_PRONOUN)
                || s.t.isPunct(k + 2)) {
            return k;
        }
        PhraseTrie.Match<Trigger> own = s.triggerAt(k + 2);
        return own != null ? own.to() : k + 3;
    }

    /** "several wounded children": a participle before a person noun describes it; it says nothing happened. */
    private boolean adjectival(PhraseTrie.Match<Trigger> tr) {
        if (tr.to() >= s.to) {
            return false;
        }
        PhraseTrie.Match<String> n = s.noun(tr.to(), s.to);
        return n != null && (n.values().contains("person") || n.values().contains("person_one"));
    }

    private Draft activeBefore(Quantity q, CountedNoun head) {
        int p = q.from();
        int lead = s.cueEndingAt(Cue.OBJECT_LEAD, p); // "killing all five", "killed a total of 12"
        if (lead >= 0) {
            p = lead;
        }
        for (int k = Math.max(s.from, p - s.longestTrigger); k < p; k++) {
            PhraseTrie.Match<Trigger> tr = s.triggerAt(k);
            if (tr != null && tr.to() == p && !passiveUse(tr.from())) {
                Trigger ok = compatible(tr, head, false);
                if (ok != null) {
                    return draft(s, ok, q, head, tr.from());
                }
            }
        }
        return null;
    }

    /**
     * Whether a verb or adjective that can follow its subject stands at {@code k}: "40 injured" -- but not a
     * verb with a number of its own after it: "kidnapped 900 Executed 18".
     */
    private boolean predicateAt(int k, CountedNoun head) {
        PhraseTrie.Match<Trigger> tr = k < s.to ? s.triggerAt(k) : null;
        return tr != null && !adjectival(tr) && compatible(tr, head, true) != null
                && !s.countAt(tr.to());
    }

    /** A part ("including 47 wounded") read as a fact when its own verb is of another type than the whole's. */
    private Draft partOfAnotherType(Quantity q, CountedNoun head, List<Draft> sofar) {
        if (sofar.isEmpty() || head.kind() != CountedNoun.Kind.NONE) {
            return null;
        }
        PhraseTrie.Match<Trigger> tr = s.triggerAt(q.to());
        Trigger own = tr == null || adjectival(tr) ? null : compatible(tr, head, true);
        Draft whole = sofar.get(sofar.size() - 1);
        return own == null || own.type().equals("none") || own.type().equals(whole.type) ? null
                : draft(s, own, q, head, q.to());
    }

    /** "were injured at least three killed": after a form of "be" the verb is passive and takes no object. */
    private boolean passiveUse(int trigger) {
        int b = trigger - 1;
        if (b >= s.from && s.is(b, WordClass.BE_ADVERB)) {
            b--;
        }
        return b >= s.from && s.is(b, WordClass.BE);
    }

    /** Whether tokens [a, b) join a list ("and", ",") with no number or trigger of their own. */
    private boolean continuation(int a, int b) {
        boolean joined = false;
        for (int i = a; i < b; i++) {
            if (s.t.isNumber(i) || s.triggerAt(i) != null) {
                return false;
            }
            if (s.is(i, WordClass.JOINER)) {
                joined = true;
            }
        }
        return joined;
    }

    /** The first meaning of the trigger that fits the direction and the counted noun, or null. */
    private static Trigger compatible(PhraseTrie.Match<Trigger> tr, CountedNoun head, boolean numberBefore) {
        for (Trigger g : tr.values()) {
            if (g.form() == Trigger.Form.TOLL || g.form() == Trigger.Form.NOUN || g.untyped()) {
                continue;
            }
            if (numberBefore ? !g.passive() : !g.active()) {
                continue;
            }
            boolean fits = switch (g.head()) {
                case "person" -> head.person();
                case "open" -> head.open();
                case "target" -> head.has("target") || head.has("equipment");
                case "equipment" -> head.has("equipment");
                default -> true;
            };
            if (fits) {
                return g;
            }
        }
        return null;
    }

    /** A draft fact of type {@code g} for {@code q}, its noun phrase and its sentence's character spans. */
    static Draft draft(Sentence s, Trigger g, Quantity q, CountedNoun head, int triggerFrom) {
        Draft d = new Draft(g.type(), g, q);
        d.triggerFrom = triggerFrom;
        d.npFrom = q.from();
        d.npTo = Math.max(q.to(), head.kind() == CountedNoun.Kind.NONE || head.kind() == CountedNoun.Kind.UNKNOWN
                ? q.to() : head.to());
        // "25 militants of Al-Nusra Front": the group after "of" belongs to the noun phrase
        if (d.npTo + 1 < s.to && s.is(d.npTo, WordClass.PARTITIVE)) {
            ActorMention am = s.actorAt(d.npTo + 1);
            if (am == null && d.npTo + 2 < s.to && s.is(d.npTo + 1, WordClass.DEFINITE)) {
                am = s.actorAt(d.npTo + 2);
            }
            if (am != null && am.kind() == ActorMention.Kind.GROUP) {
                d.npTo = am.to();
            }
        }
        d.sentenceStart = s.t.start(s.from);
        d.sentenceEnd = s.t.end(s.to - 1);
        d.charStart = s.t.start(q.from());
        d.charEnd = s.t.end(q.to() - 1);
        return d;
    }
}
