package org.conflicttally.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;

/**
 * Places of the conflict zones with their spellings ({@code places.tsv}), matched longest first, and the
 * tree their parents make (town -> province -> country): "Eastern Ghouta" lies in "Rif Dimashq" lies in
 * "Syria", so those are compatible places, while two towns of one province ("Douma", "Harasta") are not.
 */
public final class PlaceLexicon {
    /**
     * One place: its canonical name, its country (ISO alpha-3), what it is, and the name of the place it
     * lies in one level up (null for a country).
     */
    public record Place(String name, String country, String kind, String parent) {
    }

    private final PhraseTrie<Place> trie = new PhraseTrie<>();
    /** Every place by name, in file order. */
    private final Map<String, Place> byName = new LinkedHashMap<>();
    /** Every place's spellings by name, in file order. */
    private final Map<String, List<String>> aliases = new HashMap<>();
    /** Every place's chain [name, parent, ..., country name], filled once the parents are checked. */
    private Map<String, List<String>> ancestors;

    private PlaceLexicon() {
    }

    public static PlaceLexicon compile(TsvFile file) {
        PlaceLexicon lex = new PlaceLexicon();
        Map<String, TsvFile.Row> rows = new HashMap<>();
        for (TsvFile.Row row : file.rows()) {
            row.expectColumns(4, 5);
            String country = row.required(1, "country");
            if (!country.matches("[A-Z]{3}")) {
                throw row.error("country must be ISO 3166 alpha-3, got '" + country + "'");
            }
            String name = row.required(0, "name");
            String kind = row.required(2, "kind");
            String parent = null;
            if (!kind.equals("country")) {
                parent = row.required(4, "parent");
            } else if (!row.optional(4).isEmpty()) {
                throw row.error("a country has no parent, got '" + row.optional(4) + "'");
            }
            Place p = new Place(name, country, kind, parent);
            if (lex.byName.putIfAbsent(name, p) != null) {
                throw row.error("duplicate name '" + name + "'");
            }
            rows.put(name, row);
            List<String> spellings = new ArrayList<>();
            lex.aliases.put(name, spellings);
            for (String alias : row.required(3, "aliases").split("\\|")) {
                spellings.add(alias.strip());
                if (alias.isBlank()) {
                    throw row.error("empty alias");
                }
                if (!lex.trie.add(alias.strip(), p)) {
                    throw row.error("duplicate alias '" + alias.strip() + "'");
                }
            }
        }
        for (Place p : lex.byName.values()) {
            Place up = p.parent() == null ? null : lex.byName.get(p.parent());
            if (p.parent() != null && up == null) {
                throw rows.get(p.name()).error("unknown parent '" + p.parent() + "': no place of that name");
            }
            if (up != null && !up.country().equals(p.country())) {
                throw rows.get(p.name()).error(
                        "parent '" + up.name() + "' lies in " + up.country() + ", not " + p.country());
            }
        }
        Map<String, List<String>> chains = new HashMap<>();
        for (Place p : lex.byName.values()) {
            chains.put(p.name(), lex.chain(p, rows));
        }
        lex.ancestors = Map.copyOf(chains);
        lex.trie.freeze();
        return lex;
    }

    /** {@code p}'s names up to its country, failing on the last row of a parent cycle. */
    private List<String> chain(Place p, Map<String, TsvFile.Row> rows) {
        List<String> names = new ArrayList<>();
        for (Place at = p; at != null; at = at.parent() == null ? null : byName.get(at.parent())) {
            int seen = names.indexOf(at.name());
            if (seen >= 0) {
                List<String> cycle = new ArrayList<>(names.subList(seen, names.size()));
                cycle.add(at.name());
                String last = cycle.stream().max(Comparator.comparingInt(n -> rows.get(n).line())).orElseThrow();
                throw rows.get(last).error("parent cycle: " + String.join(" -> ", cycle));
            }
            names.add(at.name());
        }
        return List.copyOf(names);
    }

    /** Every place, in file order. */
    public java.util.Collection<Place> all() {
        return java.util.Collections.unmodifiableCollection(byName.values());
    }

    /** The spellings of the place of this canonical name, in file order; empty for a name that is no place. */
    public List<String> aliases(String name) {
        return java.util.Collections.unmodifiableList(aliases.getOrDefault(name, List.of()));
    }

    /** The place of this canonical name, or null. */
    public Place place(String name) {
        return byName.get(name);
    }

    /**
     * The chain [name, parent, grandparent, ..., country name] of the place of this canonical name (just
     * [name] for a country); empty for a name that is no place.
     */
    public List<String> ancestors(String name) {
        return name == null ? List.of() : ancestors.getOrDefault(name, List.of());
    }

    /** Whether {@code inner} lies in {@code outer}: the same place or one of its ancestors. */
    public boolean contains(String outer, String inner) {
        return outer != null && (outer.equals(inner) || ancestors(inner).contains(outer));
    }

    /**
     * Whether two places may name where one event happened: either unknown (null), the same, or one lying
     * in the other (a town and its province or country), not two towns, nor two provinces.
     */
    public boolean compatible(String a, String b) {
        return a == null || b == null || contains(a, b) || contains(b, a);
    }

    /** The place named at token {@code i}, or null. */
    public PhraseTrie.Match<Place> match(Tokens t, int i, int end) {
        return trie.longest(t, i, end);
    }

    /** The lower-cased first words of every name: for the extractor's one-look-up-per-token mask. */
    public java.util.Set<String> firstWords() {
        return trie.firstWords();
    }

    /** The lower-cased words of every name. */
    public java.util.Set<String> words() {
        return trie.words();
    }

    /** Matches tokens made against {@code v} by word id (see {@link PhraseTrie#index}). */
    public void index(org.conflicttally.text.Vocabulary v) {
        trie.index(v);
    }
}
