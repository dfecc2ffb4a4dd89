package org.conflicttally.numbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;
import org.conflicttally.text.Vocabulary;

/**
 * The rows of {@code quantities.tsv} compiled into the tables the number readers look words up in: every
 * English word the grammar knows comes from here, the readers hold only the mechanism. A bad row (unknown
 * kind, a value that is no number, a duplicate phrase) fails with file and line. Immutable once compiled;
 * shared by threads.
 */
final class NumberLexicon {
    /** The kinds of row; any other fails the load with file and line. */
    static final List<String> KINDS = List.of("unit", "ten", "scale", "dozen", "article", "word_joiner", "fraction",
            "fraction_of", "vague", "qualifier", "count_joiner", "ordinal", "ordinal_noun", "ordinal_article",
            "suffix", "operator", "bound", "bound_after", "bound_joiner", "span", "span_joiner");

    /** Operator roles in the {@code operator} rows. */
    static final String NEGATIVE = "negative";
    static final String DECIMAL_POINT = "point";
    static final String RATIO = "ratio";
    static final String PROPER_RATIO = "proper_ratio";

    /** Bound symbols of the {@code bound} and {@code bound_after} rows. */
    static final String GT = ">";
    static final String GE = ">=";
    static final String LT = "<";
    static final String LE = "<=";
    static final String EQ = "=";

    private static final Set<String> OPERATOR_ROLES = Set.of(NEGATIVE, DECIMAL_POINT, RATIO, PROPER_RATIO);
    private static final Set<String> BOUND_SYMBOLS = Set.of(GT, GE, LT, LE, EQ);
    private static final Set<String> BOUND_AFTER_SYMBOLS = Set.of(GE, LE, EQ);
    private static final Set<String> QUALIFIERS = Set.of(Quantity.AT_LEAST, Quantity.AT_MOST, Quantity.ABOUT,
            Quantity.RANGE);

    /**
     * An ordinal used as a denominator: "fifth" (5, singular), "thirds" (3, plural); a noun ("half",
     * "quarter") joins no ten and may make a denominator of 2.
     */
    record Ordinal(long value, boolean plural, boolean noun) {
    }

    /** A hedge before a count ("at least"); a range hedge ("between") with the words between its figures. */
    record Hedge(String qualifier, PhraseTrie<Boolean> joiners) {
    }

    // number words, by lower-cased word
    final Map<String, Long> units = new HashMap<>();
    final Map<String, Long> tens = new HashMap<>();
    final Map<String, Long> scales = new HashMap<>();
    final Map<String, Long> dozens = new HashMap<>();
    final Map<String, Ordinal> ordinals = new HashMap<>();
    /** Scale abbreviations matched as written: "k", "M", "bn"; "m" is metres. */
    final Map<String, Long> suffixes = new HashMap<>();
    // one-word links inside a number in words
    final Set<String> articles = new HashSet<>();
    final Set<String> wordJoiners = new HashSet<>();
    final Set<String> fractionOf = new HashSet<>();
    final Set<String> ordinalArticles = new HashSet<>();
    // phrases over pieces (see Pieces)
    final PiecePhrases<String> operators = new PiecePhrases<>();
    final PiecePhrases<Double> fractions = new PiecePhrases<>();
    final PiecePhrases<String> bounds = new PiecePhrases<>();
    final PiecePhrases<String> boundsAfter = new PiecePhrases<>();
    final PiecePhrases<Boolean> boundJoiners = new PiecePhrases<>();
    final PiecePhrases<PiecePhrases<Boolean>> spans = new PiecePhrases<>();
    final PiecePhrases<Boolean> spanJoiners = new PiecePhrases<>();
    // what a count has around it, matched over tokens (by vocabulary id once indexed)
    final PhraseTrie<Hedge> hedges = new PhraseTrie<>();
    final PhraseTrie<long[]> vague = new PhraseTrie<>();
    final PhraseTrie<Boolean> countJoiners = new PhraseTrie<>();
    /** First words of the fraction phrases ("half", "a"): a count may start with them. */
    private final Set<String> fractionFirstWords = new HashSet<>();
    private final Set<String> fractionWords = new HashSet<>();
    /** The fractions that are one word ("half"): an ordinal standing alone is a number only if it is one. */
    final Map<String, Double> oneWordFractions = new HashMap<>();
    /** The joiners of the range hedges, to index with the rest. */
    private final List<PhraseTrie<Boolean>> rangeJoiners = new ArrayList<>();

