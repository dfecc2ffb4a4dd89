package org.conflicttally.dates;

import java.time.LocalDate;

/**
 * A time named in a sentence, resolved against the article's reference date: tokens [{@code from},
 * {@code to}), the date, and whether the text named a day or only a month or year.
 */
public record TimeExpression(int from, int to, LocalDate date, Granularity granularity) {
    /** How precise the expression is. */
    public enum Granularity { DAY, MONTH, YEAR }
}
