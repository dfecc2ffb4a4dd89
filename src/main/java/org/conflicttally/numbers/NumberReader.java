package org.conflicttally.numbers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflicttally.lexicon.ConfigException;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;

/**
 * Reads a number at a token position: digits ("3,600", "3.6 million"), words ("twenty-five", "sixty
 * nine", "a dozen", "half a million"), vague quantities ("hundreds", "tens of thousands") and ranges ("10
 * to 15", "between 20 and 30"), with the hedge before it ("at least", "nearly"). The word lists come from
 * {@code quantities.tsv}; this class holds only the mechanism. Immutable and thread-safe once built.
 *
 * <p>{@link #read} gives counts as UCDP codes them (whole numbers, low/best/high and a qualifier, nothing
 * implausible). {@link #readAll}, {@link #readNumber} and {@link #readRanges} read every number as written,
 * with real values ("3.5", "two thirds", "-4/5", "1.3e6") and ranges as intervals, the way
 * Recognizers-Text's English number specs expect them (see RecognizersSpecTest).
 */
public final class NumberReader {
    /** Larger figures are not counts of people or incidents in any war: read as no number at all. */
    public static final long MAX_PLAUSIBLE = 1_000_000_000L;

    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> tens = new HashMap<>();
    private final Map<String, Long> scales = new HashMap<>();
    private final Map<String, Long> dozens = new HashMap<>();
    private final PhraseTrie<Double> fractions = new PhraseTrie<>();
    private final PhraseTrie<long[]> vague = new PhraseTrie<>();
    private final PhraseTrie<String> qualifiers = new PhraseTrie<>();
    /** Words a number may start with: a cheap test before the full read, which runs at every token. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /** Every number with its real value, and ranges as intervals: see {@link #readAll}, {@link #readRanges}. */
    private final NumberMentions mentions = new NumberMentions(units, tens, scales, dozens);

    /** The kinds of row in quantities.tsv; any other fails the load with file and line. */
    private static final String KINDS = "unit, ten, scale, dozen, fraction, vague, qualifier, ordinal, suffix, "
            + "operator, bound, bound_after, bound_joiner, span, span_joiner";
    private static final Set<String> OPERATOR_ROLES = Set.of(NumberMentions.NEGATIVE, NumberMentions.DECIMAL_POINT,
            NumberMentions.RATIO, NumberMentions.PROPER_RATIO);
    private static final Set<String> BOUND_SYMBOLS = Set.of(NumberMentions.GT, NumberMentions.GE, NumberMentions.LT,
            NumberMentions.LE, NumberMentions.EQ);
    private static final Set<String> BOUND_AFTER_SYMBOLS = Set.of(NumberMentions.GE, NumberMentions.LE,
            NumberMentions.EQ);

    private NumberReader() {
    }

