package org.conflicttally.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflicttally.actors.ActorMention;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.places.Gazetteer;
import org.conflicttally.places.GeoPlace;
import org.conflicttally.places.PlaceLexicon;

/**
 * The gazetteer's places an article names, settled with the whole article in view. A capitalised spelling
 * of a town or province is a place only with some evidence: a location word before it ("in Kunduz"), its
 * province or country after a comma ("Mobile, Alabama"), its country or province named elsewhere in the
 * article (as a place or an actor's country), the article's dateline, or half a million people; a word
 * right after another capitalised word ("Michael Jordan") is part of a name, unless that word is a common
 * one of not-places.tsv ("North London"). Of the places one
 * spelling may be ("Tripoli": Libya's or Lebanon's), the dateline's country, then the countries and
 * provinces the article names, then a country over a province and a town, then population decide; when the
 * article names countries or provinces as places, a town or province in another country needs strong
 * evidence (after a comma, the dateline, half a million people); a name
 * that is a town's and its province's is the town, unless a word like "province" follows.
 */
final class GeoMentions {
    /** A town or province of a million people needs no other evidence ("Baghdad", "Karachi"). */
    private static final long WELL_KNOWN = 500_000;

    /** A spelling found in a sentence, before it is settled: every place it may be. */
    record Raw(Sentence s, Gazetteer.Match match) {
    }

    /** A settled mention: tokens [from, to) of a sentence name this place. */
    record Located(int from, int to, GeoPlace place) {
    }

    private GeoMentions() {
    }

