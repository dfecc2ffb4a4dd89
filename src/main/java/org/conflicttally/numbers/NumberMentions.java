package org.conflicttally.numbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflicttally.text.Tokens;

/**
 * Finds every number in a stretch of text with its real value, and the ranges and bounds written around
 * them: the mechanism behind {@link NumberReader#readAll} and {@link NumberReader#readRanges}. The word
 * lists come from {@code quantities.tsv} through {@link NumberReader#compile}; this class holds the
 * grammar only. Immutable and thread-safe once built: a call keeps its state in a {@link Pieces} of its
 * own.
 *
 * <p>It works on pieces rather than tokens: a token is cut at in-word hyphens ("twenty-five",
 * "SCP-173"), at digits that start a word part ("k-20k"), and at the separators of a digit run that is
 * not one number ("192.168.1.2", "22,24,26,31"), so that each number word and each figure is a piece.
 */
final class NumberMentions {
    // kinds of the items of a run of number words
    private static final byte START = 0;
    private static final byte UNIT = 1; // 0-19, and compounds such as "twenty-five"
    private static final byte TEN = 2;
    private static final byte HUNDRED = 3;
    private static final byte SCALE = 4; // thousand and up
    private static final byte DOZEN = 5;
    private static final byte ORD = 6; // ordinals as denominators: "fifths", "a half"
    private static final byte AND = 7;
    private static final byte HYPHEN = 8;
    private static final byte ARTICLE = 9;
    private static final byte POINT = 10;

    /** Operator roles in the {@code operator} rows of quantities.tsv. */
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

    /** An ordinal used as a denominator: "fifth" (5, singular), "thirds" (3, plural). */
    record Ordinal(long value, boolean plural) {
    }

    private final Map<String, Long> units;
    private final Map<String, Long> tens;
    private final Map<String, Long> scales;
    private final Map<String, Long> dozens;
    final Map<String, Ordinal> ordinals = new HashMap<>();
    /** Scale abbreviations matched as written: "k", "M", "bn"; "m" is metres. */
    final Map<String, Long> suffixes = new HashMap<>();
    final PiecePhrases<String> operators = new PiecePhrases<>();
    final PiecePhrases<Double> fractions = new PiecePhrases<>();
    final PiecePhrases<String> bounds = new PiecePhrases<>();
    final PiecePhrases<String> boundsAfter = new PiecePhrases<>();
    final PiecePhrases<Boolean> boundJoiners = new PiecePhrases<>();
    final PiecePhrases<PiecePhrases<Boolean>> spans = new PiecePhrases<>();
    final PiecePhrases<Boolean> spanJoiners = new PiecePhrases<>();

    NumberMentions(Map<String, Long> units, Map<String, Long> tens, Map<String, Long> scales,
            Map<String, Long> dozens) {
        this.units = units;
        this.tens = tens;
        this.scales = scales;
        this.dozens = dozens;
    }

    // ================================================================ entry points

