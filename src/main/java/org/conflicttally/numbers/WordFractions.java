package org.conflicttally.numbers;

import static org.conflicttally.numbers.WordItems.AND;
import static org.conflicttally.numbers.WordItems.ARTICLE;
import static org.conflicttally.numbers.WordItems.DOZEN;
import static org.conflicttally.numbers.WordItems.HYPHEN;
import static org.conflicttally.numbers.WordItems.ORD;
import static org.conflicttally.numbers.WordItems.POINT;

import java.util.ArrayList;
import java.util.List;
import org.conflicttally.numbers.WordItems.Item;

/**
 * A fraction in words: "two thirds", "a hundredth", "one and a half", "twenty and three fifths", "one
 * hundred thirty fifths" (100/35). The ordinal ends it; reading back from it, the words that compose with
 * it into one ordinal ("thirty fifths", "one hundred fifth") are the denominator, as Recognizers-Text
 * splits them; before that, "and" separates a whole part from the numerator. A singular ordinal needs a
 * numerator of one ("a", "an", "one"): "two millionth" is no fraction; and only an ordinal noun ("half")
 * makes a denominator of 2 or less ("a second" is no fraction).
 */
final class WordFractions {
    private final NumberLexicon lex;

    WordFractions(NumberLexicon lex) {
        this.lex = lex;
    }

    /** The fraction the items start with, or null. */
    Num read(List<Item> all) {
        int o = -1;
        for (int k = 0; k < all.size(); k++) {
            byte kind = all.get(k).kind();
            if (kind == ORD) {
                o = k;
                break;
            }
            if (kind == DOZEN || kind == POINT) {
                return null;
            }
        }
        if (o < 0) {
            return null;
        }
        List<Item> words = new ArrayList<>(o + 1);
        for (int k = 0; k <= o; k++) {
            if (all.get(k).kind() != HYPHEN) {
                words.add(all.get(k));
            }
        }
        Item ord = words.get(words.size() - 1);
        int from = all.get(0).from();
        int to = ord.to();
        if (words.size() == 1) {
            Double alone = lex.oneWordFractions.get(ord.word()); // "half"
            return alone == null ? null : Num.of(from, to, alone);
        }
        int n = words.size();
        for (int k = 1; k < n; k++) {
            if (words.get(k).kind() == ARTICLE && words.get(k - 1).kind() != AND) {
                return null;
            }
        }
        int split = splitDenominator(words);
        if (split <= 0 || words.get(split - 1).kind() == AND) {
            return null;
        }
        double den = value(words, split, n);
        if (den == 0 || (den <= 2 && !ord.noun())) {
            return null;
        }
        int mixed = -1;
        for (int k = split - 2; k > 0; k--) {
            if (words.get(k).kind() == AND) {
                mixed = k;
                break;
            }
        }
        int numerFrom = mixed < 0 ? 0 : mixed + 1;
        if (!ord.plural() && !(split - numerFrom == 1 && words.get(numerFrom).value() == 1)) {
            return null;
        }
        if (mixed < 0) {
            return Num.of(from, to, value(words, 0, split) / den);
        }
        double whole = value(words, 0, mixed);
        double numer = value(words, mixed + 1, split);
        return Num.of(from, to, numer < den ? whole + numer / den : (whole + numer) / den);
    }

    /** Where the denominator starts in {@code words} (the last is the ordinal). */
    private static int splitDenominator(List<Item> words) {
        int n = words.size();
        long cur = words.get(n - 1).value();
        long round = 1;
        for (int k = n - 2; k >= 0; k--) {
            if (words.get(k).kind() == AND) {
                continue;
            }
            long prev = cur;
            cur = words.get(k).value();
            boolean joins = (prev >= 100 && prev > cur) || (prev < 100 && composable(cur, prev));
            if (!joins) {
                return k + 1;
            }
            if (prev < 100) {
                if (cur >= round) {
                    round = cur;
                } else {
                    return k + 1;
                }
            }
            if (k == 0) {
                // the whole run would be one ordinal: the numerator runs to the first big figure that a
                // small one follows ("one hundred | thirty fifths")
                int s = 1;
                while (s <= n - 2) {
                    if (words.get(s).value() >= 100 && words.get(s + 1).kind() != AND
                            && words.get(s + 1).value() < 100) {
                        return s + 1;
                    }
                    s++;
                }
                return s;
            }
        }
        return 0;
    }

    /** Whether {@code small} can follow {@code big} in one number: 30 then 5, 100 then 30. */
    private static boolean composable(long big, long small) {
        long base = small > 10 ? 100 : 10;
        return big % base == 0 && big / base >= 1;
    }

    /** The value of number words [from, to), leniently ("and" skipped; the ordinal counts as its cardinal). */
    private static double value(List<Item> words, int from, int to) {
        double total = 0;
        double current = 0;
        long lastBig = 0;
        for (int k = from; k < to; k++) {
            Item w = words.get(k);
            if (w.kind() == AND) {
                continue;
            }
            long v = w.value();
            if (v == 100) {
                current = Math.max(current, 1) * 100;
            } else if (v >= 1000) {
                if (v > lastBig) {
                    total = (total + (total == 0 && current == 0 ? 1 : current)) * v;
                } else {
                    total += Math.max(current, 1) * v;
                }
                lastBig = Math.max(lastBig, v);
                current = 0;
            } else {
                current += v;
            }
        }
        return total + current;
    }
}