    private NumberLexicon() {
    }

    /**
     * The kinds counts are read with: no ordinals ("three quarters" counts 3), no suffixes ("10k" counts
     * 10), no operators ("1 out of 15", "2016 over 20", "two point five"), as counts have always been read.
     */
    static final Set<String> COUNT_KINDS = Set.of("unit", "ten", "scale", "dozen", "article", "word_joiner",
            "fraction", "fraction_of", "vague", "qualifier", "count_joiner");

    /** Kinds whose words join the parts of a number and never start one. */
    static final Set<String> JOINER_KINDS = Set.of("word_joiner", "fraction_of", "ordinal_article", "count_joiner");

    /** Every row of the file. */
    static NumberLexicon compile(TsvFile file) {
        return compile(file, KINDS);
    }

    /** The rows of these kinds; the others are checked for their kind only. */
    static NumberLexicon compile(TsvFile file, java.util.Collection<String> kinds) {
        NumberLexicon x = new NumberLexicon();
        for (TsvFile.Row row : file.rows()) {
            if (kinds.contains(row.oneOf(0, "kind", KINDS))) {
                x.add(row);
            }
        }
        x.hedges.freeze();
        x.vague.freeze();
        x.countJoiners.freeze();
        return x;
    }

    private void add(TsvFile.Row row) {
        String kind = row.oneOf(0, "kind", KINDS);
        List<String> phrases = row.phrases(1, "phrases");
        switch (kind) {
            case "unit" -> putWords(units, phrases, row.wholeNumber(2, "value"), row);
            case "ten" -> putWords(tens, phrases, row.wholeNumber(2, "value"), row);
            case "scale" -> putWords(scales, phrases, row.wholeNumber(2, "value"), row);
            case "dozen" -> putWords(dozens, phrases, row.wholeNumber(2, "value"), row);
            case "article" -> addWords(articles, phrases, row);
            case "word_joiner" -> addWords(wordJoiners, phrases, row);
            case "fraction_of" -> addWords(fractionOf, phrases, row);
            case "ordinal_article" -> addWords(ordinalArticles, phrases, row);
            case "fraction" -> {
                double f = row.number(2, "fraction");
                addAll(fractions, phrases, f, row);
                for (String p : phrases) {
                    Tokens t = Tokens.of(p);
                    fractionFirstWords.add(t.lower(0));
                    if (t.size() == 1) {
                        oneWordFractions.put(t.lower(0), f);
                    }
                    for (int k = 0; k < t.size(); k++) {
                        fractionWords.add(t.lower(k));
                    }
                }
            }
            case "vague" -> {
                long[] lowHigh = {row.wholeNumber(2, "low"), row.wholeNumber(3, "high")};
                for (String p : phrases) {
                    addUnique(vague, p, lowHigh, row);
                }
            }
            case "qualifier" -> addHedges(phrases, row);
            case "count_joiner" -> {
                for (String p : phrases) {
                    addUnique(countJoiners, p, Boolean.TRUE, row);
                }
            }
            case "ordinal", "ordinal_noun" -> addOrdinals(phrases, kind.equals("ordinal_noun"), row);
            case "suffix" -> {
                long v = row.wholeNumber(2, "value");
                for (String p : phrases) {
                    if (suffixes.put(p, v) != null) { // as written: "M" is a million, "m" a metre
                        throw row.error("duplicate phrase '" + p + "'");
                    }
                }
            }
            case "operator" -> addAll(operators, phrases, row.oneOf(2, "role", OPERATOR_ROLES), row);
            case "bound" -> addAll(bounds, phrases, row.oneOf(2, "bound", BOUND_SYMBOLS), row);
            case "bound_after" -> addAll(boundsAfter, phrases, row.oneOf(2, "bound", BOUND_AFTER_SYMBOLS), row);
            case "bound_joiner" -> addAll(boundJoiners, phrases, Boolean.TRUE, row);
            case "span_joiner" -> addAll(spanJoiners, phrases, Boolean.TRUE, row);
            case "span" -> {
                PiecePhrases<Boolean> joiners = new PiecePhrases<>();
                addAll(joiners, row.phrases(2, "joiners"), Boolean.TRUE, row);
                addAll(spans, phrases, joiners, row);
            }
            default -> throw new IllegalStateException(kind); // KINDS and the cases above disagree
        }
    }

