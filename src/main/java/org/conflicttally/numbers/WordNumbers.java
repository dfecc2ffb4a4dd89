package org.conflicttally.numbers;

import static org.conflicttally.numbers.WordItems.AND;
import static org.conflicttally.numbers.WordItems.ARTICLE;
import static org.conflicttally.numbers.WordItems.DOZEN;
import static org.conflicttally.numbers.WordItems.HUNDRED;
import static org.conflicttally.numbers.WordItems.POINT;
import static org.conflicttally.numbers.WordItems.SCALE;
import static org.conflicttally.numbers.WordItems.START;
import static org.conflicttally.numbers.WordItems.TEN;
import static org.conflicttally.numbers.WordItems.UNIT;

import java.util.List;
import org.conflicttally.numbers.WordItems.Item;
import org.conflicttally.text.Tokens;

/**
 * A number in words: "one hundred and six", "a dozen", "half a million", "two thirds" (through
 * {@link WordFractions}), "nine point nought four", and the ratios that may follow any whole number
 * ("2000 over 3", "one out of three"). The words come from {@link NumberLexicon}.
 */
final class WordNumbers {
    private final NumberLexicon lex;
    private final Dialect dialect;
    private final WordItems items;
    private final WordFractions fractions;

    WordNumbers(NumberLexicon lex, Dialect dialect) {
        this.lex = lex;
        this.dialect = dialect;
        this.items = new WordItems(lex, dialect);
        this.fractions = new WordFractions(lex);
    }

    WordItems items() {
        return items;
    }

    /** The number in words at piece {@code q}, or null. */
    Num read(Pieces p, int q) {
        Num scaled = scaledFractionPhrase(p, q);
        if (scaled != null) {
            return scaled;
        }
        List<Item> run = items.collect(p, q);
        if (run.isEmpty()) {
            return null;
        }
        Num fr = fractions.read(run);
        if (fr != null) {
            return scaledFraction(p, fr);
        }
        Num n = integer(run);
        if (n == null) {
            return null;
        }
        Num decimal = pointDecimal(run, n);
        if (decimal != null) {
            return decimal;
        }
        Num r = ratio(p, q, n.to(), n.value());
        return r != null ? r : n;
    }

    /** "half a dozen", "half a million", "a quarter of a million": a fraction phrase of quantities.tsv and a scale. */
    private Num scaledFractionPhrase(Pieces p, int q) {
        PiecePhrases.Match<Double> f = lex.fractions.longest(p, q);
        if (f == null) {
            return null;
        }
        int k = f.to();
        if (p.has(k) && lex.articles.contains(p.lower(k))) {
            k++;
        }
        if (!p.has(k)) {
            return null;
        }
        Long s = lex.scaleWord(p.lower(k));
        if (s == null && dialect.dozensAfterFigures()) {
            s = lex.dozens.get(p.lower(k));
        }
        return s == null ? null : Num.of(q, k + 1, f.value() * s);
    }

    /** "one and a half million", "two thirds of a million", "a half million". */
    private Num scaledFraction(Pieces p, Num fr) {
        int k = fr.to();
        if (p.has(k) && lex.fractionOf.contains(p.lower(k))) {
            k++;
        }
        if (p.has(k) && lex.articles.contains(p.lower(k))) {
            k++;
        }
        Long s = p.has(k) ? lex.scaleWord(p.lower(k)) : null;
        return s == null || s < 1000 ? fr : Num.of(fr.from(), k + 1, fr.value() * s);
    }

    /** "two hundred point zero three": the digits named after the point. */
    private static Num pointDecimal(List<Item> run, Num n) {
        int at = indexAfter(run, n.to());
        if (at >= run.size() || run.get(at).kind() != POINT) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        int k = at + 1;
        while (k < run.size() && (run.get(k).kind() == UNIT || run.get(k).kind() == TEN)) {
            digits.append(run.get(k).value());
            k++;
        }
        if (digits.length() == 0) {
            return null;
        }
        return Num.of(n.from(), run.get(k - 1).to(), n.value() + Double.parseDouble("0." + digits));
    }

    private static int indexAfter(List<Item> run, int piece) {
        for (int k = 0; k < run.size(); k++) {
            if (run.get(k).from() >= piece) {
                return k;
            }
        }
        return run.size();
    }

