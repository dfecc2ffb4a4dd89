package org.conflicttally.numbers;

import java.util.ArrayList;
import java.util.List;
import org.conflicttally.text.Tokens;

/**
 * The run of number words at a piece, as items: "one hundred and twenty-five" is ONE, HUNDRED, AND,
 * UNIT 25. {@link WordNumbers} and {@link WordFractions} compose the items into a value; this class only
 * says what each word is, from the tables of {@link NumberLexicon}.
 */
final class WordItems {
    // the kinds of item
    static final byte START = 0;
    static final byte UNIT = 1; // 0-19, and compounds such as "twenty-five"
    static final byte TEN = 2;
    static final byte HUNDRED = 3;
    static final byte SCALE = 4; // thousand and up
    static final byte DOZEN = 5;
    static final byte ORD = 6; // ordinals as denominators: "fifths", "a half"
    static final byte AND = 7;
    static final byte HYPHEN = 8;
    static final byte ARTICLE = 9;
    static final byte POINT = 10;

    /**
     * One item: a word, or a ten and a unit or ordinal merged ("twenty-five", "twenty-first"). {@code noun}
     * marks the ordinals that are nouns of their own ("half", "quarter").
     */
    record Item(byte kind, long value, boolean plural, boolean noun, String word, int from, int to) {
    }

    private final NumberLexicon lex;
    private final Dialect dialect;

    WordItems(NumberLexicon lex, Dialect dialect) {
        this.lex = lex;
        this.dialect = dialect;
    }

    /** The run of number words at piece {@code q}; it never ends on a joiner or an article. */
    List<Item> collect(Pieces p, int q) {
        List<Item> items = new ArrayList<>();
        int i = q;
        while (p.has(i)) {
            Item it = item(p, i, items.isEmpty() ? START : items.get(items.size() - 1).kind());
            if (it == null) {
                break;
            }
            items.add(it);
            i = it.to();
            if (it.kind() == ORD || it.kind() == DOZEN) {
                break;
            }
        }
        while (!items.isEmpty() && isJoiner(items.get(items.size() - 1).kind())) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    private static boolean isJoiner(byte kind) {
        return kind == AND || kind == HYPHEN || kind == ARTICLE;
    }

    /** The item at piece {@code i} after an item of kind {@code previous}, or null when none is there. */
    Item item(Pieces p, int i, byte previous) {
        if (p.kind[i] == Tokens.PUNCT) {
            return p.is(i, Pieces.HYPHEN) && previous != START && previous != HYPHEN && previous != AND
                    ? new Item(HYPHEN, 0, false, false, Pieces.HYPHEN, i, i + 1) : null;
        }
        if (p.kind[i] != Tokens.WORD) {
            return null;
        }
        String w = p.lower(i);
        Long v = lex.units.get(w);
        if (v != null) {
            return new Item(UNIT, v, false, false, w, i, i + 1);
        }
        v = lex.tens.get(w);
        if (v != null) {
            return ten(p, i, w, v);
        }
        Long s = lex.scaleWord(w);
        if (s != null) {
            return new Item(s == 100 ? HUNDRED : SCALE, s, false, false, w, i, i + 1);
        }
        v = lex.dozens.get(w);
        if (v != null) {
            return new Item(DOZEN, v, false, false, w, i, i + 1);
        }
        NumberLexicon.Ordinal o = lex.ordinals.get(w);
        if (o != null) {
            return new Item(ORD, o.value(), o.plural(), o.noun(), w, i, i + 1);
        }
        if (lex.wordJoiners.contains(w)) {
            return previous != START && previous != AND && previous != HYPHEN
                    ? new Item(AND, 0, false, false, w, i, i + 1) : null;
        }
        if (lex.articles.contains(w)) {
            return previous == START || previous == AND ? new Item(ARTICLE, 1, false, false, w, i, i + 1) : null;
        }
        PiecePhrases.Match<String> op = lex.operators.longest(p, i);
        if (op != null && op.value().equals(NumberLexicon.DECIMAL_POINT) && previous != START) {
            return new Item(POINT, 0, false, false, w, i, op.to());
        }
        return null;
    }

    /**
     * A ten, or a ten merged with the unit or ordinal after its hyphen: "twenty-five", "twenty-first", and
     * "fifty - two" where the dialect takes spaced hyphens.
     */
    private Item ten(Pieces p, int i, String w, long v) {
        if (p.has(i + 2) && p.is(i + 1, Pieces.HYPHEN) && p.kind[i + 2] == Tokens.WORD
                && (dialect.spacedHyphens() || p.adjacent(i, i + 1) && p.adjacent(i + 1, i + 2))) {
            String u = p.lower(i + 2);
            Long uv = lex.units.get(u);
            if (uv != null && uv >= 1 && uv <= 9) {
                return new Item(UNIT, v + uv, false, false, w + Pieces.HYPHEN + u, i, i + 3);
            }
            NumberLexicon.Ordinal o = lex.ordinals.get(u);
            if (o != null && o.value() >= 1 && o.value() <= 9 && !o.noun()) {
                return new Item(ORD, v + o.value(), o.plural(), false, w + Pieces.HYPHEN + u, i, i + 3);
            }
        }
        return new Item(TEN, v, false, false, w, i, i + 1);
    }
}
