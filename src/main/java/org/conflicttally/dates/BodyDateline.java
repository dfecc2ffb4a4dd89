package org.conflicttally.dates;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.conflicttally.text.Tokens;

/**
 * The dateline in an article's body: the date a news page prints at its top ("26.11.2014", "Date of
 * publication 19 June 2016", "Wed Feb 3 2016", "Reuters Monday 31 Oct 2016", "29-06-2016"), found among
 * the article's tokens while facts are extracted. Relative dates in the text ("on Tuesday") count from it:
 * it is the date the reporter wrote against, which a corpus's publication field does not always match.
 * (The publication date itself is {@link org.conflicttally.article.PublicationDates}'s: read once when the
 * article is parsed, from its metadata or the top lines of a .txt file.) Numeric dates follow the one rule
 * of {@link NumericDates}; month names come from times.tsv ({@link TimesLexicon}). No regular expressions:
 * this runs once per article in the hot loop. Immutable; shared by threads.
 */
public final class BodyDateline {
    /** How far into the text a dateline may stand (a headline and a byline may come first). */
    public static final int WINDOW = 260;

    private final TimesLexicon words;

    public BodyDateline(TimesLexicon words) {
        this.words = words;
    }

    /** The first date printed in characters [{@code fromChar}, {@code fromChar + WINDOW}) of the tokens' text. */
    public Optional<LocalDate> find(Tokens t, int fromChar) {
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
                String day = raw.substring(0, dot1);
                return twoNumbersAndYear(day, raw.substring(dot1 + 1, dot2), raw.substring(dot2 + 1), '.');
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
                    return twoNumbersAndYear(a, b, c, sep); // "29-06-2016", "12/31/2014"
                }
                if (a.length() == 4 && c.length() <= 2) {
                    return yearMonthDay(a, b, c); // "2016-06-29"
                }
            }
        }
        return null;
    }

    /** "19 June 2016", "June 19, 2016", "Feb 3 2016", "Jun 062016". */
    private LocalDate words(Tokens t, int i) {
        Month m = words.month(t.lower(i));
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
                return yearMonthDay(day.substring(2), String.valueOf(m.getValue()), day.substring(0, 2));
            }
            int y = k + 1;
            if (y < n && t.rawEquals(y, ",")) {
                y++;
            }
            if (day.length() <= 2 && y < n && t.isNumber(y) && t.raw(y).length() == 4) {
                return yearMonthDay(t.raw(y), String.valueOf(m.getValue()), day);
            }
        }
        // day month [,] year
        if (i > 0 && t.isNumber(i - 1) && t.raw(i - 1).length() <= 2) {
            int y = k;
            if (y < n && t.rawEquals(y, ",")) {
                y++;
            }
            if (y < n && t.isNumber(y) && t.raw(y).length() == 4) {
                return yearMonthDay(t.raw(y), String.valueOf(m.getValue()), t.raw(i - 1));
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

    /** Year, month, day as written; null when no date or outside the years a dateline may name. */
    private static LocalDate yearMonthDay(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            return NumericDates.plausibleYear(year)
                    ? NumericDates.date(year, Integer.parseInt(m), Integer.parseInt(d)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Two numbers and a year in the order {@link NumericDates} reads them with this separator. */
    private static LocalDate twoNumbersAndYear(String a, String b, String y, char separator) {
        try {
            int year = Integer.parseInt(y);
            return NumericDates.plausibleYear(year)
                    ? NumericDates.of(Integer.parseInt(a), Integer.parseInt(b), year, separator) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
