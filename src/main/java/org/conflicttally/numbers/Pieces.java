package org.conflicttally.numbers;

import java.util.Arrays;
import java.util.Locale;
import org.conflicttally.text.Tokens;

/**
 * Tokens [from, to) cut into the pieces the number grammar reads, as parallel arrays, with the value of
 * each figure. A word is cut at its in-word hyphens ("twenty-five", "SCP-173") and where digits start a
 * part of it ("k-20k"); a digit run whose separators are not one number's ("192.168.1.2", "22,24,26,31")
 * becomes one figure a group. Narrow no-break and figure spaces (U+202F, U+2007) and zero-width characters,
 * which {@link Tokens} keeps as punctuation, are dropped, and so is an apostrophe between digits ("1'000"):
 * they separate digit groups ({@link #groupSeparator}).
 *
 * <p>Tokens are cut only as far as a reader looks ({@link #has}): a count is read at many tokens of a
 * sentence and most readings stop after a piece or two. One instance a call, never shared.
 */
final class Pieces {
    // Notation, not language: the marks figures are written with.
    /** Every hyphen and minus sign is this piece: "twenty-five", "-5", "10-15". */
    static final String HYPHEN = "-";
    static final String SLASH = "/";
    static final String PLUS = "+";

    final String text;
    private final Tokens tokens;
    private int nextToken;
    private final int toToken;
    private int n;
    int[] start;
    int[] end;
    int[] token;
    byte[] kind;
    /** Lower-cased text, or null for a figure until asked for (see {@link #lower(int)}). */
    private String[] lower;
    double[] num;
    /** digits before the decimal mark of a figure without thousands separators; -1 otherwise */
    int[] intDigits;
    boolean[] decimal;

    private Pieces(Tokens t, int from, int to, int capacity) {
        this.text = t.text();
        this.tokens = t;
        this.nextToken = from;
        this.toToken = to;
        start = new int[capacity];
        end = new int[capacity];
        token = new int[capacity];
        kind = new byte[capacity];
        lower = new String[capacity];
        num = new double[capacity];
        intDigits = new int[capacity];
        decimal = new boolean[capacity];
    }

    /** The pieces of tokens [from, to), cut when first asked for. */
    static Pieces of(Tokens t, int from, int to) {
        return new Pieces(t, from, to, 4);
    }

    /** Whether there is a piece {@code i}: cuts further tokens until there is, or none is left. */
    boolean has(int i) {
        while (n <= i && nextToken < toToken) {
            cut(nextToken++);
        }
        return i < n;
    }

    /** Whether piece {@code i} ends where its token ends: a count never stops inside a token. */
    boolean endsToken(int i) {
        return end[i] == tokens.end(token[i]);
    }

    private void cut(int k) {
        Tokens t = tokens;
        switch (t.kind(k)) {
            case Tokens.WORD -> word(t, k, t.start(k), t.end(k), true);
            case Tokens.NUMBER -> figure(t, k);
            default -> {
                char c = t.firstChar(k);
                if (!isGroupMark(c) && !(isApostrophe(c) && betweenFigures(t, k))) {
                    add(t.start(k), t.end(k), k, Tokens.PUNCT, c == '\u2212' ? HYPHEN : t.lower(k));
                }
            }
        }
    }

    /** A word, cut at in-word hyphens; a part that starts with digits is a figure ("SCP-173", "k-20k"). */
    private void word(Tokens t, int k, int s, int e, boolean whole) {
        int segStart = s;
        for (int c = s; c <= e; c++) {
            if (c == e || isHyphen(text.charAt(c))) {
                if (c == e && segStart == s && whole) {
                    add(s, e, k, Tokens.WORD, t.lower(k));
                    return;
                }
                segment(k, segStart, c);
                if (c < e) {
                    add(c, c + 1, k, Tokens.PUNCT, HYPHEN);
                }
                segStart = c + 1;
            }
        }
    }

