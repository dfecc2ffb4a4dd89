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
 * role noun alone ("soldiers") gives a role whose country the caller resolves from context.
 */
public final class ActorLexicon {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})?");
    private static final Pattern ROLE = Pattern.compile("MIL|GOV|REB|OPP|CVL");

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
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> roleNames = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();

    private ActorLexicon() {
    }

    public static ActorLexicon compile(TsvFile file) {
        ActorLexicon lex = new ActorLexicon();
        for (TsvFile.Row row : file.rows()) {
            row.expectColumns(4, 4);
            String kind = row.required(0, "kind");
            String code = row.required(1, "code");
            String name = row.required(2, "name");
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
                default -> throw row.error("unknown kind '" + kind + "' (country, role, group)");
            }
            Entry e = new Entry(kind, code, name);
            for (String alias : row.required(3, "aliases").split("\\|")) {
                if (alias.isBlank()) {
                    throw row.error("empty alias");
                }
                if (!lex.trie.add(alias.strip(), e)) {
                    throw row.error("duplicate alias '" + alias.strip() + "'");
                }
            }
        }
        lex.trie.freeze();
        return lex;
    }

    /**
     * The actor named at token {@code i}: a country with the role nouns right after it, a group, or a
     * bare role. Null when no name starts there.
     */
    public ActorMention match(Tokens t, int i, int end) {
        PhraseTrie.Match<Entry> m = trie.longest(t, i, end);
        if (m == null) {
            return null;
        }
        Entry e = m.value();
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
        String code = role == null ? e.code() : e.code() + role;
        return new ActorMention(i, k, e.code(), role, code, role == null ? ActorMention.Kind.COUNTRY : ActorMention.Kind.COUNTRY_ROLE);
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
        return trie.words();
    }

    /** Matches tokens made against {@code v} by word id (see {@link PhraseTrie#index}). */
    public void index(org.conflicttally.text.Vocabulary v) {
        trie.index(v);
    }
}
