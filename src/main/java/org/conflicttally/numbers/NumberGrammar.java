package org.conflicttally.numbers;

import org.conflicttally.text.Tokens;

/**
 * The one grammar of numbers: the number that starts at a piece, in digits ({@link DigitNumbers}) or in
 * words ({@link WordNumbers}), with its sign ("-5", "minus one"). Every reader of numbers goes through it:
 * counts ({@link CountReader}), every number with its value and ranges ({@link NumberReader#readAll},
 * {@link RangeReader}). Immutable; shared by threads.
 */
final class NumberGrammar {
    final NumberLexicon lex;
    final WordNumbers words;
    private final DigitNumbers digits;

    NumberGrammar(NumberLexicon lex, Dialect dialect) {
        this.lex = lex;
        this.words = new WordNumbers(lex, dialect);
        this.digits = new DigitNumbers(lex, dialect, words);
    }

    /** The number starting at piece {@code i} (which must exist), its sign included, or null. */
    Num number(Pieces p, int i) {
        if (p.is(i, Pieces.HYPHEN) && p.kind[i] == Tokens.PUNCT && p.has(i + 1) && DigitNumbers.startsDigits(p, i + 1)
                && signPosition(p, i)) {
            Num m = digits.read(p, i + 1);
            if (m != null) {
                return m.rejected() ? m : m.negated(i);
            }
        }
        if (p.kind[i] == Tokens.WORD) {
            PiecePhrases.Match<String> op = lex.operators.longest(p, i);
            if (op != null && op.value().equals(NumberLexicon.NEGATIVE) && p.has(op.to())) {
                Num m = DigitNumbers.startsDigits(p, op.to()) ? digits.read(p, op.to()) : words.read(p, op.to());
                if (m != null && !m.rejected()) {
                    return m.negated(i);
                }
            }
            return words.read(p, i);
        }
        return DigitNumbers.startsDigits(p, i) ? digits.read(p, i) : null;
    }

    /** Whether a number that is not rejected starts at piece {@code i}. */
    boolean startsNumber(Pieces p, int i) {
        if (!p.has(i)) {
            return false;
        }
        Num m = number(p, i);
        return m != null && !m.rejected();
    }

    /**
     * "-" is a minus sign when written against the figure ("-5", "<-30") after punctuation or a word it
     * does not join ("SCP-173" is 173), or, spaced, at the very start ("- 1 4/5"): in "Syria - 20 killed"
     * it is a dash.
     */
    private boolean signPosition(Pieces p, int i) {
        if (i == 0) {
            return true;
        }
        if (!p.adjacent(i, i + 1)) {
            return false;
        }
        if (p.kind[i - 1] == Tokens.PUNCT) {
            return true;
        }
        return p.kind[i - 1] == Tokens.WORD && !p.adjacent(i - 1, i) && !lex.isNumberWord(p.lower(i - 1));
    }
}
