package org.conflicttally.numbers;

import org.conflicttally.text.Tokens;

/**
 * Digits and what is written against them: "3,600", "1 234 567", ".08", "10k", "1.3e6", "1.1^23", "3/4",
 * "2 1/4", "2 million", "3 dozens", and a ratio after them ("2000 over 3"). A unit written against the
 * figure makes it no number ("180ml", "4th"). The scale words and abbreviations come from
 * {@link NumberLexicon}; the notation (decimal point, exponent "e", "^", "/") is not language.
 */
final class DigitNumbers {
    private static final String POWER = "^";
    private static final String DOT = ".";

    private final NumberLexicon lex;
    private final Dialect dialect;
    private final WordNumbers words;

    DigitNumbers(NumberLexicon lex, Dialect dialect, WordNumbers words) {
        this.lex = lex;
        this.dialect = dialect;
        this.words = words;
    }

    /** Whether a number in digits starts at piece {@code i} ("12", ".08"). */
    static boolean startsDigits(Pieces p, int i) {
        return p.kind[i] == Tokens.NUMBER || leadingDot(p, i);
    }

    /** ".08": a dot that starts a decimal (not the dot of "192.168"). */
    private static boolean leadingDot(Pieces p, int i) {
        return p.is(i, DOT) && p.has(i + 1) && p.kind[i + 1] == Tokens.NUMBER && p.adjacent(i, i + 1)
                && !p.decimal[i + 1] && p.intDigits[i + 1] > 0
                && !(i > 0 && p.kind[i - 1] == Tokens.NUMBER && p.adjacent(i - 1, i));
    }

    /** The number in digits at piece {@code q}, or null. */
    Num read(Pieces p, int q) {
        double v;
        int i;
        boolean plain;
        if (leadingDot(p, q)) {
            v = Double.parseDouble("0." + p.raw(q + 1));
            i = q + 2;
            plain = false;
        } else if (p.kind[q] == Tokens.NUMBER) {
            v = p.num[q];
            i = q + 1;
            plain = !p.decimal[q] && p.intDigits[q] > 0;
            if (plain && p.intDigits[q] <= 3) {
                int g = digitGroupsEnd(p, q);
                for (int k = q + 1; k < g; k++) {
                    v = v * 1000 + p.num[k];
                    plain = false;
                }
                i = g;
            }
        } else {
            return null;
        }
        if (p.has(i) && p.kind[i] == Tokens.WORD && p.adjacent(i - 1, i)) {
            return writtenAgainst(p, q, i, v);
        }
        if (dialect.notation()) {
            Num n = notation(p, q, i, v, plain);
            if (n != null) {
                return n;
            }
        }
        // "2 million", "2.33 k", "3 dozens"; but "5 Jun 2016 Dozens of civilians" is a dateline
        boolean yearLike = plain && p.intDigits[q] == 4 && v >= 1900 && v <= 2099;
        if (p.has(i) && p.kind[i] == Tokens.WORD && !yearLike) {
            Num scaled = scaledAfter(p, q, i, v);
            if (scaled != null) {
                return scaled;
            }
        }
        if (plain) {
            Num r = words.ratio(p, q, i, v);
            if (r != null) {
                return r;
            }
        }
        return bare(p, q, i, v);
    }

    /**
     * The end of the digit groups that continue the figure at {@code q} ("1 234 567", "40 000", "3\u00A0000",
     * "1'000"): groups of three digits, each after one separator ({@link Pieces#groupSeparator}); q + 1 when
     * none. Every number as written takes any of them. A count takes a no-break, narrow, thin or figure
     * space, a zero-width character or an apostrophe after a first group of one to three digits that does
     * not start with 0 ("Get short URL 0 214" is two figures); a plain space only where no figure stands
     * right before or after ("Over 1 000 civilians", but "in 2016 200 people", "the 101 102 and 103 gas
     * fields"): English separates numbers with words, so two figures side by side are one number grouped
     * with spaces, unless they read as a list.
     */
    private int digitGroupsEnd(Pieces p, int q) {
        int i = q + 1;
        boolean plainSpace = false;
        while (p.has(i) && p.kind[i] == Tokens.NUMBER && p.intDigits[i] == 3) {
            int sep = p.groupSeparator(i - 1, i);
            if (sep == Pieces.NO_SEPARATOR) {
                break;
            }
            plainSpace |= sep == Pieces.PLAIN_SPACE;
            i++;
            if (p.decimal[i - 1]) {
                break;
            }
        }
        if (i == q + 1 || dialect.spacedDigitGroups()) {
            return i;
        }
        if (Tokens.digitValue(p.text.charAt(p.start[q])) == 0) {
            return q + 1;
        }
        return plainSpace && (p.figureBefore(q) || p.figureAfter(i - 1)) ? q + 1 : i;
    }

    /** "1.1^23", "3/4", "2 1/4" after the figure at [q, i). */
    private static Num notation(Pieces p, int q, int i, double v, boolean plain) {
        if (p.has(i) && p.is(i, POWER) && p.adjacent(i - 1, i)) {
            Num pow = power(p, q, i, v);
            if (pow != null) {
                return pow;
            }
        }
        if (plain && slashFraction(p, q, i)) {
            return Num.of(q, i + 2, v / p.num[i + 1]);
        }
        // "2  1/4"
        if (plain && p.has(i + 2) && p.kind[i] == Tokens.NUMBER && !p.adjacent(i - 1, i) && !p.decimal[i]
                && p.intDigits[i] > 0 && slashFraction(p, i, i + 1)) {
            return Num.of(q, i + 3, v + p.num[i] / p.num[i + 2]);
        }
        return null;
    }

