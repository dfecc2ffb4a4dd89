package org.conflicttally.job;

import org.conflicttally.events.PlaceHierarchy;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.places.PlaceLexicon;

/**
 * The place hierarchy of the run's lexicons ({@code places.tsv}, each place with its parent) for event
 * matching on the executors: the lexicon text travels with the task, and is compiled once per JVM and
 * lexicon set, on first use (every task deserializes its own copy of this object; they share the compiled
 * lexicon).
 */
final class LexiconPlaces implements PlaceHierarchy {
    private static final long serialVersionUID = 1L;
    /** Compiled place lexicons by lexicon fingerprint: a handful per JVM at most. */
    private static final java.util.Map<String, PlaceLexicon> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 4;

    private final LexiconSource lexicons;
    /** This copy's lexicon: a task reads it from one thread. */
    private transient PlaceLexicon places;

    LexiconPlaces(LexiconSource lexicons) {
        this.lexicons = lexicons;
    }

    private PlaceLexicon places() {
        if (places == null) {
            if (COMPILED.size() >= CACHE_LIMIT) {
                COMPILED.clear(); // a long-lived JVM that saw many lexicon sets: keep the cache bounded
            }
            places = COMPILED.computeIfAbsent(lexicons.fingerprint(), k -> PlaceLexicon.compile(lexicons.file("places.tsv")));
        }
        return places;
    }

    @Override
    public boolean compatible(String a, String b) {
        return a == null || b == null || places().compatible(a, b);
    }

    @Override
    public String country(String place) {
        java.util.List<String> up = places().ancestors(place);
        return up.isEmpty() ? null : up.get(up.size() - 1);
    }

    @Override
    public int depth(String place) {
        return Math.max(0, places().ancestors(place).size() - 1);
    }
}
