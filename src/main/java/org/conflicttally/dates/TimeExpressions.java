package org.conflicttally.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.conflicttally.dates.TimeExpression.Granularity;
import org.conflicttally.dates.TimesLexicon.Period;
import org.conflicttally.text.Tokens;

/**
 * Finds and resolves time expressions of news English relative to a reference date (the dateline or the
 * publication date): "late on Wednesday", "on Tuesday", "yesterday", "last week", "on May 31", "in April
 * last year", "this month". News reports the past: a weekday means the latest such day on or before the
 * reference date, a month without a year the latest such month not after it. The words come from
 * {@code times.tsv} ({@link TimesLexicon}); this class holds how each kind resolves. Immutable; shared by
 * threads.
 */
public final class TimeExpressions {
    /** "3 days ago" reaches back less than two months: a larger count is no such expression. */
    private static final int MAX_DAYS_AGO = 60;
    /** A month word this short ("mar", "may", "jun") is a month only when capitalized. */
    private static final int AMBIGUOUS_LENGTH = 3;

    private final TimesLexicon words;

    public TimeExpressions(TimesLexicon words) {
        this.words = words;
    }

    /** Compiles {@code times.tsv}; a bad row fails with file and line. */
    public static TimeExpressions compile(org.conflicttally.lexicon.TsvFile file) {
        return new TimeExpressions(TimesLexicon.compile(file));
    }

    /** The words these expressions are read with. */
    public TimesLexicon lexicon() {
        return words;
    }

    /** Every word that can start a time expression (or stand in one at its start): the extractor skips
     *  sentences without any. */
    public Set<String> cueWords() {
        return words.cueWords();
    }

    /** The words time expressions are made of: for a {@link org.conflicttally.text.Vocabulary}. */
    public Set<String> words() {
        return words.words();
    }

    /** Whether a lower-case word names a month. */
    public boolean isMonthName(String lower) {
        return words.isMonthName(lower);
    }

    /** Every time expression in tokens [from, to), resolved against {@code ref}. */
    public List<TimeExpression> find(Tokens t, int from, int to, LocalDate ref) {
        return find(t, from, to, ref, i -> true);
    }

    /**
     * The same, trying only the tokens that {@code mayStart} admits: a caller that knows which tokens are
     * {@link #cueWords()} (no expression starts at any other word) saves the look-ups at all the others.
     */
    public List<TimeExpression> find(Tokens t, int from, int to, LocalDate ref, IntPredicate mayStart) {
        List<TimeExpression> out = new ArrayList<>(2);
        for (int i = from; i < to; i++) {
            if (!t.isWord(i) || !mayStart.test(i)) {
                continue;
            }
            TimeExpression e = at(t, i, from, to, ref);
            if (e != null) {
                out.add(e);
                i = e.to() - 1;
            }
        }
        return out;
    }

    private TimeExpression at(Tokens t, int i, int from, int to, LocalDate ref) {
        String w = t.lower(i);
        DayOfWeek dow = words.weekdays.get(w);
        if (dow == null && t.capitalized(i)) {
            dow = words.capitalizedWeekdays.get(w);
        }
        if (dow != null) {
            return weekday(t, i, from, to, ref, dow);
        }
        Integer offset = words.dayOffsets.get(w);
        if (offset != null) {
            return new TimeExpression(i, i + 1, ref.plusDays(offset), Granularity.DAY);
        }
        if (words.previous.contains(w) && i + 1 < to) {
            return previous(words.periods.get(t.lower(i + 1)), i, ref);
        }
        if (words.current.contains(w) && i + 1 < to) {
            return current(words.periods.get(t.lower(i + 1)), i, ref);
        }
        // "3 days ago"
        if (i - 1 >= from && t.isNumber(i - 1) && words.periods.get(w) == Period.DAY && i + 1 < to
                && words.ago.contains(t.lower(i + 1))) {
            try {
                int n = Integer.parseInt(t.raw(i - 1));
                if (n < MAX_DAYS_AGO) {
                    return new TimeExpression(i - 1, i + 2, ref.minusDays(n), Granularity.DAY);
                }
            } catch (NumberFormatException ignored) {
                return null;
            }
        }
        Month m = words.months.get(w);
        if (m != null && (t.capitalized(i) || w.length() > AMBIGUOUS_LENGTH)) {
            return month(t, i, from, to, ref, m);
        }
        return null;
    }