    /** The gazetteer's spellings at capitalised words the place lexicon and the actors' names leave free. */
    static void find(Sentence s, Gazetteer g, List<Raw> out) {
        int free = s.from;
        for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
            scan(s, g, free, m.from(), out);
            free = Math.max(free, m.to());
        }
        scan(s, g, free, s.to, out);
    }

    private static void scan(Sentence s, Gazetteer g, int from, int to, List<Raw> out) {
        for (int i = from; i < to; i++) {
            ActorMention actor = s.actorAt(i);
            if (actor != null && actor.kind() != ActorMention.Kind.COUNTRY) {
                i = actor.to() - 1; // "Kurdistan Workers' Party" is no place
                continue;
            }
            if (!s.t.capitalized(i)) {
                continue;
            }
            Gazetteer.Match m = g.match(s.t, i, to);
            if (m != null) {
                out.add(new Raw(s, m));
                i = m.to() - 1;
            }
        }
    }

    /**
     * Settles every raw mention of one article: fills each sentence's {@link Sentence#located}. Evidence is
     * what the article names for sure: the place lexicon's places, the gazetteer's countries, actors'
     * countries, then (a second pass) the countries of the places the first pass settled; {@code dateline}
     * is the token an article's dateline place may start at, or -1. Returns the country the article names
     * most, its places included (ties: the smaller code), or null.
     */
    static String settle(List<Sentence> sentences, List<Raw> raws, Gazetteer g,
            org.conflicttally.places.PlaceLinks links, int dateline) {
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> provinces = new HashMap<>();
        for (Sentence s : sentences) {
            for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
                org.conflicttally.places.ResolvedPlace r = links.of(m.value().name());
                countries.merge(m.value().country(), 1, Integer::sum);
                if (r.admin1() != null) {
                    provinces.merge(m.value().country() + "/" + r.admin1(), 1, Integer::sum);
                }
            }
            for (ActorMention a : s.actors) {
                if (a.country() != null) {
                    countries.merge(a.country(), 1, Integer::sum);
                }
            }
        }
        for (Raw r : raws) {
            GeoPlace first = g.candidate(r.match().candidates()[0]);
            if (first.kind() == GeoPlace.Kind.COUNTRY) {
                countries.merge(first.country(), 1, Integer::sum);
            } else if (first.kind() == GeoPlace.Kind.PROVINCE && r.match().candidates().length == 1) {
                provinces.merge(first.country() + "/" + first.name(), 1, Integer::sum);
                countries.merge(first.country(), 1, Integer::sum);
            }
        }
        // the countries the article names as places (not as actors): a town elsewhere needs more evidence
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
                placed.add(m.value().country());
            }
        }
        for (Raw r : raws) { // a country, or a province or town whose every reading lies in one country
            GeoPlace first = g.candidate(r.match().candidates()[0]);
            boolean one = first.kind() != GeoPlace.Kind.TOWN || r.match().candidates().length > 1;
            for (int c : r.match().candidates()) {
                one &= g.candidate(c).country().equals(first.country());
            }
            if (first.kind() == GeoPlace.Kind.COUNTRY || one) {
                placed.add(first.country());
            }
        }
        GeoPlace[] chosen = new GeoPlace[raws.size()];
        String datelineCountry = null;
        for (int pass = 0; pass < 2; pass++) {
            Map<String, Integer> named = new HashMap<>(countries);
            if (pass == 1) {
                for (GeoPlace p : chosen) {
                    if (p != null && p.kind() != GeoPlace.Kind.COUNTRY) {
                        named.merge(p.country(), 1, Integer::sum);
                    }
                }
            }
            for (int k = 0; k < raws.size(); k++) {
                Raw r = raws.get(k);
                boolean atDateline = r.match().from() == dateline && dateline(r);
                chosen[k] = choose(r, k + 1 < raws.size() ? raws.get(k + 1) : null, g, named, provinces, placed,
                        atDateline ? null : datelineCountry, atDateline);
                if (atDateline && chosen[k] != null) {
                    datelineCountry = chosen[k].country();
                }
            }
        }
        for (int k = 0; k < raws.size(); k++) {
            if (chosen[k] != null) {
                Raw r = raws.get(k);
                r.s().located.add(new Located(r.match().from(), r.match().to(), chosen[k]));
                if (chosen[k].kind() != GeoPlace.Kind.COUNTRY) {
                    countries.merge(chosen[k].country(), 1, Integer::sum);
                }
            }
        }
        String most = null;
        for (Map.Entry<String, Integer> e : countries.entrySet()) {
            int n = e.getValue() + (e.getKey().equals(datelineCountry) ? 100 : 0);
            int m = most == null ? 0 : countries.get(most) + (most.equals(datelineCountry) ? 100 : 0);
            if (n > m || n == m && e.getKey().compareTo(most) < 0) {
                most = e.getKey();
            }
        }
        return most;
    }

    /** Whether a place opening the body is a dateline: "KABUL, Afghanistan", "BEIRUT (Reuters) -". */
    private static boolean dateline(Raw r) {
        Sentence s = r.s();
        int end = r.match().to();
        return end < s.to && s.t.isPunct(end) && ",(-\u2013\u2014".indexOf(s.t.firstChar(end)) >= 0;
    }

    private static GeoPlace choose(Raw r, Raw next, Gazetteer g, Map<String, Integer> countries,
            Map<String, Integer> provinces, java.util.Set<String> placed, String datelineCountry, boolean atDateline) {
        Sentence s = r.s();
        int i = r.match().from();
        int end = r.match().to();
        boolean located = i - 1 >= s.from && s.is(i - 1, WordClass.LOCATION_PREPOSITION);
        if (!located && i - 1 >= s.from && s.t.capitalized(i - 1) && !placeEndsAt(s, i)
                && !g.commonWord(s.t.lower(i - 1))) {
            return null; // "Michael Jordan" is a name; "North London" is London
        }
        // "Mobile, Alabama", "Puerto Rico (Caqueta)": the place after a comma or in brackets holds this one
        int[] after = next != null && next.s() == s && next.match().from() == end + 1 && s.t.isPunct(end)
                && (s.t.firstChar(end) == ',' || s.t.firstChar(end) == '(') ? next.match().candidates() : null;
        boolean division = end < s.to && s.is(end, WordClass.DIVISION); // "Kunduz province": not the city
        int[] candidates = r.match().candidates();
        GeoPlace best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c : candidates) {
            GeoPlace p = g.candidate(c);
            boolean inAfter = after != null && lies(g, p, after);
            String province = p.kind() == GeoPlace.Kind.COUNTRY ? null : p.country() + "/" + provinceName(g, p);
            int countryNamed = countries.getOrDefault(p.country(), 0);
            boolean provinceNamed = province != null && provinces.containsKey(province);
            boolean strong = p.kind() == GeoPlace.Kind.COUNTRY || inAfter || atDateline || p.population() >= WELL_KNOWN;
            boolean elsewhere = !placed.isEmpty() && !placed.contains(p.country()); // "Puli" in an Afghan story
            boolean evidence = strong || !elsewhere && (located || countryNamed > 0 || provinceNamed);
            if (!evidence) {
                continue;
            }
            double score = (p.country().equals(datelineCountry) ? 100 : 0) + (inAfter ? 50 : 0)
                    + 10 * Math.min(countryNamed, 5) + (provinceNamed ? 20 : 0)
                    + (p.kind() == GeoPlace.Kind.COUNTRY ? 30 : 0) + (p.kind() == GeoPlace.Kind.TOWN && !Gazetteer.alternate(c) ? 6 : 0)
                    + Math.log10(p.population() + 1) + (sameNamedPair(g, p, candidates, division) ? 15 : 0);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Of a town and its province of one name ("Kunduz"), the one the text means: the province when a word
     * like "province" follows, else the town.
     */
    private static boolean sameNamedPair(Gazetteer g, GeoPlace p, int[] candidates, boolean division) {
        for (int c : candidates) {
            GeoPlace q = g.candidate(c);
            if (p.kind() == GeoPlace.Kind.TOWN && q.kind() == GeoPlace.Kind.PROVINCE && g.province(p) == q) {
                return !division;
            }
            if (p.kind() == GeoPlace.Kind.PROVINCE && q.kind() == GeoPlace.Kind.TOWN && g.province(q) == p) {
                return division;
            }
        }
        return false;
    }

    /** Whether {@code p} lies in one of {@code outer} (its province or its country). */
    private static boolean lies(Gazetteer g, GeoPlace p, int[] outer) {
        for (int o : outer) {
            GeoPlace q = g.candidate(o);
            if (q.kind() == GeoPlace.Kind.COUNTRY && q.country().equals(p.country())
                    || q.kind() == GeoPlace.Kind.PROVINCE && p.kind() == GeoPlace.Kind.TOWN && g.province(p) == q) {
                return true;
            }
        }
        return false;
    }

    private static String provinceName(Gazetteer g, GeoPlace p) {
        GeoPlace province = g.province(p);
        return province == null ? null : province.name();
    }

    /** Whether a place of the lexicon ends right before token {@code i} ("Idlib Kafr Nabl" is two places). */
    private static boolean placeEndsAt(Sentence s, int i) {
        for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
            if (m.to() == i) {
                return true;
            }
        }
        return false;
    }
}
