package org.conflicttally.article;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflicttally.dates.NumericDates;

/**
 * The publication date of an article, read once when it is parsed: from its metadata (a JSON
 * {@code published} field) or from the date line among the top lines of a .txt page. Dates as news pages
 * print them: "27 February, 2020", "February 27, 2020", "27 Feb 2020", "2020-02-27", "26.11.2014", "Wed 05
 * Apr 2017", "Monday, 3 March 2014", "Mar 3, 2014 10:30 AM", optionally after "Published", "Posted on",
 * "Updated" or "Date of publication". (The dateline printed in the body, which relative times in the text
 * count from, is {@link org.conflicttally.dates.BodyDateline}'s.)
 *
 * <p>Numeric dates are read year first, or by the one rule of {@link NumericDates}: slashed dates month
 * first ("05/04/2017" is 4 May), dotted and hyphenated ones day first ("03-08-2016" is 3 August), each the
 * other way round when that gives no date. Years outside {@value #MIN_YEAR}..{@value #MAX_YEAR} and
 * impossible days ("30 February") are not dates.
 */
public final class PublicationDates {
    static final int MIN_YEAR = NumericDates.FIRST_YEAR;
    static final int MAX_YEAR = NumericDates.LAST_YEAR;

    /**
     * The month and weekday names and the prefixes pages print dates with: the words of times.tsv, of the
     * copy bundled in the jar (records are parsed before any lexicon folder a run names is read).
     */
    private static final org.conflicttally.dates.TimesLexicon WORDS = org.conflicttally.dates.TimesLexicon.compile(
            org.conflicttally.lexicon.LexiconSource.bundled().file("times.tsv"));
    private static final Map<String, Integer> MONTHS = WORDS.monthNumbers();

    private static final String MONTH = alternatives(MONTHS.keySet());
    private static final String WEEKDAY = "(?:" + alternatives(WORDS.pageWeekdays()) + "\\.?,?\\s+)";
    private static final String PREFIX = "(?:" + alternatives(WORDS.publicationPrefixes()) + "\\s*:?\\s*)";
    private static final String ORDINAL = alternatives(WORDS.daySuffixes()) + "?";
    private static final String YEAR = "(\\d{4})(?!\\d)";

    /**
     * One alternative per layout; {@link #toDate} knows which group holds what: (1 day, 2 month, 3 year),
     * (4 month, 5 day, 6 year), (7 year, 8 separator, 9 month, 10 day), (11 day, 12 separator, 13 month, 14 year).
     */
    private static final String DATE = "(?:"
            + "(\\d{1,2})" + ORDINAL + "(?:\\s+of)?\\s+(" + MONTH + ")\\.?,?\\s+" + YEAR       // 27 February, 2020
            + "|(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORDINAL + ",?\\s+" + YEAR                 // February 27, 2020
            + "|(\\d{4})([-./])(\\d{1,2})\\8(\\d{1,2})(?!\\d)"                                 // 2020-02-27
            + "|(\\d{1,2})([-./])(\\d{1,2})\\12" + YEAR                                        // 26.11.2014
            + ")";

    /** A date at the start of a line, possibly glued to what follows ("02.10.2017Get short URL"). */
    private static final Pattern LEADING = Pattern.compile(
            "^\\s*" + PREFIX + "?" + WEEKDAY + "?" + DATE, Pattern.CASE_INSENSITIVE);

    /** What may follow a date in a date-only string: a time, AM/PM, a zone (ISO or "GMT"). */
    private static final Pattern TIME_TAIL = Pattern.compile(
            "(?:(?:,?\\s*(?:at\\s+)?|T)\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?"
                    + "\\s*(?:Z|[+-]\\d{2}:?\\d{2}|\\(?(?-i:[A-Z]{2,5})\\)?)?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private PublicationDates() {
    }

    /**
     * A regular expression group of these words or phrases, the longest first (so that "sept" is tried before
     * "sep"), spaces matching any white space.
     */
    private static String alternatives(java.util.Collection<String> words) {
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Reads a string that is a date and nothing else (but a time of day): a JSON {@code published} field or
     * a date line. Empty when it is not one.
     */
    public static Optional<LocalDate> parse(String s) {
        return parseAnyYear(s).filter(PublicationDates::plausible);
    }

    /** As {@link #parse}, whatever the year: to tell "9999-01-01" (an implausible date) from "last week". */
    static Optional<LocalDate> parseAnyYear(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = LEADING.matcher(s);
        if (!m.lookingAt() || !TIME_TAIL.matcher(s).region(m.end(), s.length()).matches()) {
            return Optional.empty();
        }
        return toDate(m);
    }

    /**
     * The date of the first of the first {@code maxLines} non-blank lines of {@code text} that starts with
     * a date (whatever follows it on the line). Blank lines are not counted, so double-spaced pages read
     * like single-spaced ones.
     */
    public static Optional<LocalDate> find(String text, int maxLines) {
        return find(text, maxLines, PublicationDates::plausible);
    }

    /** As {@link #find}, whatever the year. */
    static Optional<LocalDate> findAnyYear(String text, int maxLines) {
        return find(text, maxLines, d -> true);
    }

    /** Whether a publication date's year is in {@value #MIN_YEAR}..{@value #MAX_YEAR}. */
    static boolean plausible(LocalDate date) {
        return NumericDates.plausibleYear(date.getYear());
    }

    /** The reason of a reject for a date {@link #plausible} refuses. */
    static String implausible(LocalDate date) {
        return "implausible publication date: " + date + " (accepted: years " + MIN_YEAR + " to " + MAX_YEAR + ")";
    }

    private static Optional<LocalDate> find(String text, int maxLines, Predicate<LocalDate> accept) {
        int seen = 0;
        int start = 0;
        Matcher m = LEADING.matcher(text);
        while (start < text.length() && seen < maxLines) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                seen++;
                if (m.region(start, end).lookingAt()) {
                    Optional<LocalDate> date = toDate(m).filter(accept);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        if (m.group(1) != null) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        if (m.group(4) != null) {
            return of(m.group(6), month(m.group(4)), m.group(5));
        }
        if (m.group(7) != null) {
            return of(m.group(7), Integer.parseInt(m.group(9)), m.group(10));
        }
        return Optional.ofNullable(NumericDates.of(Integer.parseInt(m.group(11)), Integer.parseInt(m.group(13)),
                Integer.parseInt(m.group(14)), m.group(12).charAt(0)));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Optional<LocalDate> of(String year, int month, String day) {
        // 30 February, month 13: not a date
        return Optional.ofNullable(NumericDates.date(Integer.parseInt(year), month, Integer.parseInt(day)));
    }
}