    /** The figure at [q, i) with nothing after it; a bare decimal ("12.00") only where the dialect takes one. */
    private Num bare(Pieces p, int q, int i, double v) {
        return dialect.bareDecimals() || !p.decimal[i - 1] ? Num.of(q, i, v) : null;
    }

    /** "2 million", "2 k", "3 hundred thousand", "3 dozens": scales after a space. */
    private Num scaledAfter(Pieces p, int q, int i, double v) {
        Long s = suffix(p, i);
        if (s != null) {
            return Num.of(q, i + 1, v * s);
        }
        int k = i;
        double scaled = v;
        long last = 0;
        while (p.has(k) && p.kind[k] == Tokens.WORD && (k == i || dialect.scaleChains())) {
            Long sc = lex.scaleWord(p.lower(k));
            if (sc == null || sc <= last) {
                break;
            }
            scaled *= sc;
            last = sc;
            k++;
        }
        if (k > i) {
            return Num.of(q, k, scaled);
        }
        Long d = dialect.dozensAfterFigures() ? lex.dozens.get(p.lower(i)) : null;
        return d == null ? null : Num.of(q, i + 1, v * d);
    }

    /**
     * A word glued to digits: an exponent ("1e10"), a scale ("10k", "3.6bn"), or a unit that makes the
     * figure no number at all ("180ml", "4th").
     */
    private Num writtenAgainst(Pieces p, int q, int i, double v) {
        String w = p.lower(i);
        if (dialect.notation() && w.charAt(0) == 'e' && allDigits(w, 1)) {
            return exponent(p, q, i, v, w);
        }
        Long s = suffix(p, i);
        if (s == null) {
            s = lex.scaleWord(w);
        }
        if (s == null && dialect.dozensAfterFigures()) {
            s = lex.dozens.get(w);
        }
        if (s == null && (p.decimal[i - 1] || !dialect.unitsMakeNoNumber())) {
            s = lex.scales.get(w); // "3.6m", "2.5bn": the short scales; "3m" is metres, but for counts
        }
        if (s != null) {
            return Num.of(q, i + 1, v * s);
        }
        return dialect.unitsMakeNoNumber() ? Num.rejected(q, i + 1) : bare(p, q, i, v);
    }

    /** A scale abbreviation as written ("k", "M"); the count kinds have none, and then no String is made. */
    private Long suffix(Pieces p, int i) {
        return lex.suffixes.isEmpty() ? null : lex.suffixes.get(p.raw(i));
    }

    /** "1e10", "1.3e6", "1e-3" (the sign and digits as pieces of their own). */
    private static Num exponent(Pieces p, int q, int i, double v, String w) {
        int k = i + 1;
        double exp;
        if (w.length() > 1) {
            exp = Double.parseDouble(w.substring(1));
        } else {
            double sign = 1;
            while (p.has(k) && (p.is(k, Pieces.PLUS) || p.is(k, Pieces.HYPHEN)) && p.adjacent(k - 1, k)) {
                sign = p.is(k, Pieces.HYPHEN) ? -sign : sign;
                k++;
            }
            if (!p.has(k) || p.kind[k] != Tokens.NUMBER || !p.adjacent(k - 1, k)) {
                return Num.rejected(q, i + 1);
            }
            exp = sign * p.num[k];
            k++;
        }
        return Num.of(q, k, v * Math.pow(10, exp));
    }

    /** "1.1^23", "2.5^-1", "1.1^--23" (signs multiply). */
    private static Num power(Pieces p, int q, int i, double v) {
        int k = i + 1;
        double sign = 1;
        while (p.has(k) && (p.is(k, Pieces.PLUS) || p.is(k, Pieces.HYPHEN))) {
            sign = p.is(k, Pieces.HYPHEN) ? -sign : sign;
            k++;
        }
        if (!p.has(k) || p.kind[k] != Tokens.NUMBER) {
            return null;
        }
        return Num.of(q, k + 1, Math.pow(v, sign * p.num[k]));
    }

    /** "3/4" at pieces q, q+1, q+2, but not inside "5/17/2018". */
    private static boolean slashFraction(Pieces p, int q, int slash) {
        if (!p.has(slash + 1) || !p.is(slash, Pieces.SLASH) || !p.adjacent(slash - 1, slash)
                || p.kind[slash + 1] != Tokens.NUMBER || !p.adjacent(slash, slash + 1) || p.decimal[slash + 1]
                || p.intDigits[slash + 1] <= 0 || p.num[slash + 1] == 0) {
            return false;
        }
        boolean before = q > 0 && p.is(q - 1, Pieces.SLASH) && p.adjacent(q - 1, q);
        boolean after = p.has(slash + 2) && p.is(slash + 2, Pieces.SLASH) && p.adjacent(slash + 1, slash + 2);
        return !before && !after;
    }

    private static boolean allDigits(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
