package org.conflicttally.numbers;

import java.util.Arrays;
import java.util.Locale;
import org.conflicttally.text.Tokens;

/**
 * Tokens [from, to) cut into the pieces {@link NumberMentions} reads, as parallel arrays, with the value
 * of each figure. A word is cut at its in-word hyphens ("twenty-five", "SCP-173") and where digits start
 * a part of it ("k-20k"); a digit run whose separators are not one number's ("192.168.1.2",
 * "22,24,26,31") becomes one figure a group. Narrow no-break spaces (U+202F, U+2009, U+2007), which
 * {@link Tokens} keeps as punctuation, are dropped: they separate digit groups ("40 000"). One instance
 * a call, never shared.
 */
final class Pieces {
    final String text;
    int n;
    int[] start;
    int[] end;
    int[] token;
    byte[] kind;
    String[] lower;
    double[] num;
    /** digits before the decimal mark of a figure without thousands separators; -1 otherwise */
    int[] intDigits;
    boolean[] decimal;

    private Pieces(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        token = new int[capacity];
        kind = new byte[capacity];
        lower = new String[capacity];
        num = new double[capacity];
        intDigits = new int[capacity];
        decimal = new boolean[capacity];
    }

    static Pieces of(Tokens t, int from, int to) {
        Pieces p = new Pieces(t.text(), Math.max(8, (to - from) * 2));
        for (int k = from; k < to; k++) {
            switch (t.kind(k)) {
                case Tokens.WORD -> p.word(t, k, t.start(k), t.end(k), true);
                case Tokens.NUMBER -> p.figure(t, k);
                default -> {
                    char c = t.firstChar(k);
                    if (c != '\u202f' && c != '\u2009' && c != '\u2007') {
                        p.add(t.start(k), t.end(k), k, Tokens.PUNCT, c == '\u2212' ? "-" : t.lower(k));
                    }
                }
            }
        }
        return p;
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
                    add(c, c + 1, k, Tokens.PUNCT, "-");
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
            addFigure(s, d, k, Double.parseDouble(text.substring(s, d)), d - s, false);
        }
        if (d < e) {
            add(d, e, k, Tokens.WORD, text.substring(d, e).toLowerCase(Locale.ROOT));
        }
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
        String raw = text.substring(s, numEnd);
        if (commas == 0 && dots <= 1) {
            addFigure(s, numEnd, k, Double.parseDouble(raw), dots == 0 ? raw.length() : raw.indexOf('.'), dots == 1);
        } else if (dots <= 1 && groupsOfThree && dotLast) {
            addFigure(s, numEnd, k, Double.parseDouble(raw.replace(",", "")), -1, dots == 1);
        } else if (dots == 0 && commas == 1) {
            addFigure(s, numEnd, k, Double.parseDouble(raw.replace(',', '.')), -1, true);
        } else {
            int g = s;
            for (int c = s; c <= numEnd; c++) {
                if (c == numEnd || text.charAt(c) == ',' || text.charAt(c) == '.') {
                    addFigure(g, c, k, Double.parseDouble(text.substring(g, c)), c - g, false);
                    if (c < numEnd) {
                        add(c, c + 1, k, Tokens.PUNCT, String.valueOf(text.charAt(c)));
                    }
                    g = c + 1;
                }
            }
        }
        if (numEnd < e) {
            // "10-year-old": the hyphen and the words written against the figure
            add(numEnd, numEnd + 1, k, Tokens.PUNCT, "-");
            word(t, k, numEnd + 1, e, false);
        }
    }

    private void addFigure(int s, int e, int k, double value, int digits, boolean isDecimal) {
        add(s, e, k, Tokens.NUMBER, text.substring(s, e));
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

    boolean is(int i, String s) {
        return lower[i].equals(s);
    }

    String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    /** Written against each other, no space between. */
    boolean adjacent(int a, int b) {
        return end[a] == start[b];
    }

    /** One space between, or a no-break or narrow space. */
    boolean spaceBetween(int a, int b) {
        if (start[b] - end[a] != 1) {
            return false;
        }
        char c = text.charAt(end[a]);
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\u2007';
    }

    NumberMention mention(int from, int to, double value) {
        return new NumberMention(token[from], token[to - 1] + 1, start[from], end[to - 1], value);
    }

    NumberRange range(NumberMentions.Interval r) {
        return new NumberRange(token[r.from()], token[r.to() - 1] + 1, start[r.from()], end[r.to() - 1], r.low(),
                r.lowIncluded(), r.high(), r.highIncluded());
    }
}
