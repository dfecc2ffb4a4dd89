package org.conflicttally.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.places.PlaceLexicon;
import org.conflicttally.places.PlaceLinks;
import org.conflicttally.places.ResolvedPlace;

/**
 * Where a fact happened: the sentence's place after "in", "near" ... and after the trigger, or the last one
 * named; people who leave leave a place ("left al-Foua", "fled from Aleppo"): that place is where it happened.
 * A place where a claim was made ("said in Turkey") is not. {@code location} is the place lexicon's name;
 * the fact's place in the gazetteer ({@link Draft#geo}) is read the same way from the lexicon's places and
 * the gazetteer's, and when the sentence names none, it is the last place named, else the article's country.
 */
final class PlaceResolver {
    private PlaceResolver() {
    }

    /** A place the sentence names: tokens [from, to) and where it lies. */
    private record Named(int from, int to, ResolvedPlace place) {
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
        int origin = origin(s, d);
        for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
            int score = score(s, d, m.from(), m.to(), origin);
            if (score > bestScore) {
                best = m.value();
                bestScore = score;
            }
        }
        d.location = best != null ? finest(s, best).name() : ctx.lastLocation;
        d.geo = where(s, d, ctx, origin);
    }

    /** The token a place of origin would start at for people who leave ("left al-Foua"), or -1. */
    private static int origin(Sentence s, Draft d) {
        PhraseTrie.Match<Trigger> trigger = s.triggerAt(d.triggerFrom);
        return d.trigger.category().equals("displacement") && trigger != null ? trigger.to() : -1;
    }

    /** How likely the place at [from, to) is where the fact happened; -1: a place where a claim was made. */
    private static int score(Sentence s, Draft d, int from, int to, int origin) {
        if (from - 1 > s.from && s.cueEndingAt(Cue.CLAIM_AFTER, from - 1) >= 0) {
            return -1; // "George Sabra said in Turkey the attack had killed 1300"
        }
        int score = 0;
        if (origin >= 0 && (from == origin || from == origin + 1 && s.is(origin, WordClass.ORIGIN)
                || from > d.quantity.from() && to <= d.triggerFrom)) {
            score += 3; // "3000 people left al-Foua", "fled from Aleppo", "3000 residents of Foua left"
        }
        if (from - 1 >= s.from && s.is(from - 1, WordClass.LOCATION_PREPOSITION)) {
            score += 2;
        }
        if (from >= d.triggerFrom) {
            score += 1;
        }
        return score;
    }

    private static ResolvedPlace where(Sentence s, Draft d, ArticleContext ctx, int origin) {
        List<Named> named = named(s);
        Named best = null;
        int bestScore = -1;
        for (Named n : named) {
            if (setsNoScene(s, n.from())) {
                continue; // "Washington blames the Syrian government for the attack": a capital that acts
            }
            int score = score(s, d, n.from(), n.to(), origin);
            if (score > bestScore) {
                best = n;
                bestScore = score;
            }
        }
        ResolvedPlace out = best == null ? ctx.lastPlace != null ? ctx.lastPlace : ctx.articlePlace : best.place();
        for (Named n : named) { // "in Kunduz province, in Kunduz city": the finest place inside the chosen one
            ResolvedPlace p = n.place();
            if (p.depth() > out.depth() && inside(out, p)) {
                out = p;
            }
        }
        String village = out.depth() < 3 ? village(s) : null;
        return village == null ? out : new ResolvedPlace(out.country(), out.admin1(), village, out.geonamesId(),
                out.latitude(), out.longitude(), out.precision());
    }

    /**
     * "in the village of Kafr Nabl": a place too small for the gazetteer, named after a place noun and "of"
     * (capitalised words no lexicon knows); it keeps its name and lies in the province or country found.
     */
    private static String village(Sentence s) {
        for (int i = s.from + 2; i < s.to; i++) {
            if (!s.t.capitalized(i) || !s.t.lower(i - 1).equals("of") || s.may(i, -1)) {
                continue;
            }
            PhraseTrie.Match<String> noun = s.may(i - 2, Lexicons.NOUN) ? s.noun(i - 2, i - 1) : null;
            if (noun == null || !noun.values().contains("place")) {
                continue;
            }
            int end = i;
            while (end < s.to && s.t.capitalized(end) && !s.may(end, -1)) {
                end++;
            }
            return s.t.text().substring(s.t.start(i), s.t.end(end - 1));
        }
        return null;
    }

    /** Whether {@code inner} lies in {@code outer}: the same country, and the same province below a country. */
    private static boolean inside(ResolvedPlace outer, ResolvedPlace inner) {
        return outer.country() != null && outer.country().equals(inner.country())
                && (outer.depth() == 1 || outer.depth() == 2 && outer.admin1() != null
                && outer.admin1().equals(inner.admin1()) && outer.place().equals(outer.admin1()));
    }

    /** The places the sentence names, the lexicon's and the gazetteer's, in text order. */
    private static List<Named> named(Sentence s) {
        List<Named> out = new ArrayList<>(s.places.size() + s.located.size());
        PlaceLinks links = s.lex.placeLinks;
        for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
            out.add(new Named(m.from(), m.to(), links.of(m.value().name())));
        }
        for (GeoMentions.Located l : s.located) {
            out.add(new Named(l.from(), l.to(), PlaceLinks.resolved(s.lex.gazetteer, l.place())));
        }
        out.sort(Comparator.comparingInt(Named::from));
        return out;
    }

    /** The first place the sentence names, or null. */
    static ResolvedPlace first(Sentence s) {
        if (s.places.isEmpty() && s.located.isEmpty()) {
            return null;
        }
        for (Named n : named(s)) {
            if (!setsNoScene(s, n.from())) {
                return n.place();
            }
        }
        return null;
    }

    /**
     * Whether a place at token {@code from} sets no scene for the sentences after it: where a claim was made
     * ("said in Turkey"), or a country or capital that acts ("Saudi Arabia called for a meeting", "Damascus
     * intensified the onslaught") and is not after "in", "near" ...
     */
    static boolean setsNoScene(Sentence s, int from) {
        boolean located = from > s.from && s.is(from - 1, WordClass.LOCATION_PREPOSITION);
        boolean claimPlace = from - 1 > s.from && s.cueEndingAt(Cue.CLAIM_AFTER, from - 1) >= 0;
        if (claimPlace) {
            return true;
        }
        if (located) {
            return false;
        }
        for (org.conflicttally.actors.ActorMention a : s.actors) {
            if (a.from() <= from && from < a.to()) {
                return true;
            }
        }
        return false;
    }
}