    public static NumberReader compile(TsvFile file) {
        NumberReader r = new NumberReader();
        for (TsvFile.Row row : file.rows()) {
            String kind = row.required(0, "kind");
            String[] phrases = row.required(1, "phrases").split("\\|");
            switch (kind) {
                case "unit" -> putAll(r.units, phrases, row.required(2, "value"), row);
                case "ten" -> putAll(r.tens, phrases, row.required(2, "value"), row);
                case "scale" -> putAll(r.scales, phrases, row.required(2, "value"), row);
                case "dozen" -> putAll(r.dozens, phrases, row.required(2, "value"), row);
                case "fraction" -> {
                    double f = parseDouble(row.required(2, "fraction"), row);
                    for (String p : phrases) {
                        addUnique(r.fractions, p, f, row);
                        addUnique(r.mentions.fractions, p, f, row);
                    }
                }
                case "vague" -> {
                    long[] lowHigh = {parseLong(row.required(2, "low"), row), parseLong(row.required(3, "high"), row)};
                    for (String p : phrases) {
                        addUnique(r.vague, p, lowHigh, row);
                    }
                }
                case "qualifier" -> {
                    String q = row.required(2, "qualifier");
                    if (!q.equals(Quantity.AT_LEAST) && !q.equals(Quantity.AT_MOST) && !q.equals(Quantity.ABOUT)
                            && !q.equals(Quantity.RANGE)) {
                        throw row.error("unknown qualifier '" + q + "' (at_least, at_most, about, range)");
                    }
                    for (String p : phrases) {
                        addUnique(r.qualifiers, p, q, row);
                    }
                }
                case "ordinal" -> {
                    long v = parseLong(row.required(2, "value"), row);
                    for (String p : phrases) {
                        String w = p.strip().toLowerCase(Locale.ROOT);
                        // the plural forms are the ones that end in s: "fifths", "halves"
                        if (r.mentions.ordinals.put(w, new NumberMentions.Ordinal(v, w.endsWith("s"))) != null) {
                            throw row.error("duplicate phrase '" + p + "'");
                        }
                    }
                }
                case "suffix" -> {
                    long v = parseLong(row.required(2, "value"), row);
                    for (String p : phrases) {
                        // as written: "M" is a million, "m" a metre
                        if (r.mentions.suffixes.put(p.strip(), v) != null) {
                            throw row.error("duplicate phrase '" + p + "'");
                        }
                    }
                }
                case "operator" -> addAll(r.mentions.operators, phrases, oneOf(row, 2, "role", OPERATOR_ROLES), row);
                case "bound" -> addAll(r.mentions.bounds, phrases, oneOf(row, 2, "bound", BOUND_SYMBOLS), row);
                case "bound_after" -> addAll(r.mentions.boundsAfter, phrases,
                        oneOf(row, 2, "bound", BOUND_AFTER_SYMBOLS), row);
                case "bound_joiner" -> addAll(r.mentions.boundJoiners, phrases, Boolean.TRUE, row);
                case "span_joiner" -> addAll(r.mentions.spanJoiners, phrases, Boolean.TRUE, row);
                case "span" -> {
                    PiecePhrases<Boolean> joiners = new PiecePhrases<>();
                    addAll(joiners, row.required(2, "joiners").split("\\|"), Boolean.TRUE, row);
                    addAll(r.mentions.spans, phrases, joiners, row);
                }
                default -> throw row.error("unknown kind '" + kind + "' (" + KINDS + ")");
            }
        }
        r.firstWords.addAll(r.units.keySet());
        r.firstWords.addAll(r.tens.keySet());
        r.firstWords.add("a");
        r.firstWords.add("an");
        r.fractions.freeze();
        r.vague.freeze();
        r.qualifiers.freeze();
        return r;
    }

    private static void putAll(Map<String, Long> map, String[] phrases, String value, TsvFile.Row row) {
        long v = parseLong(value, row);
        for (String p : phrases) {
            if (map.put(p.strip().toLowerCase(java.util.Locale.ROOT), v) != null) {
                throw row.error("duplicate phrase '" + p + "'");
            }
        }
    }

    private static <T> void addAll(PiecePhrases<T> table, String[] phrases, T value, TsvFile.Row row) {
        for (String p : phrases) {
            addUnique(table, p, value, row);
        }
    }

    private static <T> void addUnique(PiecePhrases<T> table, String phrase, T value, TsvFile.Row row) {
        if (phrase.isBlank()) {
            throw row.error("empty phrase");
        }
        if (!table.add(phrase.strip(), value)) {
            throw row.error("duplicate phrase '" + phrase + "'");
        }
    }

    private static String oneOf(TsvFile.Row row, int column, String what, Set<String> allowed) {
        String v = row.required(column, what);
        if (!allowed.contains(v)) {
            throw row.error("unknown " + what + " '" + v + "' (" + String.join(", ", allowed.stream().sorted().toList())
                    + ")");
        }
        return v;
    }

    private static <T> void addUnique(PhraseTrie<T> trie, String phrase, T value, TsvFile.Row row) {
        if (!trie.add(phrase.strip(), value)) {
            throw row.error("duplicate phrase '" + phrase + "'");
        }
    }

