package org.conflicttally.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflicttally.dates.TimeExpression.Granularity;
import org.conflicttally.text.Tokens;

/**
 * Finds and resolves time expressions of news English relative to a reference date (the dateline or the
 * publication date): "late on Wednesday", "on Tuesday", "yesterday", "last week", "on May 31", "in April
 * last year", "this month". News reports the past: a weekday means the latest such day on or before the
 * reference date, a month without a year the latest such month not after it.
 */
public final class TimeExpressions {
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY,
            // apostrophes are stripped in some corpora: "Tuesdays attack"
            "tuesdays", DayOfWeek.TUESDAY, "saturdays", DayOfWeek.SATURDAY, "sundays", DayOfWeek.SUNDAY);
    private static final Map<String, DayOfWeek> WEEKDAYS_PLURAL = Map.of(
            "mondays", DayOfWeek.MONDAY, "wednesdays", DayOfWeek.WEDNESDAY, "thursdays", DayOfWeek.THURSDAY,
            "fridays", DayOfWeek.FRIDAY);
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("february", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("april", Month.APRIL), Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE), Map.entry("july", Month.JULY), Map.entry("august", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("december", Month.DECEMBER),
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));
    /** Day offsets of single words. */
    private static final Map<String, Integer> DAY_WORDS = Map.of(
            "yesterday", -1, "today", 0, "tonight", 0, "overnight", 0, "yesterdays", -1, "todays", 0);

    private TimeExpressions() {
    }

    /** Every word that can start a time expression (or stand in one at its start): the extractor skips
     *  sentences without any. */
    public static java.util.Set<String> cueWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        words.addAll(WEEKDAYS.keySet());
        words.addAll(WEEKDAYS_PLURAL.keySet());
        words.addAll(MONTHS.keySet());
        words.addAll(DAY_WORDS.keySet());
        words.addAll(java.util.List.of("last", "this", "days", "day"));
        return words;
    }

    /** The words time expressions are made of: for a {@link org.conflicttally.text.Vocabulary}. */
    public static java.util.Set<String> words() {
        java.util.Set<String> words = cueWords();
        words.addAll(java.util.List.of("night", "week", "month", "year", "morning", "afternoon", "evening", "ago",
                "'s", "st", "nd", "rd", "th", "in", "since", "during", "of", "until", "by", "early", "late", "mid",
                "from", "through", "before", "after", "end"));
        return words;
    }

    /** Whether a lower-case word names a month. */
    public static boolean isMonthName(String lower) {
        return MONTHS.containsKey(lower);
    }

    /** The month a word names ("february", "feb"), or null. */
    static Month month(String lower) {
        return MONTHS.get(lower);
    }

    /** Every time expression in tokens [from, to), resolved against {@code ref}. */
    public static List<TimeExpression> find(Tokens t, int from, int to, LocalDate ref) {
        return find(t, from, to, ref, i -> true);
    }

    /**
     * The same, trying only the tokens that {@code mayStart} admits: a caller that knows which tokens are
     * {@link #cueWords()} (no expression starts at any other word) saves the look-ups at all the others.
     */
    public static List<TimeExpression> find(Tokens t, int from, int to, LocalDate ref,
            java.util.function.IntPredicate mayStart) {
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

    private static TimeExpression at(Tokens t, int i, int from, int to, LocalDate ref) {
        String w = t.lower(i);
        DayOfWeek dow = WEEKDAYS.get(w);
        if (dow == null && t.capitalized(i)) {
            dow = WEEKDAYS_PLURAL.get(w);
        }
        if (dow != null) {
            boolean last = i > from && t.lower(i - 1).equals("last");
            LocalDate d = ref.with(TemporalAdjusters.previousOrSame(dow));
            if (last && d.equals(ref)) {
                d = d.minusWeeks(1);
            }
            int end = i + 1;
            if (end < to && t.lower(end).equals("'s")) {
                end++;
            }
            return new TimeExpression(last ? i - 1 : i, end, d, Granularity.DAY);
        }
        Integer offset = DAY_WORDS.get(w);
        if (offset != null) {
            return new TimeExpression(i, i + 1, ref.plusDays(offset), Granularity.DAY);
        }
        if (w.equals("last") && i + 1 < to) {
            String n = t.lower(i + 1);
            switch (n) {
                case "night":
                    return new TimeExpression(i, i + 2, ref.minusDays(1), Granularity.DAY);
                case "week":
                    return new TimeExpression(i, i + 2, ref.minusWeeks(1), Granularity.DAY);
                case "month":
                    return new TimeExpression(i, i + 2, ref.minusMonths(1).withDayOfMonth(1), Granularity.MONTH);
                case "year":
                    return new TimeExpression(i, i + 2, ref.minusYears(1).withDayOfYear(1), Granularity.YEAR);
                default:
                    return null;
            }
        }
        if (w.equals("this") && i + 1 < to) {
            String n = t.lower(i + 1);
            if (n.equals("morning") || n.equals("afternoon") || n.equals("evening") || n.equals("week")) {
                return new TimeExpression(i, i + 2, ref, Granularity.DAY);
            }
            if (n.equals("month")) {
                return new TimeExpression(i, i + 2, ref.withDayOfMonth(1), Granularity.MONTH);
            }
            return null;
        }
        // "3 days ago"
        if (i - 1 >= from && t.isNumber(i - 1) && (w.equals("days") || w.equals("day")) && i + 1 < to
                && t.lower(i + 1).equals("ago")) {
            try {
                int n = Integer.parseInt(t.raw(i - 1));
                if (n < 60) {
                    return new TimeExpression(i - 1, i + 2, ref.minusDays(n), Granularity.DAY);
                }
            } catch (NumberFormatException ignored) {
                return null;
            }
        }
        Month m = MONTHS.get(w);
        if (m != null && (t.capitalized(i) || w.length() > 3)) {
            return month(t, i, from, to, ref, m);
        }
        return null;
    }

    private static TimeExpression month(Tokens t, int i, int from, int to, LocalDate ref, Month m) {
        boolean shortForm = t.lower(i).length() <= 4 && !t.lower(i).equals("may") && !t.lower(i).equals("june")
                && !t.lower(i).equals("july");
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
            if (end < to && t.isWord(end) && (t.lower(end).equals("st") || t.lower(end).equals("nd")
                    || t.lower(end).equals("rd") || t.lower(end).equals("th"))) {
                end++;
            }
        } else if (i - 1 >= from && t.isNumber(i - 1) && t.raw(i - 1).length() <= 2) {
            day = Integer.parseInt(t.raw(i - 1));
            start = i - 1;
        }
        if (shortForm && day == null) {
            return null; // "Mar" or "Dec" alone is too often something else
        }
        if (m == Month.MAY && day == null && !t.capitalized(i)) {
            return null; // the verb "may"
        }
        if (m == Month.MAY && day == null && (i == from || !isMonthPreposition(t.lower(i - 1)))) {
            return null; // "May" opening a sentence is usually the verb
        }
        Integer year = null;
        int k = end;
        if (k < to && t.isPunct(k) && t.firstChar(k) == ',') {
            k++;
        }
        if (k < to && t.isNumber(k) && t.raw(k).length() == 4) {
            int y = Integer.parseInt(t.raw(k));
            if (y >= 1900 && y <= 2100) {
                year = y;
                end = k + 1;
            }
        } else if (k + 1 < to && t.lower(k).equals("last") && t.lower(k + 1).equals("year")) {
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

    private static boolean isMonthPreposition(String w) {
        return w.equals("in") || w.equals("since") || w.equals("during") || w.equals("of") || w.equals("until")
                || w.equals("by") || w.equals("early") || w.equals("late") || w.equals("mid") || w.equals("from")
                || w.equals("last") || w.equals("this") || w.equals("through") || w.equals("before")
                || w.equals("after") || w.equals("end");
    }
}
