package org.conflicttally.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;

/**
 * The rows of {@code times.tsv} compiled into the tables {@link TimeExpressions} and {@link BodyDateline}
 * look words up in: every English word of a time expression comes from here. A bad row (unknown kind, a
 * day or month number out of range, a duplicate word, a word that is not one token) fails with file and
 * line. Immutable once compiled; shared by threads.
 */
public final class TimesLexicon {
    /** The kinds of row; any other fails the load with file and line. */
    static final List<String> KINDS = List.of("weekday", "weekday_capitalized", "month", "month_abbreviation",
            "day_offset", "previous", "current", "period", "ago", "month_preposition", "day_suffix", "possessive",
            "page_weekday", "publication_prefix");

    /** What "last" or "this" names: "last night" is the day before, "this morning" the reference day. */
    enum Period {
        NIGHT, WEEK, MONTH, YEAR, PART_OF_DAY, DAY;

        static final List<String> NAMES = List.of("night", "week", "month", "year", "part_of_day", "day");
    }

    private static final String HOMONYM = "homonym";

    final Map<String, DayOfWeek> weekdays = new HashMap<>();
    final Map<String, DayOfWeek> capitalizedWeekdays = new HashMap<>();
    /** Full names and abbreviations. */
    final Map<String, Month> months = new HashMap<>();
    final Set<String> abbreviations = new HashSet<>();
    final Set<String> homonyms = new HashSet<>();
    final Map<String, Integer> dayOffsets = new HashMap<>();
    final Map<String, Period> periods = new HashMap<>();
    final Set<String> previous = new HashSet<>();
    final Set<String> current = new HashSet<>();
    final Set<String> ago = new HashSet<>();
    final Set<String> monthPrepositions = new HashSet<>();
    final Set<String> daySuffixes = new HashSet<>();
    final Set<String> possessives = new HashSet<>();
    private final Map<String, DayOfWeek> pageWeekdays = new HashMap<>();
    private final List<String> publicationPrefixes = new java.util.ArrayList<>();

    private TimesLexicon() {
    }

    /** Compiles {@code times.tsv}; a bad row fails with file and line. */
    public static TimesLexicon compile(TsvFile file) {
        TimesLexicon x = new TimesLexicon();
        for (TsvFile.Row row : file.rows()) {
            x.add(row);
        }
        return x;
    }

    private void add(TsvFile.Row row) {
        String kind = row.oneOf(0, "kind", KINDS);
        // a publication prefix is a phrase ("date of publication"); every other kind holds single words
        List<String> words = kind.equals("publication_prefix") ? List.of() : words(row);
        switch (kind) {
            case "weekday" -> put(weekdays, words, weekday(row), row);
            case "weekday_capitalized" -> put(capitalizedWeekdays, words, weekday(row), row);
            case "month", "month_abbreviation" -> {
                Month m = Month.of((int) inRange(row, 2, "month", 1, 12));
                put(months, words, m, row);
                if (kind.equals("month_abbreviation")) {
                    abbreviations.addAll(words);
                } else if (!row.optional(3).isEmpty()) {
                    row.oneOf(3, "month flag", Set.of(HOMONYM));
                    homonyms.addAll(words);
                }
            }
            case "day_offset" -> put(dayOffsets, words, (int) inRange(row, 2, "day offset", -31, 31), row);
            case "period" -> put(periods, words, Period.values()[Period.NAMES.indexOf(
                    row.oneOf(2, "period", Period.NAMES))], row);
            case "previous" -> addAll(previous, words, row);
            case "current" -> addAll(current, words, row);
            case "ago" -> addAll(ago, words, row);
            case "month_preposition" -> addAll(monthPrepositions, words, row);
            case "day_suffix" -> addAll(daySuffixes, words, row);
            case "possessive" -> addAll(possessives, words, row);
            case "page_weekday" -> put(pageWeekdays, words, weekday(row), row);
            case "publication_prefix" -> publicationPrefixes.addAll(row.phrases(1, "phrases"));
            default -> throw new IllegalStateException(kind); // KINDS and the cases above disagree
        }
    }

    /** The words of the row, lower-cased, each one token as the tokenizer cuts text. */
    private static List<String> words(TsvFile.Row row) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : row.phrases(1, "words")) {
            if (Tokens.of(w).size() != 1) {
                throw row.error("'" + w + "' is not one word");
            }
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static DayOfWeek weekday(TsvFile.Row row) {
        return DayOfWeek.of((int) inRange(row, 2, "day of the week", 1, 7));
    }

    private static long inRange(TsvFile.Row row, int column, String what, long min, long max) {
        long v = row.wholeNumber(column, what);
        if (v < min || v > max) {
            throw row.error(what + " " + v + " is not in " + min + ".." + max);
        }
        return v;
    }

    private static <V> void put(Map<String, V> map, List<String> words, V value, TsvFile.Row row) {
        for (String w : words) {
            if (map.put(w, value) != null) {
                throw row.error("duplicate word '" + w + "'");
            }
        }
    }

    private static void addAll(Set<String> set, List<String> words, TsvFile.Row row) {
        for (String w : words) {
            if (!set.add(w)) {
                throw row.error("duplicate word '" + w + "'");
            }
        }
    }

    /** Every word that can start a time expression: a sentence without any has none. */
    public Set<String> cueWords() {
        Set<String> words = new HashSet<>();
        words.addAll(weekdays.keySet());
        words.addAll(capitalizedWeekdays.keySet());
        words.addAll(months.keySet());
        words.addAll(dayOffsets.keySet());
        words.addAll(previous);
        words.addAll(current);
        periods.forEach((w, p) -> {
            if (p == Period.DAY) {
                words.add(w); // "3 days ago" is found at "days"
            }
        });
        return words;
    }

    /** Every word of the file: for a {@link org.conflicttally.text.Vocabulary}. */
    public Set<String> words() {
        Set<String> words = cueWords();
        for (Collection<String> c : List.of(periods.keySet(), ago, monthPrepositions, daySuffixes, possessives)) {
            words.addAll(c);
        }
        return words;
    }

    /** Whether a lower-case word names a month ("february", "feb"). */
    /** Month names and abbreviations, lower-cased, with their numbers: how pages print a date. */
    public Map<String, Integer> monthNumbers() {
        Map<String, Integer> out = new HashMap<>();
        months.forEach((w, m) -> out.put(w, m.getValue()));
        return out;
    }

    /** Weekday names and the abbreviations pages print before a date, lower-cased. */
    public Set<String> pageWeekdays() {
        Set<String> out = new HashSet<>(weekdays.keySet());
        out.addAll(pageWeekdays.keySet());
        return out;
    }

    /** Ordinal endings after a day ("31st"), lower-cased. */
    public Set<String> daySuffixes() {
        return Set.copyOf(daySuffixes);
    }

    /** What pages print before their publication date ("published", "date of publication"), lower-cased. */
    public List<String> publicationPrefixes() {
        return List.copyOf(publicationPrefixes);
    }

    public boolean isMonthName(String lower) {
        return months.containsKey(lower);
    }

    /** The month a lower-case word names, or null. */
    Month month(String lower) {
        return months.get(lower);
    }
}