    private static long parseLong(String s, TsvFile.Row row) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw row.error("not a whole number: '" + s + "'");
        }
    }

    private static double parseDouble(String s, TsvFile.Row row) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw row.error("not a number: '" + s + "'");
        }
    }

    /** The lower-cased words of the number phrases that {@link #read} looks up. */
    public Set<String> words() {
        Set<String> out = new java.util.HashSet<>();
        out.addAll(units.keySet());
        out.addAll(tens.keySet());
        out.addAll(scales.keySet());
        out.addAll(dozens.keySet());
        out.addAll(fractions.words());
        out.addAll(vague.words());
        out.addAll(qualifiers.words());
        out.addAll(List.of("a", "an", "and", "to", "or", "-", "\u2013"));
        return out;
    }

    /** Matches tokens made against {@code v} by word id (see {@link PhraseTrie#index}). */
    public void index(org.conflicttally.text.Vocabulary v) {
        fractions.index(v);
        vague.index(v);
        qualifiers.index(v);
    }

    /** Whether a number may start at token {@code i}: false for most words, without reading further. */
    public boolean mayStart(Tokens t, int i) {
        if (t.isNumber(i)) {
            return true;
        }
        if (!t.isWord(i)) {
            return false;
        }
        String w = t.lower(i);
        if (firstWords.contains(w) || qualifiers.mayStartAt(t, i) || vague.mayStartAt(t, i)
                || fractions.mayStartAt(t, i)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && tens.containsKey(w.substring(0, dash));
    }

    /** The quantity starting at token {@code i} (hedge included), or null when none starts there. */
    public Quantity read(Tokens t, int i, int end) {
        int j = i;
        String qualifier = null;
        PhraseTrie.Match<String> q = qualifiers.longest(t, i, end);
        if (q != null) {
            qualifier = q.value();
            j = q.to();
        }
        if (j >= end) {
            return null;
        }
        PhraseTrie.Match<long[]> v = vague.longest(t, j, end);
        if (v != null && (v.to() >= end || core(t, v.to(), end) == null)) {
            long[] lh = v.value();
            return new Quantity(i, v.to(), lh[0], null, lh[1], Quantity.VAGUE, Quantity.Flag.PLAIN);
        }
        Core first = core(t, j, end);
        if (first == null) {
            return null;
        }
        if (Quantity.RANGE.equals(qualifier)) {
            // "between 20 and 30"
            if (first.to + 1 < end && t.lower(first.to).equals("and")) {
                Core second = core(t, first.to + 1, end);
                if (second != null && second.value > first.value) {
                    return new Quantity(i, second.to, first.value, null, second.value, Quantity.RANGE,
                            Quantity.Flag.PLAIN);
                }
            }
            return null;
        }
        if (qualifier == null && first.to + 1 < end && isRangeJoiner(t, first.to)) {
            // "10 to 15", "10-15": the second figure must be larger and of the same order
            Core second = core(t, first.to + 1, end);
            if (second != null && second.value > first.value && second.value <= first.value * 10) {
                return new Quantity(i, second.to, first.value, null, second.value, Quantity.RANGE,
                        Quantity.Flag.PLAIN);
            }
        }
        return Quantity.of(i, first.to, first.value, qualifier == null ? Quantity.EXACT : qualifier, first.flag);
    }

    /**
     * Every number in tokens [{@code from}, {@code to}), with its real value: digits ("3,600", "1 234 567",
     * ".08", "-9.5"), scales and abbreviations ("3.6 million", "10k", "1.2b", "13 lakh"), powers ("1e10",
     * "1.1^23"), fractions ("3/4", "2 1/4", "two thirds", "one and a half", "one over three"), number words
     * ("one hundred and twenty-three", "a dozen", "half a dozen", "two point five", "minus one"). A figure
     * with a unit written against it ("180ml", "4th") is none. Unlike {@link #read} there is no hedge, no
     * range and no plausibility limit: "26.11.2014" is three numbers and "1 trillion" one.
     */
    public List<NumberMention> readAll(Tokens t, int from, int to) {
        return mentions.readAll(t, from, to);
    }

    /**
     * The number that starts at token {@code i} (read as {@link #readAll} reads it, looking at most 64
     * tokens ahead), or null: the real value for the figures {@link #read} leaves out, such as "3.5" or
     * "two thirds".
     */
    public NumberMention readNumber(Tokens t, int i, int end) {
        return mentions.readAt(t, i, Math.min(end, i + 64));
    }

    /**
     * Every range and bound in tokens [{@code from}, {@code to}) as an interval: "more than 30" (30,), "no
     * less than thirty" [30,), "up to 700" (,700], "between 20 and 30" [20,30), "1000-5000" [1000,5000),
     * "above 1000 and below 1500" (1000,1500), "five hundred or more" [500,), "equal to 20" [20,20].
     */
    public List<NumberRange> readRanges(Tokens t, int from, int to) {
        return mentions.readRanges(t, from, to);
    }

    private static boolean isRangeJoiner(Tokens t, int k) {
        String w = t.lower(k);
        return w.equals("to") || w.equals("-") || w.equals("\u2013") || w.equals("or");
    }

    /** A bare number: its value and where it ends. */
    private record Core(long value, int to, Quantity.Flag flag) {
    }

    /** A bare number at {@code j} (no hedge), or null. */
    private Core core(Tokens t, int j, int end) {
        if (t.isNumber(j)) {
            return digits(t, j, end);
        }
        if (!t.isWord(j)) {
            return null;
        }
        String w = t.lower(j);
        // "a dozen", "a hundred", "a million", "an estimated" is a hedge and read before
        if ((w.equals("a") || w.equals("an")) && j + 1 < end) {
            String n = t.lower(j + 1);
            Long d = dozens.get(n);
            if (d != null) {
                return new Core(d, j + 2, Quantity.Flag.PLAIN);
            }
            Long s = scales.get(n);
            if (s != null && n.length() > 3) {
                return words(t, j + 1, end, 1);
            }
            return null;
        }
        // "half a million"
        PhraseTrie.Match<Double> f = fractions.longest(t, j, end);
        if (f != null) {
            int k = f.to();
            if (k < end && (t.lower(k).equals("a") || t.lower(k).equals("an"))) {
                k++;
            }
            if (k < end) {
                Long s = scales.get(t.lower(k));
                if (s != null && t.lower(k).length() > 3) {
                    return new Core(Math.round(f.value() * s), k + 1, Quantity.Flag.PLAIN);
                }
            }
            return null;
        }
        return words(t, j, end, 0);
    }

    private Core digits(Tokens t, int j, int end) {
        if (t.hyphenSuffix(j)) {
            return null; // "10-year-old", "500-man": a modifier, not a count
        }
        String raw = t.raw(j);
        int dots = 0;
        StringBuilder clean = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '.') {
                dots++;
                clean.append(c);
            } else if (c != ',') {
                clean.append(c);
            }
        }
        if (dots > 1 || clean.length() > 15) {
            return null; // "26.11.2014" is a date; 16 digits is no count
        }
        double value = Double.parseDouble(clean.toString());
        int k = j + 1;
        boolean scaled = false;
        if (k < end && t.isWord(k)) {
            String n = t.lower(k);
            Long s = scales.get(n);
            // short forms ("3.6m", "2bn") only when written against the digits
            if (s != null && (n.length() > 3 || t.start(k) == t.end(j))) {
                value *= s;
                k++;
                scaled = true;
            }
        }
        if (!scaled && dots == 1) {
            return null; // "3.5" with no scale counts no people
        }
        if (value > MAX_PLAUSIBLE) {
            return null;
        }
        boolean yearLike = !scaled && raw.length() == 4 && value >= 1900 && value <= 2099;
        return new Core(Math.round(value), k, yearLike ? Quantity.Flag.YEAR_LIKE : Quantity.Flag.PLAIN);
    }

    /**
     * Number words: "twenty-five", "sixty nine", "one hundred and twenty", "two thousand five hundred",
     * "two dozen". {@code carry} starts the count ("a hundred" carries 1 into "hundred").
     */
    private Core words(Tokens t, int j, int end, long carry) {
        long total = 0;
        long current = carry;
        boolean any = carry > 0;
        int k = j;
        int lastGood = -1;
        while (k < end && t.isWord(k)) {
            String w = t.lower(k);
            Long v = wordValue(w);
            if (v != null) {
                // a unit may follow only a bare ten ("sixty nine"); "two three" is two numbers
                boolean follows = lastGood == k;
                if (follows && !(current % 100 >= 20 && current % 10 == 0 && v < 10) && !(current % 100 == 0)) {
                    break;
                }
                current += v;
                any = true;
                lastGood = k + 1;
                k++;
                continue;
            }
            Long s = scales.get(w);
            if (s != null && w.length() > 3 && any) {
                if (s == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * s;
                    current = 0;
                }
                lastGood = k + 1;
                k++;
                // "one hundred and twenty"
                if (k + 1 < end && t.lower(k).equals("and") && wordValue(t.lower(k + 1)) != null) {
                    k++;
                }
                continue;
            }
            Long d = dozens.get(w);
            if (d != null && any) {
                current = Math.max(current, 1) * d;
                lastGood = k + 1;
                k++;
                continue;
            }
            break;
        }
        if (!any || lastGood < 0 || total + current > MAX_PLAUSIBLE) {
            return null; // "two trillion" is no count either
        }
        return new Core(total + current, lastGood, Quantity.Flag.PLAIN);
    }

    /** A unit or ten word, or a hyphenated pair of them ("twenty-five"). */
    private Long wordValue(String w) {
        Long u = units.get(w);
        if (u != null) {
            return u;
        }
        Long te = tens.get(w);
        if (te != null) {
            return te;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Long a = tens.get(w.substring(0, dash));
            Long b = units.get(w.substring(dash + 1));
            if (a != null && b != null && b < 10) {
                return a + b;
            }
        }
        return null;
    }
}
