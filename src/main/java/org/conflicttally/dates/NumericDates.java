package org.conflicttally.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The one rule for dates written as two numbers and a year ("05/04/2017", "26.11.2014", "29-06-2016"),
 * wherever the job reads one (the publication date of {@link org.conflicttally.article.PublicationDates}
 * and the dateline of {@link BodyDateline}): with slashes the month comes first, as the US, the Global
 * Terrorism Database and the FA-KES dataset's own CSV write it ("4/5/2017" is 5 April); with dots or
 * hyphens the day comes first, as European and Middle Eastern outlets write it ("03-08-2016" is 3 August).
 * When that order gives no date, the other one is tried: "31/12/2014" is 31 December. Year-first dates
 * ("2016-06-29", "2016/06/29") are year, month, day whatever the separator.
 */
public final class NumericDates {
    /** The separator that puts the month first. */
    public static final char MONTH_FIRST = '/';
    /** The years a date in a news page may name; "27 February 1850" and "2220-02-27" are typos or junk. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private NumericDates() {
    }

    /** The date of "{@code a} sep {@code b} sep {@code year}", or null when neither order gives one. */
    public static LocalDate of(int a, int b, int year, char separator) {
        LocalDate monthFirst = date(year, a, b);
        LocalDate dayFirst = date(year, b, a);
        if (separator == MONTH_FIRST) {
            return monthFirst != null ? monthFirst : dayFirst;
        }
        return dayFirst != null ? dayFirst : monthFirst;
    }

    /** Whether a news page's date may name this year ({@value #FIRST_YEAR}..{@value #LAST_YEAR}). */
    public static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The date, or null when there is no such day ("30 February", month 13). */
    public static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
