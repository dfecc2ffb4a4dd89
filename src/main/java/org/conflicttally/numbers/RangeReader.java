package org.conflicttally.numbers;

import static org.conflicttally.numbers.NumberLexicon.EQ;
import static org.conflicttally.numbers.NumberLexicon.GE;
import static org.conflicttally.numbers.NumberLexicon.GT;
import static org.conflicttally.numbers.NumberLexicon.LE;
import static org.conflicttally.numbers.NumberLexicon.LT;

import java.util.ArrayList;
import java.util.List;
import org.conflicttally.text.Tokens;

/**
 * Ranges and bounds written around numbers, as intervals (see {@link NumberRange}): bounds ("more than
 * 30", "no less than thirty", "less than 5000 or equal", "above 1000 and below 1500"), spans ("between 20
 * and 30", "from one thousand to one thousand and five hundred") and what follows a number ("10 to 15",
 * "1000-5000", "five hundred or more"). The phrases come from {@link NumberLexicon}; the numbers from
 * {@link NumberGrammar}.
 */
final class RangeReader {
    private final NumberGrammar grammar;
    private final NumberLexicon lex;

    RangeReader(NumberGrammar grammar) {
        this.grammar = grammar;
        this.lex = grammar.lex;
    }

    /** A bound or range over pieces [from, to). */
    private record Interval(int from, int to, Double low, boolean lowIncluded, Double high, boolean highIncluded) {
        static Interval of(int from, int to, String symbol, double v) {
            return switch (symbol) {
                case GT -> new Interval(from, to, v, false, null, false);
                case GE -> new Interval(from, to, v, true, null, false);
                case LT -> new Interval(from, to, null, false, v, false);
                case LE -> new Interval(from, to, null, false, v, true);
                default -> new Interval(from, to, v, true, v, true);
            };
        }

        boolean lowerOnly() {
            return low != null && high == null;
        }

        boolean upperOnly() {
            return high != null && low == null;
        }
    }

    /** Every range and bound in tokens [from, to). */
    List<NumberRange> readAll(Tokens t, int from, int to) {
        Pieces p = Pieces.of(t, from, to);
        List<NumberRange> out = new ArrayList<>();
        int i = 0;
        while (p.has(i)) {
            Interval r = boundAt(p, i);
            if (r == null) {
                r = spanAt(p, i);
            }
            if (r == null) {
                r = afterNumberAt(p, i);
            }
            if (r != null) {
                out.add(new NumberRange(p.token[r.from], p.token[r.to - 1] + 1, p.start[r.from], p.end[r.to - 1],
                        r.low, r.lowIncluded, r.high, r.highIncluded));
                i = r.to;
                continue;
            }
            Num m = grammar.number(p, i);
            i = m == null ? i + 1 : m.to();
        }
        return out;
    }

    /** "more than 30", "no less than thirty", "less than 5000 or equal", "above 1000 and below 1500". */
    private Interval boundAt(Pieces p, int i) {
        Interval first = oneBound(p, i);
        if (first == null) {
            return null;
        }
        PiecePhrases.Match<Boolean> j = p.has(first.to) ? lex.boundJoiners.longest(p, first.to) : null;
        if (j != null && p.has(j.to())) {
            Interval second = oneBound(p, j.to());
            if (second != null) {
                Interval lower = first.lowerOnly() ? first : second.lowerOnly() ? second : null;
                Interval upper = first.upperOnly() ? first : second.upperOnly() ? second : null;
                if (lower != null && upper != null && lower != upper && lower.low < upper.high) {
                    return new Interval(i, second.to, lower.low, lower.lowIncluded, upper.high, upper.highIncluded);
                }
            }
        }
        return first;
    }

