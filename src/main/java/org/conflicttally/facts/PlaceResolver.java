package org.conflicttally.facts;

import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.places.PlaceLexicon;

/**
 * Where a fact happened: the sentence's place after "in", "near" ... and after the trigger, or the last one
 * named; people who leave leave a place ("left al-Foua", "fled from Aleppo"): that place is where it happened.
 * A place where a claim was made ("said in Turkey") is not.
 */
final class PlaceResolver {
    private PlaceResolver() {
    }

    /** "in Syria's northern Idlib province": a place the sentence also names inside the chosen one is finer. */
    private static PlaceLexicon.Place finest(Sentence s, PlaceLexicon.Place chosen) {
        PlaceLexicon.Place out = chosen;
        for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
            PlaceLexicon.Place p = m.value();
            if (!p.name().equals(out.name()) && s.lex.places.contains(out.name(), p.name())
                    && s.lex.places.ancestors(p.name()).size() == s.lex.places.ancestors(out.name()).size() + 1) {
                out = p;
            }
        }
        return out;
    }

    static void locate(Sentence s, Draft d, ArticleContext ctx) {
        PlaceLexicon.Place best = null;
        int bestScore = -1;
        PhraseTrie.Match<Trigger> trigger = s.triggerAt(d.triggerFrom);
        int origin = d.trigger.category().equals("displacement") && trigger != null ? trigger.to() : -1;
        for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
            if (m.from() - 1 > s.from && s.cueEndingAt(Cue.CLAIM_AFTER, m.from() - 1) >= 0) {
                continue; // "George Sabra said in Turkey the attack had killed 1300"
            }
            int score = 0;
            if (origin >= 0 && (m.from() == origin || m.from() == origin + 1 && s.is(origin, WordClass.ORIGIN)
                    || m.from() > d.quantity.from() && m.to() <= d.triggerFrom)) {
                score += 3; // "3000 people left al-Foua", "fled from Aleppo", "3000 residents of Foua left"
            }
            if (m.from() - 1 >= s.from && s.is(m.from() - 1, WordClass.LOCATION_PREPOSITION)) {
                score += 2;
            }
            if (m.from() >= d.triggerFrom) {
                score += 1;
            }
            if (score > bestScore) {
                best = m.value();
                bestScore = score;
            }
        }
        d.location = best != null ? finest(s, best).name() : ctx.lastLocation;
    }
}