    private void segment(int k, int s, int e) {
        if (s >= e) {
            return;
        }
        int d = s;
        while (d < e && Character.isDigit(text.charAt(d)) && text.charAt(d) < 128) {
            d++;
        }
        if (d > s) {
            addFigure(s, d, k, digits(s, d), d - s, false);
        }
        if (d < e) {
            add(d, e, k, Tokens.WORD, text.substring(d, e).toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Marks that only ever separate digit groups where they stand between figures, and that {@link Tokens}
     * keeps as punctuation: narrow no-break, thin and figure spaces, the Arabic thousands separator (U+066C),
     * and the zero-width characters a scraper leaves ("1\u200B200"). Dropped from the pieces, so that {@link #groupSeparator} sees them.
     */
    private static boolean isGroupMark(char c) {
        return c == '\u202f' || c == '\u2009' || c == '\u2007' || c >= '\u200b' && c <= '\u200d' || c == '\u2060'
                || c == '\ufeff' || c == '\u066c';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** "1'000": punctuation written against a figure on each side. */
    private static boolean betweenFigures(Tokens t, int k) {
        return k > 0 && k + 1 < t.size() && t.isNumber(k - 1) && t.isNumber(k + 1) && t.end(k - 1) == t.start(k)
                && t.end(k) == t.start(k + 1);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * A digit run: one figure when its separators read as thousands ("1,234,567") or as one decimal
     * mark ("4.800", "1,3"), else one figure per group ("192.168.1.2", "22,24,26,31").
     */
    private void figure(Tokens t, int k) {
        int s = t.start(k);
        int e = t.end(k);
        int numEnd = s;
        while (numEnd < e && text.charAt(numEnd) != '-') {
            numEnd++;
        }
        int commas = 0;
        int dots = 0;
        int firstGroup = -1;
        boolean groupsOfThree = true;
        boolean dotLast = true;
        int groupStart = s;
        char sepBefore = 0;
        for (int c = s; c <= numEnd; c++) {
            char ch = c < numEnd ? text.charAt(c) : 0;
            if (c == numEnd || ch == ',' || ch == '.') {
                int len = c - groupStart;
                if (firstGroup < 0) {
                    firstGroup = len;
                } else if (sepBefore == ',' && len != 3) {
                    groupsOfThree = false;
                }
                if (ch == ',') {
                    commas++;
                    if (dots > 0) {
                        dotLast = false;
                    }
                } else if (ch == '.') {
                    dots++;
                }
                sepBefore = ch;
                groupStart = c + 1;
            }
        }
        groupsOfThree &= firstGroup >= 1 && firstGroup <= 3;
        if (commas == 0 && dots == 0) {
            addFigure(s, numEnd, k, digits(s, numEnd), numEnd - s, false); // most figures: no String made
        } else if (commas == 0 && dots == 1) {
            String raw = text.substring(s, numEnd);
            addFigure(s, numEnd, k, Double.parseDouble(Tokens.asciiDigits(raw)), raw.indexOf('.'), true);
        } else if (dots <= 1 && groupsOfThree && dotLast) {
            String raw = text.substring(s, numEnd);
            addFigure(s, numEnd, k, Double.parseDouble(Tokens.asciiDigits(raw.replace(",", ""))), -1, dots == 1);
        } else if (dots == 0 && commas == 1) {
            String raw = text.substring(s, numEnd);
            addFigure(s, numEnd, k, Double.parseDouble(Tokens.asciiDigits(raw.replace(',', '.'))), -1, true);
        } else {
            int g = s;
            for (int c = s; c <= numEnd; c++) {
                if (c == numEnd || text.charAt(c) == ',' || text.charAt(c) == '.') {
                    addFigure(g, c, k, digits(g, c), c - g, false);
                    if (c < numEnd) {
                        add(c, c + 1, k, Tokens.PUNCT, String.valueOf(text.charAt(c)));
                    }
                    g = c + 1;
                }
            }
        }
        if (numEnd < e) {
            // "10-year-old": the hyphen and the words written against the figure
            add(numEnd, numEnd + 1, k, Tokens.PUNCT, HYPHEN);
            word(t, k, numEnd + 1, e, false);
        }
    }

    private void addFigure(int s, int e, int k, double value, int digits, boolean isDecimal) {
        add(s, e, k, Tokens.NUMBER, null);
        num[n - 1] = value;
        intDigits[n - 1] = digits;
        decimal[n - 1] = isDecimal;
    }

    private void add(int s, int e, int k, byte kd, String low) {
        if (n == start.length) {
            int cap = n * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            token = Arrays.copyOf(token, cap);
            kind = Arrays.copyOf(kind, cap);
            lower = Arrays.copyOf(lower, cap);
            num = Arrays.copyOf(num, cap);
            intDigits = Arrays.copyOf(intDigits, cap);
            decimal = Arrays.copyOf(decimal, cap);
        }
        start[n] = s;
        end[n] = e;
        token[n] = k;
        kind[n] = kd;
        lower[n] = low;
        intDigits[n] = -1;
        n++;
    }

    /** The value of the digits [s, e) (ASCII or Arabic-Indic), as Double.parseDouble would read them, without a String. */
    private double digits(int s, int e) {
        if (e - s > 15) {
            return Double.parseDouble(Tokens.asciiDigits(text.substring(s, e))); // beyond what a long holds exactly
        }
        long v = 0;
        for (int c = s; c < e; c++) {
            v = v * 10 + Tokens.digitValue(text.charAt(c));
        }
        return v;
    }

    /** The lower-cased text of piece {@code i}. */
    String lower(int i) {
        String s = lower[i];
        if (s == null) {
            s = raw(i);
            lower[i] = s;
        }
        return s;
    }

    boolean is(int i, String s) {
        String low = lower[i];
        if (low != null) {
            return low.equals(s);
        }
        return end[i] - start[i] == s.length() && text.regionMatches(start[i], s, 0, s.length());
    }

    String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    /** Written against each other, no space between. */
    boolean adjacent(int a, int b) {
        return end[a] == start[b];
    }

    /** What stands between two pieces: no digit-group separator. */
    static final int NO_SEPARATOR = 0;
    /** One ASCII space: a digit-group separator in some texts, a mere space between two numbers in others. */
    static final int PLAIN_SPACE = 1;
    /** A no-break, narrow, thin or figure space, a zero-width character or an apostrophe ("1'000"). */
    static final int GROUP_MARK = 2;

    /** The digit-group separator between pieces {@code a} and {@code b}: one character, of the kinds above. */
    int groupSeparator(int a, int b) {
        if (start[b] - end[a] != 1) {
            return NO_SEPARATOR;
        }
        char c = text.charAt(end[a]);
        return c == ' ' ? PLAIN_SPACE
                : c == '\u00a0' || isGroupMark(c) || isApostrophe(c) ? GROUP_MARK : NO_SEPARATOR;
    }

    /** Whether the token before piece {@code i}'s is a number with one space between ("2016 200"). */
    boolean figureBefore(int i) {
        int k = token[i];
        return k > 0 && tokens.isNumber(k - 1) && start[i] - tokens.end(k - 1) == 1;
    }

    /**
     * Whether, after piece {@code i}, another figure follows at once or after one word or mark ("101 102
     * and 103", "5 100 200"): a list of numbers, not digit groups.
     */
    boolean figureAfter(int i) {
        int k = token[i] + 1;
        if (k >= toToken) {
            return false;
        }
        if (tokens.isNumber(k)) {
            return true;
        }
        return k + 1 < toToken && tokens.isNumber(k + 1) && tokens.end(k + 1) - tokens.start(k + 1) == 3;
    }

    NumberMention mention(int from, int to, double value) {
        return new NumberMention(token[from], token[to - 1] + 1, start[from], end[to - 1], value);
    }
}