    private Interval oneBound(Pieces p, int i) {
        PiecePhrases.Match<String> b = lex.bounds.longest(p, i);
        if (b == null || !p.has(b.to())) {
            return null;
        }
        // "<>30", "=>30" are no bounds
        if (p.kind[i] == Tokens.PUNCT && i > 0 && p.adjacent(i - 1, i) && "<>=".contains(p.lower(i - 1))) {
            return null;
        }
        Num a = operand(p, b.to());
        if (a == null) {
            return null;
        }
        String symbol = b.value();
        int to = a.to();
        PiecePhrases.Match<String> post = p.has(a.to()) ? lex.boundsAfter.longest(p, a.to()) : null;
        if (post != null && !grammar.startsNumber(p, post.to())) {
            String combined = combine(symbol, post.value());
            if (combined != null) {
                symbol = combined;
                to = post.to();
            }
        }
        return Interval.of(i, to, symbol, a.value());
    }

    /** A bound before the number and one after it: "less than 5000 or equal" is <=, "equal to 5000 or less" <=. */
    private static String combine(String before, String after) {
        if (after.equals(EQ)) {
            return before.equals(GT) ? GE : before.equals(LT) ? LE : null;
        }
        boolean same = before.startsWith(after.substring(0, 1));
        return before.equals(EQ) || same ? after : null;
    }

    /** "between 20 and 30", "from one thousand to one thousand and five hundred". */
    private Interval spanAt(Pieces p, int i) {
        PiecePhrases.Match<PiecePhrases<Boolean>> open = lex.spans.longest(p, i);
        if (open == null || !p.has(open.to())) {
            return null;
        }
        Num a = operand(p, open.to());
        if (a == null || !p.has(a.to())) {
            return null;
        }
        PiecePhrases.Match<Boolean> j = open.value().longest(p, a.to());
        if (j == null || !p.has(j.to())) {
            return null;
        }
        Num b = operand(p, j.to());
        if (b == null || b.value() <= a.value()) {
            return null;
        }
        return new Interval(i, b.to(), a.value(), true, b.value(), false);
    }

    /** "10 to 15", "1000-5000", "20~100"; "five hundred or more", "2 in 5 or more". */
    private Interval afterNumberAt(Pieces p, int i) {
        Num a = grammar.number(p, i);
        if (a == null || a.rejected() || !p.has(a.to())) {
            return null;
        }
        PiecePhrases.Match<Boolean> j = lex.spanJoiners.longest(p, a.to());
        if (j != null && p.has(j.to())) {
            Num b = grammar.number(p, j.to());
            boolean punct = p.kind[a.to()] == Tokens.PUNCT;
            if (b != null && !b.rejected() && b.value() > a.value() && !(punct && chained(p, a.from(), b.to()))) {
                return new Interval(i, b.to(), a.value(), true, b.value(), false);
            }
        }
        PiecePhrases.Match<String> post = lex.boundsAfter.longest(p, a.to());
        if (post != null && !post.value().equals(EQ) && !grammar.startsNumber(p, post.to())) {
            return Interval.of(i, post.to(), post.value(), a.value());
        }
        return null;
    }

    /** Figures in a chain such as a phone number ("+1-222-2222-2222") or a date are no span. */
    private static boolean chained(Pieces p, int from, int to) {
        boolean before = from > 0
                && (p.is(from - 1, Pieces.PLUS) || p.is(from - 1, Pieces.HYPHEN) || p.is(from - 1, Pieces.SLASH));
        boolean after = p.has(to + 1) && (p.is(to, Pieces.HYPHEN) || p.is(to, Pieces.SLASH))
                && p.kind[to + 1] == Tokens.NUMBER;
        return before || after;
    }

    /** A number, or an ordinal standing for its figure ("between the tenth and the fifteenth"). */
    private Num operand(Pieces p, int i) {
        Num m = grammar.number(p, i);
        if (m != null) {
            return m.rejected() ? null : m;
        }
        int k = lex.ordinalArticles.contains(p.lower(i)) && p.has(i + 1) ? i + 1 : i;
        WordItems.Item it = grammar.words.items().item(p, k, WordItems.START);
        if (it != null && it.kind() == WordItems.ORD && !it.plural()) {
            return Num.of(i, it.to(), it.value());
        }
        return null;
    }
}