    /**
     * A whole number in words from the start of {@code run}: units and tens add, "hundred" multiplies what
     * precedes it, a larger scale multiplies all before it ("three lakh crore"), a smaller one adds ("one
     * million two thousand"); "and" only after hundred or a scale; "dozen" multiplies the part after the
     * last hundred ("three hundred and two dozens" is 324). Two units or two tens in a row are two numbers
     * ("three nought four").
     */
    static Num integer(List<Item> run) {
        double total = 0;
        long current = 0;
        long sinceHundred = 0;
        long lastBig = 0;
        byte last = START;
        int end = -1;
        for (int k = 0; k < run.size(); k++) {
            Item it = run.get(k);
            byte next = k + 1 < run.size() ? run.get(k + 1).kind() : START;
            boolean stop = false;
            switch (it.kind()) {
                case ARTICLE -> {
                    if (k == 0 && (next == HUNDRED || next == SCALE || next == DOZEN)) {
                        current = 1;
                        sinceHundred = 1;
                        last = ARTICLE;
                    } else {
                        stop = true;
                    }
                }
                case UNIT, TEN -> {
                    boolean ok = last == START || last == HUNDRED || last == SCALE || last == AND
                            || (last == TEN && it.kind() == UNIT && it.value() >= 1 && it.value() <= 9);
                    if (ok) {
                        current += it.value();
                        sinceHundred += it.value();
                        last = it.kind();
                        end = k;
                    } else {
                        stop = true;
                    }
                }
                case HUNDRED -> {
                    if ((last == UNIT || last == TEN || last == ARTICLE) && current < 100) {
                        current *= 100;
                        sinceHundred = 0;
                        last = HUNDRED;
                        end = k;
                    } else {
                        stop = true;
                    }
                }
                case SCALE -> {
                    boolean ok = last == UNIT || last == TEN || last == HUNDRED || last == ARTICLE
                            || (last == SCALE && it.value() > lastBig);
                    if (!ok) {
                        stop = true;
                    } else {
                        if (it.value() > lastBig) {
                            total = (total + current) * it.value();
                        } else {
                            total += current * (double) it.value();
                        }
                        lastBig = Math.max(lastBig, it.value());
                        current = 0;
                        sinceHundred = 0;
                        last = SCALE;
                        end = k;
                    }
                }
                case DOZEN -> {
                    if (last == UNIT || last == TEN || last == ARTICLE) {
                        current = current - sinceHundred + Math.max(sinceHundred, 1) * it.value();
                        end = k;
                    }
                    stop = true;
                }
                case AND -> {
                    if ((last == HUNDRED || last == SCALE) && (next == UNIT || next == TEN)) {
                        last = AND;
                    } else {
                        stop = true;
                    }
                }
                default -> stop = true;
            }
            if (stop) {
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        return Num.of(run.get(0).from(), run.get(end).to(), total + current);
    }

    /** "2000 over 3", "one out of three", "1 in twenty-one": a ratio after the whole number at [q, i). */
    Num ratio(Pieces p, int q, int i, double numerator) {
        if (!p.has(i) || p.kind[i] != Tokens.WORD) {
            return null;
        }
        PiecePhrases.Match<String> op = lex.operators.longest(p, i);
        if (op == null || !(op.value().equals(NumberLexicon.RATIO) || op.value().equals(NumberLexicon.PROPER_RATIO))
                || !p.has(op.to())) {
            return null;
        }
        if (q > 0 && p.kind[q - 1] == Tokens.PUNCT
                && Character.getType(p.text.charAt(p.start[q - 1])) == Character.CURRENCY_SYMBOL) {
            return null; // "$2000 over 3 years"
        }
        int d = op.to();
        Num den;
        if (p.kind[d] == Tokens.NUMBER) {
            if (p.decimal[d] || p.intDigits[d] <= 0 || (p.has(d + 1) && p.adjacent(d, d + 1)
                    && p.kind[d + 1] != Tokens.PUNCT)) {
                return null;
            }
            den = Num.of(d, d + 1, p.num[d]);
        } else {
            List<Item> run = items.collect(p, d);
            den = run.isEmpty() ? null : integer(run);
        }
        if (den == null || den.value() == 0) {
            return null;
        }
        if (op.value().equals(NumberLexicon.PROPER_RATIO)) {
            boolean yearLike = p.kind[d] == Tokens.NUMBER && p.intDigits[d] == 4;
            if (numerator >= den.value() || yearLike) {
                return null; // "12 out of 10", "3 in 2009"
            }
        }
        return Num.of(q, den.to(), numerator / den.value());
    }
}