    List<NumberMention> readAll(Tokens t, int from, int to) {
        Pieces p = Pieces.of(t, from, to);
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < p.n) {
            Num m = number(p, i);
            if (m == null) {
                i++;
                continue;
            }
            if (!m.rejected) {
                out.add(p.mention(m.from, m.to, m.value));
            }
            i = m.to;
        }
        return out;
    }

    NumberMention readAt(Tokens t, int i, int end) {
        Pieces p = Pieces.of(t, i, end);
        if (p.n == 0 || p.token[0] != i) {
            return null;
        }
        Num m = number(p, 0);
        return m == null || m.rejected ? null : p.mention(m.from, m.to, m.value);
    }

    List<NumberRange> readRanges(Tokens t, int from, int to) {
        Pieces p = Pieces.of(t, from, to);
        List<NumberRange> out = new ArrayList<>();
        int i = 0;
        while (i < p.n) {
            Interval r = boundAt(p, i);
            if (r == null) {
                r = spanAt(p, i);
            }
            if (r == null) {
                r = afterNumberAt(p, i);
            }
            if (r != null) {
                out.add(p.range(r));
                i = r.to;
                continue;
            }
            Num m = number(p, i);
            i = m == null ? i + 1 : m.to;
        }
        return out;
    }

    // ================================================================ numbers

    /** A number over pieces [from, to); a rejected one ("180ml", "4th") is skipped as a whole. */
    private record Num(int from, int to, double value, boolean rejected) {
        static Num of(int from, int to, double value) {
            return new Num(from, to, value, false);
        }

        static Num rejected(int from, int to) {
            return new Num(from, to, 0, true);
        }

        Num negated(int newFrom) {
            return new Num(newFrom, to, -value, rejected);
        }
    }

    /** The number starting at piece {@code i}, its sign included, or null. */
    private Num number(Pieces p, int i) {
        if (p.is(i, "-") && p.kind[i] == Tokens.PUNCT && i + 1 < p.n && startsDigits(p, i + 1) && signPosition(p, i)) {
            Num m = digitNumber(p, i + 1);
            if (m != null) {
                return m.rejected ? m : m.negated(i);
            }
        }
        if (p.kind[i] == Tokens.WORD) {
            PiecePhrases.Match<String> op = operators.longest(p, i);
            if (op != null && op.value().equals(NEGATIVE) && op.to() < p.n) {
                Num m = startsDigits(p, op.to()) ? digitNumber(p, op.to()) : wordNumber(p, op.to());
                if (m != null && !m.rejected) {
                    return m.negated(i);
                }
            }
            return wordNumber(p, i);
        }
        return startsDigits(p, i) ? digitNumber(p, i) : null;
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
        return p.kind[i - 1] == Tokens.WORD && !p.adjacent(i - 1, i) && !isNumberWord(p.lower[i - 1]);
    }

    private boolean isNumberWord(String w) {
        return units.containsKey(w) || tens.containsKey(w) || scales.containsKey(w) || dozens.containsKey(w);
    }

    private static boolean startsDigits(Pieces p, int i) {
        return p.kind[i] == Tokens.NUMBER || leadingDot(p, i);
    }

    /** ".08": a dot that starts a decimal (not the dot of "192.168"). */
    private static boolean leadingDot(Pieces p, int i) {
        return p.is(i, ".") && i + 1 < p.n && p.kind[i + 1] == Tokens.NUMBER && p.adjacent(i, i + 1)
                && !p.decimal[i + 1] && p.intDigits[i + 1] > 0
                && !(i > 0 && p.kind[i - 1] == Tokens.NUMBER && p.adjacent(i - 1, i));
    }

    /** Digits and what is written against them: "3,600", "1 234 567", ".08", "10k", "1.3e6", "3/4", "2 million". */
    private Num digitNumber(Pieces p, int q) {
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
            // "1 234 567", "40 000": groups of three after a single space
            if (plain && p.intDigits[q] <= 3) {
                while (i < p.n && p.kind[i] == Tokens.NUMBER && p.intDigits[i] == 3 && p.spaceBetween(i - 1, i)) {
                    v = v * 1000 + p.num[i];
                    plain = false;
                    i++;
                    if (p.decimal[i - 1]) {
                        break;
                    }
                }
            }
        } else {
            return null;
        }
        if (i < p.n && p.kind[i] == Tokens.WORD && p.adjacent(i - 1, i)) {
            return writtenAgainst(p, q, i, v);
        }
        if (i < p.n && p.is(i, "^") && p.adjacent(i - 1, i)) {
            Num pow = power(p, q, i, v);
            if (pow != null) {
                return pow;
            }
        }
        if (plain && slashFraction(p, q, i)) {
            return Num.of(q, i + 2, v / p.num[i + 1]);
        }
        // "2  1/4"
        if (plain && i + 2 < p.n && p.kind[i] == Tokens.NUMBER && !p.adjacent(i - 1, i) && !p.decimal[i]
                && p.intDigits[i] > 0 && slashFraction(p, i, i + 1)) {
            return Num.of(q, i + 3, v + p.num[i] / p.num[i + 2]);
        }
        // "2 million", "2.33 k", "3 dozens"; but "5 Jun 2016 Dozens of civilians" is a dateline
        boolean yearLike = plain && p.intDigits[q] == 4 && v >= 1900 && v <= 2099;
        if (i < p.n && p.kind[i] == Tokens.WORD && !yearLike) {
            Long s = suffixes.get(p.raw(i));
            if (s != null) {
                return Num.of(q, i + 1, v * s);
            }
            int k = i;
            double scaled = v;
            long last = 0;
            while (k < p.n && p.kind[k] == Tokens.WORD) {
                Long sc = scaleWord(p.lower[k]);
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
            Long d = dozens.get(p.lower[i]);
            if (d != null) {
                return Num.of(q, i + 1, v * d);
            }
        }
        if (plain) {
            Num r = ratio(p, q, i, v);
            if (r != null) {
                return r;
            }
        }
        return Num.of(q, i, v);
    }

    /**
     * A word glued to digits: an exponent ("1e10"), a scale ("10k", "3.6bn"), or a unit that makes the
     * figure no number at all ("180ml", "4th").
     */
    private Num writtenAgainst(Pieces p, int q, int i, double v) {
        String w = p.lower[i];
        if (w.charAt(0) == 'e' && allDigits(w, 1)) {
            int k = i + 1;
            double exp;
            if (w.length() > 1) {
                exp = Double.parseDouble(w.substring(1));
            } else {
                double sign = 1;
                while (k < p.n && (p.is(k, "+") || p.is(k, "-")) && p.adjacent(k - 1, k)) {
                    sign = p.is(k, "-") ? -sign : sign;
                    k++;
                }
                if (k >= p.n || p.kind[k] != Tokens.NUMBER || !p.adjacent(k - 1, k)) {
                    return Num.rejected(q, i + 1);
                }
                exp = sign * p.num[k];
                k++;
            }
            return Num.of(q, k, v * Math.pow(10, exp));
        }
        Long s = suffixes.get(p.raw(i));
        if (s == null) {
            s = scaleWord(w);
        }
        if (s == null) {
            s = dozens.get(w);
        }
        if (s == null && p.decimal[i - 1]) {
            s = scales.get(w); // "3.6m", "2.5bn": the short scales of read(), after a decimal figure only
        }
        if (s != null) {
            return Num.of(q, i + 1, v * s);
        }
        return Num.rejected(q, i + 1);
    }

    /** "1.1^23", "2.5^-1", "1.1^--23" (signs multiply). */
    private static Num power(Pieces p, int q, int i, double v) {
        int k = i + 1;
        double sign = 1;
        while (k < p.n && (p.is(k, "+") || p.is(k, "-"))) {
            sign = p.is(k, "-") ? -sign : sign;
            k++;
        }
        if (k >= p.n || p.kind[k] != Tokens.NUMBER) {
            return null;
        }
        return Num.of(q, k + 1, Math.pow(v, sign * p.num[k]));
    }

    /** "3/4" at pieces q, q+1, q+2, but not inside "5/17/2018". */
    private static boolean slashFraction(Pieces p, int q, int slash) {
        if (slash + 1 >= p.n || !p.is(slash, "/") || !p.adjacent(slash - 1, slash)
                || p.kind[slash + 1] != Tokens.NUMBER || !p.adjacent(slash, slash + 1) || p.decimal[slash + 1]
                || p.intDigits[slash + 1] <= 0 || p.num[slash + 1] == 0) {
            return false;
        }
        boolean before = q > 0 && p.is(q - 1, "/") && p.adjacent(q - 1, q);
        boolean after = slash + 2 < p.n && p.is(slash + 2, "/") && p.adjacent(slash + 1, slash + 2);
        return !before && !after;
    }

    /** "2000 over 3", "one out of three", "1 in twenty-one": a ratio after the integer at [q, i). */
    private Num ratio(Pieces p, int q, int i, double numerator) {
        if (i >= p.n || p.kind[i] != Tokens.WORD) {
            return null;
        }
        PiecePhrases.Match<String> op = operators.longest(p, i);
        if (op == null || !(op.value().equals(RATIO) || op.value().equals(PROPER_RATIO)) || op.to() >= p.n) {
            return null;
        }
        if (q > 0 && p.kind[q - 1] == Tokens.PUNCT && Character.getType(p.text.charAt(p.start[q - 1]))
                == Character.CURRENCY_SYMBOL) {
            return null; // "$2000 over 3 years"
        }
        int d = op.to();
        Num den;
        if (p.kind[d] == Tokens.NUMBER) {
            if (p.decimal[d] || p.intDigits[d] <= 0 || (d + 1 < p.n && p.adjacent(d, d + 1)
                    && p.kind[d + 1] != Tokens.PUNCT)) {
                return null;
            }
            den = Num.of(d, d + 1, p.num[d]);
        } else {
            List<Item> items = collect(p, d);
            den = items.isEmpty() ? null : integer(p, items);
        }
        if (den == null || den.value == 0) {
            return null;
        }
        if (op.value().equals(PROPER_RATIO)) {
            boolean yearLike = p.kind[d] == Tokens.NUMBER && p.intDigits[d] == 4;
            if (numerator >= den.value || yearLike) {
                return null; // "12 out of 10", "3 in 2009"
            }
        }
        return Num.of(q, den.to, numerator / den.value);
    }

    private Long scaleWord(String w) {
        Long s = scales.get(w);
        return s != null && w.length() > 3 ? s : null;
    }

    private static boolean allDigits(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- number words

    /** One item of a run of number words: a word, or "twenty-five" merged into one. */
    private record Item(byte kind, long value, boolean plural, String word, int from, int to) {
    }

    /** A number in words at {@code q}: "one hundred and six", "two thirds", "a dozen", "nine point nought four". */
    private Num wordNumber(Pieces p, int q) {
        // "half a dozen", "half a million", "a quarter of a million"
        PiecePhrases.Match<Double> f = fractions.longest(p, q);
        if (f != null) {
            int k = f.to();
            if (k < p.n && (p.is(k, "a") || p.is(k, "an"))) {
                k++;
            }
            if (k < p.n) {
                Long s = scaleWord(p.lower[k]);
                if (s == null) {
                    s = dozens.get(p.lower[k]);
                }
                if (s != null) {
                    return Num.of(q, k + 1, f.value() * s);
                }
            }
        }
        List<Item> items = collect(p, q);
        if (items.isEmpty()) {
            return null;
        }
        Num fr = fraction(items);
        if (fr != null) {
            return scaledFraction(p, fr);
        }
        Num n = integer(p, items);
        if (n == null) {
            return null;
        }
        // "two hundred point zero three"
        int at = indexAfter(items, n.to);
        if (at < items.size() && items.get(at).kind == POINT) {
            StringBuilder digits = new StringBuilder();
            int k = at + 1;
            while (k < items.size() && (items.get(k).kind == UNIT || items.get(k).kind == TEN)) {
                digits.append(items.get(k).value);
                k++;
            }
            if (digits.length() > 0) {
                double frac = Double.parseDouble("0." + digits);
                return Num.of(q, items.get(k - 1).to, n.value + frac);
            }
        }
        Num r = ratio(p, q, n.to, n.value);
        return r != null ? r : n;
    }

    /** "one and a half million", "two thirds of a million", "a half million". */
    private Num scaledFraction(Pieces p, Num fr) {
        int k = fr.to;
        if (k < p.n && p.is(k, "of")) {
            k++;
        }
        if (k < p.n && (p.is(k, "a") || p.is(k, "an"))) {
            k++;
        }
        Long s = k < p.n ? scaleWord(p.lower[k]) : null;
        return s == null || s < 1000 ? fr : Num.of(fr.from, k + 1, fr.value * s);
    }

    private static int indexAfter(List<Item> items, int piece) {
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).from >= piece) {
                return k;
            }
        }
        return items.size();
    }

    /** The run of number words at {@code q}, with "twenty-five" and "twenty-first" merged. */
    private List<Item> collect(Pieces p, int q) {
        List<Item> items = new ArrayList<>();
        int i = q;
        while (i < p.n) {
            Item it = item(p, i, items.isEmpty() ? START : items.get(items.size() - 1).kind);
            if (it == null) {
                break;
            }
            items.add(it);
            i = it.to;
            if (it.kind == ORD || it.kind == DOZEN) {
                break;
            }
        }
        // a run does not end on a joiner
        while (!items.isEmpty() && (items.get(items.size() - 1).kind == AND
                || items.get(items.size() - 1).kind == HYPHEN || items.get(items.size() - 1).kind == ARTICLE)) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    private Item item(Pieces p, int i, byte previous) {
        if (p.kind[i] == Tokens.PUNCT) {
            return p.is(i, "-") && previous != START && previous != HYPHEN && previous != AND
                    ? new Item(HYPHEN, 0, false, "-", i, i + 1) : null;
        }
        if (p.kind[i] != Tokens.WORD) {
            return null;
        }
        String w = p.lower[i];
        Long v = units.get(w);
        if (v != null) {
            return new Item(UNIT, v, false, w, i, i + 1);
        }
        v = tens.get(w);
        if (v != null) {
            // "twenty-five", "fifty - two", "twenty-first"
            if (i + 2 < p.n && p.is(i + 1, "-") && p.kind[i + 2] == Tokens.WORD) {
                String u = p.lower[i + 2];
                Long uv = units.get(u);
                if (uv != null && uv >= 1 && uv <= 9) {
                    return new Item(UNIT, v + uv, false, w + "-" + u, i, i + 3);
                }
                Ordinal o = ordinals.get(u);
                if (o != null && o.value >= 1 && o.value <= 9 && regularOrdinal(u)) {
                    return new Item(ORD, v + o.value, o.plural, w + "-" + u, i, i + 3);
                }
            }
            return new Item(TEN, v, false, w, i, i + 1);
        }
        Long s = scaleWord(w);
        if (s != null) {
            return new Item(s == 100 ? HUNDRED : SCALE, s, false, w, i, i + 1);
        }
        v = dozens.get(w);
        if (v != null) {
            return new Item(DOZEN, v, false, w, i, i + 1);
        }
        Ordinal o = ordinals.get(w);
        if (o != null) {
            return new Item(ORD, o.value, o.plural, w, i, i + 1);
        }
        if (w.equals("and")) {
            return previous != START && previous != AND && previous != HYPHEN ? new Item(AND, 0, false, w, i, i + 1)
                    : null;
        }
        if (w.equals("a") || w.equals("an")) {
            return previous == START || previous == AND ? new Item(ARTICLE, 1, false, w, i, i + 1) : null;
        }
        PiecePhrases.Match<String> op = operators.longest(p, i);
        if (op != null && op.value().equals(DECIMAL_POINT) && previous != START) {
            return new Item(POINT, 0, false, w, i, op.to());
        }
        return null;
    }

    /** "first", "fifths", "third": an ordinal that joins a ten ("twenty-first"); "half" and "quarter" do not. */
    private static boolean regularOrdinal(String w) {
        String s = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return s.endsWith("th") || s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd");
    }

    /**
     * A whole number in words from the start of {@code items}: units and tens add, "hundred" multiplies
     * what precedes it, a larger scale multiplies all before it ("three lakh crore"), a smaller one adds
     * ("one million two thousand"); "and" only after hundred or a scale; "dozen" multiplies the part after
     * the last hundred ("three hundred and two dozens" is 324). Two units or two tens in a row are two
     * numbers ("three nought four").
     */
    private Num integer(Pieces p, List<Item> items) {
        double total = 0;
        long current = 0;
        long sinceHundred = 0;
        long lastBig = 0;
        byte last = START;
        int end = -1;
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            byte next = k + 1 < items.size() ? items.get(k + 1).kind : START;
            boolean stop = false;
            switch (it.kind) {
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
                            || (last == TEN && it.kind == UNIT && it.value >= 1 && it.value <= 9);
                    if (ok) {
                        current += it.value;
                        sinceHundred += it.value;
                        last = it.kind;
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
                            || (last == SCALE && it.value > lastBig);
                    if (!ok) {
                        stop = true;
                    } else {
                        if (it.value > lastBig) {
                            total = (total + current) * it.value;
                        } else {
                            total += current * (double) it.value;
                        }
                        lastBig = Math.max(lastBig, it.value);
                        current = 0;
                        sinceHundred = 0;
                        last = SCALE;
                        end = k;
                    }
                }
                case DOZEN -> {
                    if (last == UNIT || last == TEN || last == ARTICLE) {
                        current = current - sinceHundred + Math.max(sinceHundred, 1) * it.value;
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
        return Num.of(items.get(0).from, items.get(end).to, total + current);
    }

    /**
     * A fraction in words: "two thirds", "a hundredth", "one and a half", "twenty and three fifths",
     * "one hundred thirty fifths" (100/35). The ordinal ends it; reading back from it, the words that
     * compose with it into one ordinal ("thirty fifths", "one hundred fifth") are the denominator, as
     * Recognizers-Text splits them; before that, "and" separates a whole part from the numerator. A
     * singular ordinal needs "a", "an" or "one" as numerator ("two millionth" is no fraction), and
     * "first" and "second" are no denominators ("a second").
     */
    private static Num fraction(List<Item> all) {
        int o = -1;
        for (int k = 0; k < all.size(); k++) {
            byte kind = all.get(k).kind;
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
            if (all.get(k).kind != HYPHEN) {
                words.add(all.get(k));
            }
        }
        Item ord = words.get(words.size() - 1);
        int from = all.get(0).from;
        int to = ord.to;
        if (words.size() == 1) {
            return ord.word.equals("half") ? Num.of(from, to, 0.5) : null;
        }
        int n = words.size();
        for (int k = 0; k < n; k++) {
            Item w = words.get(k);
            if (w.kind == ARTICLE && k > 0 && words.get(k - 1).kind != AND) {
                return null;
            }
        }
        int split = splitDenominator(words);
        if (split <= 0 || words.get(split - 1).kind == AND) {
            return null;
        }
        double den = wordsValue(words, split, n);
        boolean halves = ord.word.startsWith("half") || ord.word.startsWith("halv");
        if (den == 0 || (den <= 2 && !halves)) {
            return null;
        }
        int mixed = -1;
        for (int k = split - 2; k > 0; k--) {
            if (words.get(k).kind == AND) {
                mixed = k;
                break;
            }
        }
        int numerFrom = mixed < 0 ? 0 : mixed + 1;
        if (!ord.plural && !(split - numerFrom == 1 && words.get(numerFrom).value == 1)) {
            return null;
        }
        double value;
        if (mixed < 0) {
            value = wordsValue(words, 0, split) / den;
        } else {
            double whole = wordsValue(words, 0, mixed);
            double numer = wordsValue(words, mixed + 1, split);
            value = numer < den ? whole + numer / den : (whole + numer) / den;
        }
        return Num.of(from, to, value);
    }

    /** Where the denominator starts in {@code words} (the last is the ordinal). */
    private static int splitDenominator(List<Item> words) {
        int n = words.size();
        long cur = words.get(n - 1).value;
        long round = 1;
        for (int k = n - 2; k >= 0; k--) {
            if (words.get(k).kind == AND) {
                continue;
            }
            long prev = cur;
            cur = words.get(k).value;
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
                    if (words.get(s).value >= 100 && words.get(s + 1).kind != AND && words.get(s + 1).value < 100) {
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
    private static double wordsValue(List<Item> words, int from, int to) {
        double total = 0;
        double current = 0;
        long lastBig = 0;
        for (int k = from; k < to; k++) {
            Item w = words.get(k);
            if (w.kind == AND) {
                continue;
            }
            long v = w.value;
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

    // ================================================================ ranges and bounds

    /** A bound or range over pieces [from, to). */
    record Interval(int from, int to, Double low, boolean lowIncluded, Double high, boolean highIncluded) {
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

    /** "more than 30", "no less than thirty", "less than 5000 or equal", "above 1000 and below 1500". */
    private Interval boundAt(Pieces p, int i) {
        Interval first = oneBound(p, i);
        if (first == null) {
            return null;
        }
        PiecePhrases.Match<Boolean> j = first.to < p.n ? boundJoiners.longest(p, first.to) : null;
        if (j != null && j.to() < p.n) {
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
        PiecePhrases.Match<String> b = bounds.longest(p, i);
        if (b == null || b.to() >= p.n) {
            return null;
        }
        // "<>30", "=>30" are no bounds
        if (p.kind[i] == Tokens.PUNCT && i > 0 && p.adjacent(i - 1, i) && "<>=".contains(p.lower[i - 1])) {
            return null;
        }
        Num a = operand(p, b.to());
        if (a == null) {
            return null;
        }
        String symbol = b.value();
        int to = a.to;
        PiecePhrases.Match<String> post = a.to < p.n ? boundsAfter.longest(p, a.to) : null;
        if (post != null && !startsNumber(p, post.to())) {
            String combined = combine(symbol, post.value());
            if (combined != null) {
                symbol = combined;
                to = post.to();
            }
        }
        return Interval.of(i, to, symbol, a.value);
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
        PiecePhrases.Match<PiecePhrases<Boolean>> open = spans.longest(p, i);
        if (open == null || open.to() >= p.n) {
            return null;
        }
        Num a = operand(p, open.to());
        if (a == null || a.to >= p.n) {
            return null;
        }
        PiecePhrases.Match<Boolean> j = open.value().longest(p, a.to);
        if (j == null || j.to() >= p.n) {
            return null;
        }
        Num b = operand(p, j.to());
        if (b == null || b.value <= a.value) {
            return null;
        }
        return new Interval(i, b.to, a.value, true, b.value, false);
    }

    /** "10 to 15", "1000-5000", "20~100"; "five hundred or more", "2 in 5 or more". */
    private Interval afterNumberAt(Pieces p, int i) {
        Num a = number(p, i);
        if (a == null || a.rejected || a.to >= p.n) {
            return null;
        }
        PiecePhrases.Match<Boolean> j = spanJoiners.longest(p, a.to);
        if (j != null && j.to() < p.n) {
            Num b = number(p, j.to());
            boolean punct = p.kind[a.to] == Tokens.PUNCT;
            if (b != null && !b.rejected && b.value > a.value && !(punct && chained(p, a.from, b.to))) {
                return new Interval(i, b.to, a.value, true, b.value, false);
            }
        }
        PiecePhrases.Match<String> post = boundsAfter.longest(p, a.to);
        if (post != null && !post.value().equals(EQ) && !startsNumber(p, post.to())) {
            return Interval.of(i, post.to(), post.value(), a.value);
        }
        return null;
    }

    /** Figures in a chain such as a phone number ("+1-222-2222-2222") or a date are no span. */
    private static boolean chained(Pieces p, int from, int to) {
        boolean before = from > 0 && (p.is(from - 1, "+") || p.is(from - 1, "-") || p.is(from - 1, "/"));
        boolean after = to + 1 < p.n && (p.is(to, "-") || p.is(to, "/")) && p.kind[to + 1] == Tokens.NUMBER;
        return before || after;
    }

    private boolean startsNumber(Pieces p, int i) {
        if (i >= p.n) {
            return false;
        }
        Num m = number(p, i);
        return m != null && !m.rejected;
    }

    /** A number, or an ordinal standing for its figure ("between the tenth and the fifteenth"). */
    private Num operand(Pieces p, int i) {
        Num m = number(p, i);
        if (m != null) {
            return m.rejected ? null : m;
        }
        int k = p.is(i, "the") && i + 1 < p.n ? i + 1 : i;
        Item it = item(p, k, START);
        if (it != null && it.kind == ORD && !it.plural) {
            return Num.of(i, it.to, it.value);
        }
        return null;
    }
}
