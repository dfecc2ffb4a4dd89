package org.conflicttally.facts;

import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.places.PlaceLexicon;

/** Where a fact happened: the sentence's place after "in", "near" ... and after the trigger, or the last one named. */
final class PlaceResolver {
    private PlaceResolver() {
    }

    static void locate(Sentence s, Draft d, ArticleContext ctx) {
        PlaceLexicon.Place best = null;
        int bestScore = -1;
        for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
            int score = 0;
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
        d.location = best != null ? best.name() : ctx.lastLocation;
    }
}
