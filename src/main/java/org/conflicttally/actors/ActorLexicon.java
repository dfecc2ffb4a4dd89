package org.conflicttally.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;

/**
 * Names of actors mapped to CAMEO-style codes ({@code actors.tsv}). Three kinds of entry compose:
 * a country alias ("Turkish", "Damascus") followed by role nouns ("soldiers", "regime") gives country +
 * role ("TURMIL", "SYRGOV"); a group alias ("Islamic State", "Haftar's forces") gives its own code; a
 * role noun alone ("soldiers") gives a role whose country the caller resolves from context. A fourth
 * kind, place, lists the words around a bare country alias that make it a place rather than an actor
 * ("the Iraqi city of Ramadi", "in northern Syria").
 */
public final class ActorLexicon {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})?");
    private static final Pattern ROLE = Pattern.compile("MIL|GOV|REB|OPP|CVL");
    /** The keys of the source column, as the file's header explains them. */
    private static final java.util.Set<String> SOURCES = java.util.Set.of("public", "fa-kes", "world-dev", "geonames");

    /** One lexicon entry. */
    public record Entry(String kind, String code, String name) {
        public boolean isCountry() {
            return kind.equals("country");
        }

        public boolean isRole() {
            return kind.equals("role");
        }

        public boolean isGroup() {
            return kind.equals("group");
        }
    }

    private final PhraseTrie<Entry> trie = new PhraseTrie<>();
    /** Kind place, code AFTER: nouns after a country alias that make it a place ("the Iraqi city of"). */
    private final PhraseTrie<Boolean> placeAfter = new PhraseTrie<>();
    /** Kind place, code BEFORE: words before a country alias that make it a place ("northern Syria"). */
    private final PhraseTrie<Boolean> placeBefore = new PhraseTrie<>();
    /** The most tokens any name has: how far back a longer name holding a token may start. */
    private int longestName;
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> roleNames = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();

    private ActorLexicon() {
    }

    public static ActorLexicon compile(TsvFile file) {
        ActorLexicon lex = new ActorLexicon();
        for (TsvFile.Row row : file.rows()) {
            row.expectColumns(5, 5);
            String kind = row.required(0, "kind");
            String code = row.required(1, "code");
            String name = row.required(2, "name");
            checkSource(row);
            switch (kind) {
                case "country" -> {
                    if (!code.matches("[A-Z]{3}")) {
                        throw row.error("country code must be ISO 3166 alpha-3, got '" + code + "'");
                    }
                    lex.countryNames.put(code, name);
                }
                case "role" -> {
                    if (!ROLE.matcher(code).matches()) {
                        throw row.error("role must be one of MIL, GOV, REB, OPP, CVL, got '" + code + "'");
                    }
                    lex.roleNames.put(code, name);
                }
                case "group" -> {
                    if (!CODE.matcher(code).matches()) {
                        throw row.error("group code must be 3 or 6 capital letters, got '" + code + "'");
                    }
                    lex.groupNames.putIfAbsent(code, name);
                }
                case "place" -> {
                    if (!code.equals("AFTER") && !code.equals("BEFORE")) {
                        throw row.error("place code must be AFTER or BEFORE, got '" + code + "'");
                    }
                }
                default -> throw row.error("unknown kind '" + kind + "' (country, role, group, place)");
            }
            Entry e = new Entry(kind, code, name);
            PhraseTrie<Boolean> places = !kind.equals("place") ? null
                    : code.equals("AFTER") ? lex.placeAfter : lex.placeBefore;
            for (String alias : row.required(4, "aliases").split("\\|")) {
                if (alias.isBlank()) {
                    throw row.error("empty alias");
                }
                int words = Tokens.of(alias.strip()).size();
                if (places == lex.placeBefore && words != 1) {
                    throw row.error("a place word BEFORE a country is one word, got '" + alias.strip() + "'");
                }
                boolean fresh = places == null ? lex.trie.add(alias.strip(), e)
                        : places.add(alias.strip(), Boolean.TRUE);
                if (!fresh) {
                    throw row.error("duplicate alias '" + alias.strip() + "'");
                }
                lex.longestName = Math.max(lex.longestName, words);
            }
        }
        lex.trie.freeze();
        lex.placeAfter.freeze();
        lex.placeBefore.freeze();
        return lex;
    }

    /** The source column: one or more of {@link #SOURCES}, joined with '+' ("geonames+public"). */
    private static void checkSource(TsvFile.Row row) {
        for (String key : row.required(3, "source").split("\\+", -1)) {
            if (!SOURCES.contains(key)) {
                throw row.error("unknown source '" + key + "' (" + String.join(", ", new java.util.TreeSet<>(SOURCES))
                        + ", joined with '+')");
            }
        }
    }

    /**
     * The actor named at token {@code i}: a country with the role nouns right after it, a group, or a
     * bare role; a country named as a place comes {@link ActorMention#place()}. Null when no name starts
     * there, or when the name is part of a longer one that starts before it.
     */
    public ActorMention match(Tokens t, int i, int end) {
        PhraseTrie.Match<Entry> m = trie.longest(t, i, end);
        if (m == null) {
            return null;
        }
        Entry e = m.value();
        if (e.isCountry() && insideLongerName(t, i, end)) {
            return null; // "Sudan" in "South Sudan", "Guinea" in "Papua New Guinea": that name was read already
        }
        int to = m.to();
        // role nouns may follow: "Syrian regime forces", "Turkish soldiers", "pro-government militias";
        // the last one names the role
        String role = e.isRole() ? e.code() : null;
        int k = to;
        while (k < end) {
            PhraseTrie.Match<Entry> r = trie.longest(t, k, end);
            if (r == null || !r.value().isRole()) {
                break;
            }
            role = r.value().code();
            k = r.to();
        }
        if (e.isRole()) {
            return new ActorMention(i, k, null, role, role.equals("CVL") ? "CVL" : null, ActorMention.Kind.ROLE);
        }
        if (e.isGroup()) {
            // a group keeps its own code whatever role noun follows ("IS militants"); a state force's code
            // ("SYRMIL") still names its country
            String country = e.code().length() == 6 && countryNames.containsKey(e.code().substring(0, 3))
                    ? e.code().substring(0, 3) : null;
            return new ActorMention(i, to, country, null, e.code(), ActorMention.Kind.GROUP);
        }
        if (role == null && namesAPlace(t, i, to, end)) {
            return new ActorMention(i, to, e.code(), null, e.code(), ActorMention.Kind.COUNTRY, true);
        }
        String code = role == null ? e.code() : e.code() + role;
        return new ActorMention(i, k, e.code(), role, code, role == null ? ActorMention.Kind.COUNTRY : ActorMention.Kind.COUNTRY_ROLE);
    }

    /** Whether a country or group name that starts before token {@code i} runs over it. */
    private boolean insideLongerName(Tokens t, int i, int end) {
        for (int j = Math.max(0, i - longestName + 1); j < i; j++) {
            PhraseTrie.Match<Entry> outer = trie.longest(t, j, end);
            if (outer != null && outer.to() > i && !outer.value().isRole()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country alias [{@code from}, {@code to}) with no role noun that names a place, not an actor: "the
     * central Iraqi city of Ramadi", "in northern Syria".
     */
    private boolean namesAPlace(Tokens t, int from, int to, int end) {
        if (to < end && placeAfter.longest(t, to, end) != null) {
            return true;
        }
        return from > 0 && placeBefore.longest(t, from - 1, from) != null;
    }

    /** A display name for a code: "Turkey (armed forces)", "Islamic State", "civilians". */
    public String displayName(String code) {
        if (code == null) {
            return null;
        }
        String g = groupNames.get(code);
        if (g != null) {
            return g;
        }
        if (code.equals("CVL")) {
            return roleNames.getOrDefault("CVL", "civilians");
        }
        String country = countryNames.get(code.substring(0, Math.min(3, code.length())));
        if (code.length() == 6) {
            String role = roleNames.get(code.substring(3));
            return (country == null ? code.substring(0, 3) : country) + " (" + (role == null ? code.substring(3) : role) + ")";
        }
        return country == null ? code : country;
    }

    /** The lower-cased first words of every name: for the extractor's one-look-up-per-token mask. */
    public java.util.Set<String> firstWords() {
        return trie.firstWords();
    }

    /** The lower-cased words of every name. */
    public java.util.Set<String> words() {
        java.util.Set<String> all = new java.util.HashSet<>(trie.words());
        all.addAll(placeAfter.words());
        all.addAll(placeBefore.words());
        return all;
    }

    /** Matches tokens made against {@code v} by word id (see {@link PhraseTrie#index}). */
    public void index(org.conflicttally.text.Vocabulary v) {
        trie.index(v);
        placeAfter.index(v);
        placeBefore.index(v);
    }
}
