package org.conflicttally.numbers;

import java.util.Set;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.text.Tokens;
import org.conflicttally.text.Vocabulary;

/**
 * Counts as UCDP codes them, read at a token: the hedge before the number ("at least", "nearly"), a vague
 * quantity ("hundreds", "tens of thousands"), a range ("between 20 and 30", "10 to 15", "two or three"),
 * and the number itself as {@link NumberGrammar} reads it, kept only when it can count people or
 * incidents: a whole number from 0 to {@link #MAX_EXACT}, ending where a token ends ("26" of
 * "26.11.2014" is none), not a modifier ("10-year-old"). Immutable once indexed; shared by threads.
 */
final class CountReader {
    /**
     * Larger figures are no whole numbers a double holds exactly: read as no count at all. Which counts are
     * believed is not the reader's business but the bounds' (bounds.tsv, applied to each fact).
     */
    static final long MAX_EXACT = 1L << 53;
    /** Four-digit figures in this span may be years ("in 2017"): the extractor treats them with care. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private final NumberGrammar grammar;
    private final NumberLexicon lex;
    private final Set<String> startWords;
    /** {@link #startWords} by id of {@link #vocabulary}, set by {@link #index}. */
    private boolean[] startById;
    private Vocabulary vocabulary;

    /** Reads with a grammar of the {@link Dialect#COUNTS} dialect over the {@link NumberLexicon#COUNT_KINDS}. */
    CountReader(NumberGrammar grammar) {
        this.grammar = grammar;
        this.lex = grammar.lex;
        this.startWords = Set.copyOf(lex.countStartWords());
    }

    /** Looks the words a count starts with up by word id in tokens made against {@code v}. */
    void index(Vocabulary v) {
        boolean[] byId = new boolean[v.size()];
        for (String w : startWords) {
            int id = v.id(w);
            if (id < 0) {
                return; // a word the vocabulary lacks: keep looking words up by their Strings
            }
            byId[id] = true;
        }
        startById = byId;
        vocabulary = v;
    }

    /** Whether a count may start at token {@code i}: false for most words, without reading further. */
    boolean mayStart(Tokens t, int i) {
        if (t.isNumber(i)) {
            return true;
        }
        if (!t.isWord(i)) {
            return false;
        }
        if (vocabulary != null && t.vocabulary() == vocabulary) {
            int id = t.wordId(i);
            if (id >= 0 && startById[id]) {
                return true;
            }
            if (!t.hyphenated(i)) {
                return false;
            }
        } else if (startWords.contains(t.lower(i))) {
            return true;
        }
        // "twenty-five": a ten before a hyphen
        String w = t.lower(i);
        int dash = w.indexOf('-');
        return dash > 0 && lex.tens.containsKey(w.substring(0, dash));
    }

    /** The count starting at token {@code i} (hedge included), or null when none starts there. */
    Quantity read(Tokens t, int i, int end) {
        if (!mayStart(t, i)) {
            return null;
        }
        int j = i;
        NumberLexicon.Hedge hedge = null;
        PhraseTrie.Match<NumberLexicon.Hedge> h = lex.hedges.longest(t, i, end);
        if (h != null) {
            hedge = h.value();
            j = h.to();
        }
        if (j >= end) {
            return null;
        }
        PhraseTrie.Match<long[]> v = lex.vague.longest(t, j, end);
        if (v != null && (v.to() >= end || count(t, v.to(), end) == null)) {
            long[] lh = v.value();
            return new Quantity(i, v.to(), lh[0], null, lh[1], Quantity.VAGUE, Quantity.Flag.PLAIN);
        }
        Count first = count(t, j, end);
        if (first == null) {
            return null;
        }
        if (hedge != null && hedge.joiners() != null) {
            // "between 20 and 30": a range hedge reads two figures or none
            Count second = after(hedge.joiners(), t, first, end);
            return second != null && second.value > first.value
                    ? new Quantity(i, second.to, first.value, null, second.value, Quantity.RANGE, Quantity.Flag.PLAIN)
                    : null;
        }
        if (hedge == null) {
            // "10 to 15", "10-15": the second figure must be larger and of the same order
            Count second = after(lex.countJoiners, t, first, end);
            if (second != null && second.value > first.value && second.value <= first.value * 10) {
                return new Quantity(i, second.to, first.value, null, second.value, Quantity.RANGE,
                        Quantity.Flag.PLAIN);
            }
        }
        return Quantity.of(i, first.to, first.value, hedge == null ? Quantity.EXACT : hedge.qualifier(), first.flag);
    }

    /** A count at token {@code to} (exclusive end of the first) after one of {@code joiners}, or null. */
    private Count after(PhraseTrie<Boolean> joiners, Tokens t, Count first, int end) {
        PhraseTrie.Match<Boolean> j = first.to < end ? joiners.longest(t, first.to, end) : null;
        return j != null && j.to() < end ? count(t, j.to(), end) : null;
    }

    /** A bare count: its value, the token after it, and what kind of numeral it was. */
    private record Count(long value, int to, Quantity.Flag flag) {
    }

    /** The bare count at token {@code j} (no hedge), or null. */
    private Count count(Tokens t, int j, int end) {
        if (t.isNumber(j) ? t.hyphenSuffix(j) : !t.isWord(j)) {
            return null; // "10-year-old", "500-man": a modifier, not a count
        }
        // No rule of the count dialect looks before the figure (the sign, "$2000 over 3", "5/17/2018" are
        // the full dialect's), so the pieces start at it.
        Pieces p = Pieces.of(t, j, end);
        Num m = p.has(0) ? grammar.number(p, 0) : null;
        if (m == null || m.rejected() || !p.endsToken(m.to() - 1)) {
            return null;
        }
        double v = Math.rint(m.value());
        // "3.5" and "two thirds" count no people, "minus five" none either; "1.15 million" is whole but for
        // the last bit of a binary fraction
        if (v < 0 || v > MAX_EXACT || Math.abs(m.value() - v) > 1e-9 * Math.max(1, v)) {
            return null;
        }
        int to = p.token[m.to() - 1] + 1;
        boolean yearLike = t.isNumber(j) && to == j + 1 && t.end(j) - t.start(j) == 4 && v >= FIRST_YEAR
                && v <= LAST_YEAR;
        return new Count((long) v, to, yearLike ? Quantity.Flag.YEAR_LIKE : Quantity.Flag.PLAIN);
    }
}
