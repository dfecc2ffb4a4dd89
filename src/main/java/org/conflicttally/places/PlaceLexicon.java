package org.conflicttally.places;

import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;

/** Places of the conflict zones with their spellings ({@code places.tsv}), matched longest first. */
public final class PlaceLexicon {
    /** One place: its canonical name, its country (ISO alpha-3) and what it is. */
    public record Place(String name, String country, String kind) {
    }

    private final PhraseTrie<Place> trie = new PhraseTrie<>();

    private PlaceLexicon() {
    }

    public static PlaceLexicon compile(TsvFile file) {
        PlaceLexicon lex = new PlaceLexicon();
        for (TsvFile.Row row : file.rows()) {
            row.expectColumns(4, 4);
            String country = row.required(1, "country");
            if (!country.matches("[A-Z]{3}")) {
                throw row.error("country must be ISO 3166 alpha-3, got '" + country + "'");
            }
            Place p = new Place(row.required(0, "name"), country, row.required(2, "kind"));
            for (String alias : row.required(3, "aliases").split("\\|")) {
                if (alias.isBlank()) {
                    throw row.error("empty alias");
                }
                if (!lex.trie.add(alias.strip(), p)) {
                    throw row.error("duplicate alias '" + alias.strip() + "'");
                }
            }
        }
        lex.trie.freeze();
        return lex;
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
