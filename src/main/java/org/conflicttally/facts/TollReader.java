package org.conflicttally.facts;

import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.numbers.Quantity;

/**
 * A number given as the value of a toll earlier in the clause: "the death toll rose to 70", "bringing the
 * total of Turkish troops killed in clashes to 19". The toll word or a trigger between it and the number
 * gives the type; the words between them are the counted noun phrase.
 */
final class TollReader {
    private TollReader() {
    }

    /** The draft of {@code q} as the value of a toll, or null when no toll and link word lead to it. */
    static Draft toll(Sentence s, Quantity q, CountedNoun head) {
        int linkStart = s.cueEndingAt(Cue.TOLL_LINK, q.from());
        if (linkStart < 0) {
            return null;
        }
        PhraseTrie.Match<Trigger> toll = null;
        Trigger tollTrigger = null;
        for (PhraseTrie.Match<Trigger> tr : s.triggers) {
            if (tr.to() <= linkStart && tr.from() >= q.from() - 16) {
                for (Trigger g : tr.values()) {
                    if (g.form() == Trigger.Form.TOLL) {
                        toll = tr;
                        tollTrigger = g;
                    }
                }
            }
        }
        if (toll == null || !head.open() && head.kind() != CountedNoun.Kind.UNKNOWN) {
            return null;
        }
        Trigger typed = tollTrigger.untyped() ? typeInside(s, toll, linkStart) : tollTrigger;
        if (typed == null) {
            return null;
        }
        Draft d = CountLinker.draft(s, typed, q, head, toll.from());
        // the counted noun phrase sits between the toll word and the first verb: "total of Turkish troops"
        d.npFrom = toll.to();
        d.npTo = linkStart;
        for (PhraseTrie.Match<Trigger> tr : s.triggers) {
            if (tr.from() >= toll.to() && tr.from() < d.npTo) {
                d.npTo = tr.from();
            }
        }
        d.tollNp = true;
        return d;
    }

    /** "the total of Turkish troops killed in clashes ... to 19": the type comes from inside. */
    private static Trigger typeInside(Sentence s, PhraseTrie.Match<Trigger> toll, int linkStart) {
        for (PhraseTrie.Match<Trigger> tr : s.triggers) {
            if (tr.from() >= toll.to() && tr.to() <= linkStart) {
                for (Trigger g : tr.values()) {
                    if (g.form() != Trigger.Form.TOLL && !g.untyped() && g.countsPeople()
                            || g.form() == Trigger.Form.NOUN && !g.untyped()) {
                        return g;
                    }
                }
            }
        }
        return null;
    }
}
