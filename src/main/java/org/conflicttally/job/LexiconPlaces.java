package org.conflicttally.job;

import org.conflicttally.events.PlaceHierarchy;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.places.PlaceLexicon;

/**
 * The place hierarchy of the run's lexicons ({@code places.tsv}, each place with its parent) for event
 * matching on the executors: the lexicon text travels with the task, and is compiled once per JVM and
 * lexicon set, on first use.
 */
final class LexiconPlaces implements PlaceHierarchy {
    private static final long serialVersionUID = 1L;

    private final LexiconSource lexicons;
    private transient volatile PlaceLexicon places;

    LexiconPlaces(LexiconSource lexicons) {
        this.lexicons = lexicons;
    }

    private PlaceLexicon places() {
        PlaceLexicon p = places;
        if (p == null) {
            p = PlaceLexicon.compile(lexicons.file("places.tsv"));
            places = p;
        }
        return p;
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
