package org.conflicttally.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.conflicttally.text.Tokens;

/**
 * The date a news page prints at its top ("26.11.2014", "Date of publication 19 June 2016", "Wed Feb 3
 * 2016", "Reuters Monday 31 Oct 2016", "29-06-2016"). Relative dates in the text ("on Tuesday") count from
 * it: it is the date the reporter wrote against, which a corpus's publication field does not always match.
 * Numeric dates with dots or hyphens are read day first (European and Middle Eastern outlets); with slashes
 * month first (American usage, as in GTD-style summaries), each falling back to the other when invalid.
 * Works on the article's tokens (no regular expressions: this runs once per article in the hot loop).
 */
public final class Dateline {
    /** How far into the text a dateline may stand (a headline and a byline may come first). */
    public static final int WINDOW = 260;

    private Dateline() {
    }

    /** The first date printed in characters [{@code fromChar}, {@code fromChar + WINDOW}) of the tokens' text. */
    public static Optional<LocalDate> find(Tokens t, int fromChar) {
        int limit = fromChar + WINDOW;
        int n = t.size();
        for (int i = 0; i < n && t.start(i) < limit; i++) {
            if (t.start(i) < fromChar) {
                continue;
            }
            LocalDate d = t.isNumber(i) ? numeric(t, i) : t.isWord(i) ? words(t, i) : null;
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** "26.11.2014" (one token), "29-06-2016", "29/06/2016", "2016-06-29". */
    private static LocalDate numeric(Tokens t, int i) {
        String raw = t.raw(i);
        int dot1 = raw.indexOf('.');
        if (dot1 > 0) {
            int dot2 = raw.indexOf('.', dot1 + 1);
            if (dot2 > 0 && raw.length() - dot2 - 1 == 4) {
                return date(raw.substring(dot2 + 1), raw.substring(dot1 + 1, dot2), raw.substring(0, dot1));
            }
            return null;
        }
        if (i + 4 < t.size() && joined(t, i, i + 4)) {
            char sep = t.firstChar(i + 1);
            if ((sep == '-' || sep == '/') && t.firstChar(i + 3) == sep) {
                String a = raw;
                String b = t.raw(i + 2);
                String c = t.raw(i + 4);
                if (c.length() == 4 && a.length() <= 2) {
                    // "29-06-2016" and "29.06.2016" are day first; "12/31/2014" is the American month first
                    LocalDate dayFirst = date(c, b, a);
                    LocalDate monthFirst = date(c, a, b);
                    if (sep == '/') {
                        return monthFirst != null ? monthFirst : dayFirst;
                    }
                    return dayFirst != null ? dayFirst : monthFirst;
                }
                if (a.length() == 4 && c.length() <= 2) {
                    return date(a, b, c);
                }
            }
        }
        return null;
    }

    /** "19 June 2016", "June 19, 2016", "Feb 3 2016", "Jun 062016". */
    private static LocalDate words(Tokens t, int i) {
        Month m = TimeExpressions.month(t.lower(i));
        if (m == null || !t.capitalized(i)) {
            return null;
        }
        int n = t.size();
        int k = i + 1;
        if (k < n && t.rawEquals(k, ".")) {
            k++;
        }
        // month day [,] year
        if (k < n && t.isNumber(k)) {
            String day = t.raw(k);
            if (day.length() == 6) {
                return date(day.substring(2), String.valueOf(m.getValue()), day.substring(0, 2));
            }
            int y = k + 1;
            if (y < n && t.rawEquals(y, ",")) {
                y++;
            }
            if (day.length() <= 2 && y < n && t.isNumber(y) && t.raw(y).length() == 4) {
                return date(t.raw(y), String.valueOf(m.getValue()), day);
            }
        }
        // day month [,] year
        if (i > 0 && t.isNumber(i - 1) && t.raw(i - 1).length() <= 2) {
            int y = k;
            if (y < n && t.rawEquals(y, ",")) {
                y++;
            }
            if (y < n && t.isNumber(y) && t.raw(y).length() == 4) {
                return date(t.raw(y), String.valueOf(m.getValue()), t.raw(i - 1));
            }
        }
        return null;
    }

    private static boolean joined(Tokens t, int from, int last) {
        for (int k = from; k < last; k++) {
            if (t.end(k) != t.start(k + 1)) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