    /** "on Tuesday", "last Thursday", "Saturday's": the latest such day on or before the reference date. */
    private TimeExpression weekday(Tokens t, int i, int from, int to, LocalDate ref, DayOfWeek dow) {
        boolean last = i > from && words.previous.contains(t.lower(i - 1));
        LocalDate d = ref.with(TemporalAdjusters.previousOrSame(dow));
        if (last && d.equals(ref)) {
            d = d.minusWeeks(1);
        }
        int end = i + 1;
        if (end < to && words.possessives.contains(t.lower(end))) {
            end++;
        }
        return new TimeExpression(last ? i - 1 : i, end, d, Granularity.DAY);
    }

    /** "last night", "last week", "last month", "last year"; null for a period that has no previous one here. */
    private static TimeExpression previous(Period p, int i, LocalDate ref) {
        if (p == null) {
            return null;
        }
        return switch (p) {
            case NIGHT -> new TimeExpression(i, i + 2, ref.minusDays(1), Granularity.DAY);
            case WEEK -> new TimeExpression(i, i + 2, ref.minusWeeks(1), Granularity.DAY);
            case MONTH -> new TimeExpression(i, i + 2, ref.minusMonths(1).withDayOfMonth(1), Granularity.MONTH);
            case YEAR -> new TimeExpression(i, i + 2, ref.minusYears(1).withDayOfYear(1), Granularity.YEAR);
            default -> null;
        };
    }

    /** "this morning", "this week" (the reference day), "this month". */
    private static TimeExpression current(Period p, int i, LocalDate ref) {
        if (p == null) {
            return null;
        }
        return switch (p) {
            case PART_OF_DAY, WEEK -> new TimeExpression(i, i + 2, ref, Granularity.DAY);
            case MONTH -> new TimeExpression(i, i + 2, ref.withDayOfMonth(1), Granularity.MONTH);
            default -> null;
        };
    }

    private TimeExpression month(Tokens t, int i, int from, int to, LocalDate ref, Month m) {
        String name = t.lower(i);
        boolean abbreviated = words.abbreviations.contains(name);
        int start = i;
        int end = i + 1;
        if (end < to && t.isPunct(end) && t.firstChar(end) == '.') {
            end++;
        }
        Integer day = null;
        // "May 31" / "31 May"
        if (end < to && t.isNumber(end) && t.raw(end).length() <= 2) {
            day = Integer.parseInt(t.raw(end));
            end++;
            if (end < to && t.isWord(end) && words.daySuffixes.contains(t.lower(end))) {
                end++;
            }
        } else if (i - 1 >= from && t.isNumber(i - 1) && t.raw(i - 1).length() <= 2) {
            day = Integer.parseInt(t.raw(i - 1));
            start = i - 1;
        }
        if (abbreviated && day == null) {
            return null; // "Mar" or "Dec" alone is too often something else
        }
        if (words.homonyms.contains(name) && day == null && !t.capitalized(i)) {
            return null; // the verb "may"
        }
        if (words.homonyms.contains(name) && day == null
                && (i == from || !words.monthPrepositions.contains(t.lower(i - 1)))) {
            return null; // "May" opening a sentence is usually the verb
        }
        Integer year = null;
        int k = end;
        if (k < to && t.isPunct(k) && t.firstChar(k) == ',') {
            k++;
        }
        if (k < to && t.isNumber(k) && t.raw(k).length() == 4) {
            int y = Integer.parseInt(t.raw(k));
            if (NumericDates.plausibleYear(y)) {
                year = y;
                end = k + 1;
            }
        } else if (k + 1 < to && words.previous.contains(t.lower(k))
                && words.periods.get(t.lower(k + 1)) == Period.YEAR) {
            year = ref.getYear() - 1;
            end = k + 2;
        }
        if (day != null && (day < 1 || day > m.length(true))) {
            return null;
        }
        int y = year != null ? year : ref.getYear();
        LocalDate d;
        if (day != null) {
            d = LocalDate.of(y, m, Math.min(day, m.length(java.time.Year.isLeap(y))));
            if (year == null && d.isAfter(ref.plusDays(1))) {
                d = d.minusYears(1);
            }
            return new TimeExpression(start, end, d, Granularity.DAY);
        }
        d = LocalDate.of(y, m, 1);
        if (year == null && d.isAfter(ref)) {
            d = d.minusYears(1);
        }
        return new TimeExpression(start, end, d, Granularity.MONTH);
    }
}