    private void addHedges(List<String> phrases, TsvFile.Row row) {
        String q = row.oneOf(2, "qualifier", QUALIFIERS);
        PhraseTrie<Boolean> joiners = null;
        if (q.equals(Quantity.RANGE)) {
            joiners = new PhraseTrie<>();
            for (String j : row.phrases(3, "joiners between the two figures of a range")) {
                addUnique(joiners, j, Boolean.TRUE, row);
            }
            rangeJoiners.add(joiners.freeze());
        } else if (!row.optional(3).isEmpty()) {
            throw row.error("only a range hedge names joiners (column 4)");
        }
        for (String p : phrases) {
            addUnique(hedges, p, new Hedge(q, joiners), row);
        }
    }

    private void addOrdinals(List<String> singular, boolean noun, TsvFile.Row row) {
        long v = row.wholeNumber(2, "value");
        List<String> plural = row.phrases(3, "plural forms");
        for (List<String> forms : List.of(singular, plural)) {
            for (String p : forms) {
                String w = p.toLowerCase(Locale.ROOT);
                if (ordinals.put(w, new Ordinal(v, forms == plural, noun)) != null) {
                    throw row.error("duplicate phrase '" + p + "'");
                }
            }
        }
    }

    /** Words a count may start with (hedges, vague quantities, number words, articles, fractions). */
    Set<String> countStartWords() {
        Set<String> out = new HashSet<>(units.keySet());
        out.addAll(tens.keySet());
        out.addAll(articles);
        out.addAll(fractionFirstWords);
        out.addAll(hedges.firstWords());
        out.addAll(vague.firstWords());
        return out;
    }

    /** Every lower-cased word a count is read with: for the documents' {@link Vocabulary}. */
    Set<String> countWords() {
        Set<String> out = countStartWords();
        out.addAll(scales.keySet());
        out.addAll(dozens.keySet());
        out.addAll(wordJoiners);
        out.addAll(fractionOf);
        out.addAll(hedges.words());
        out.addAll(vague.words());
        out.addAll(countJoiners.words());
        out.addAll(fractionWords);
        for (PhraseTrie<Boolean> j : rangeJoiners) {
            out.addAll(j.words());
        }
        return out;
    }

    /** Lets the token tries follow tokens made against {@code v} by word id. */
    void index(Vocabulary v) {
        hedges.index(v);
        vague.index(v);
        countJoiners.index(v);
        for (PhraseTrie<Boolean> j : rangeJoiners) {
            j.index(v);
        }
    }

    /** Whether {@code w} is a unit, ten, scale or dozen word. */
    boolean isNumberWord(String w) {
        return units.containsKey(w) || tens.containsKey(w) || scales.containsKey(w) || dozens.containsKey(w);
    }

    /** A scale word that stands on its own: "hundred", "million"; "m" and "bn" only written against digits. */
    Long scaleWord(String w) {
        Long s = scales.get(w);
        return s != null && w.length() > 3 ? s : null;
    }

    private static void putWords(Map<String, Long> map, List<String> phrases, long value, TsvFile.Row row) {
        for (String p : phrases) {
            if (map.put(p.toLowerCase(Locale.ROOT), value) != null) {
                throw row.error("duplicate phrase '" + p + "'");
            }
        }
    }

    /** One-word links ("a", "and", "of"): the grammar compares them piece by piece. */
    private static void addWords(Set<String> set, List<String> phrases, TsvFile.Row row) {
        for (String p : phrases) {
            Tokens t = Tokens.of(p);
            if (t.size() != 1 || !t.isWord(0)) {
                throw row.error("'" + p + "' is not one word");
            }
            if (!set.add(t.lower(0))) {
                throw row.error("duplicate phrase '" + p + "'");
            }
        }
    }

    private static <T> void addAll(PiecePhrases<T> table, List<String> phrases, T value, TsvFile.Row row) {
        for (String p : phrases) {
            if (!table.add(p, value)) {
                throw row.error("duplicate phrase '" + p + "'");
            }
        }
    }

    private static <T> void addUnique(PhraseTrie<T> trie, String phrase, T value, TsvFile.Row row) {
        if (!trie.add(phrase, value)) {
            throw row.error("duplicate phrase '" + phrase + "'");
        }
    }
}
