package org.conflicttally.events;

import java.io.Serializable;

/**
 * Which places two reports of one event may name: the same place at different levels ("Eastern Ghouta",
 * "Rif Dimashq", "Syria") is compatible, two different towns are not. Event matching asks this; the place
 * lexicon answers it with each place's parent.
 */
public interface PlaceHierarchy extends Serializable {
    /** Whether {@code a} and {@code b} may be the place of one event: equal, one unnamed, or one inside the other. */
    boolean compatible(String a, String b);

    /** How many levels {@code place} lies below its country (0 for a country or an unknown place): finer wins. */
    int depth(String place);

    /** The country {@code place} lies in (its own name for a country), or null when unknown. */
    default String country(String place) {
        return null;
    }

    /** Places without a hierarchy: compatible only when equal or when one is not named. */
    PlaceHierarchy FLAT = new PlaceHierarchy() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean compatible(String a, String b) {
            return a == null || b == null || a.equals(b);
        }

        @Override
        public int depth(String place) {
            return 0;
        }
    };
}
