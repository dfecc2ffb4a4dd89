package org.conflicttally.article;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How the date field of a record is written ({@code --date-format}): {@value #AUTO}, the forms
 * {@link PublicationDates} reads (ISO dates, "27 February 2020", ...), or one java.time pattern such as
 * {@code M/d/yyyy} for a table that writes 5 April 2017 as {@code 4/5/2017}. A pattern is applied strictly:
 * "2/30/2017" is no date (a lenient parser would make it 2 March), and the whole value must match, a time
 * of day only where the pattern has one.
 */
public final class PublishedFormat implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The forms news pages print: the default. */
    public static final String AUTO = "auto";

    private final String pattern;
    /** Null for {@value #AUTO}. Not serializable: rebuilt from the pattern where the parser is shipped to. */
    private transient DateTimeFormatter formatter;

    private PublishedFormat(String pattern) {
        this.pattern = pattern;
        this.formatter = compile(pattern);
    }

    /**
     * @param pattern {@value #AUTO} (or null) or a java.time pattern
     * @throws IllegalArgumentException naming the problem when the pattern is not one
     */
    public static PublishedFormat of(String pattern) {
        return new PublishedFormat(pattern == null || pattern.isBlank() ? AUTO : pattern.strip());
    }

    /** The date a value gives, whatever its year; null when it is not a date in this format. */
    LocalDate parseAnyYear(String value) {
        if (formatter == null) {
            return PublicationDates.parseAnyYear(value).orElse(null);
        }
        try {
            TemporalAccessor parsed = formatter.parse(value.strip());
            return LocalDate.from(parsed);
        } catch (java.time.DateTimeException e) {   // not this format, or no such day
            return null;
        }
    }

    /** What a reader of a reject needs to know about the format: empty for {@value #AUTO}. */
    String expected() {
        return formatter == null ? "" : " (expected " + pattern + ")";
    }

    private static DateTimeFormatter compile(String pattern) {
        if (pattern.equals(AUTO)) {
            return null;
        }
        try {
            // Strict resolving, and the era of 'yyyy' (year of era) defaulted to AD: without it a strict
            // formatter resolves no date from "yyyy" at all.
            DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern);
            if (pattern.indexOf('y') >= 0) {
                builder.parseDefaulting(ChronoField.ERA, 1);
            }
            DateTimeFormatter formatter = builder.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
            if (!formatter.toString().contains("DayOfMonth") && !formatter.toString().contains("DayOfYear")) {
                throw new IllegalArgumentException("it names no day (d)");
            }
            return formatter;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad date format '" + pattern + "': " + e.getMessage()
                    + " (a java.time pattern such as M/d/yyyy, or " + AUTO + ")", e);
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        formatter = compile(pattern);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
