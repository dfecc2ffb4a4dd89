package org.conflicttally.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflicttally.bench.SeedPool.Lit;
import org.conflicttally.bench.SeedPool.MonthName;
import org.conflicttally.bench.SeedPool.Name;
import org.conflicttally.bench.SeedPool.Num;
import org.conflicttally.bench.SeedPool.NumKind;
import org.conflicttally.bench.SeedPool.Segment;
import org.conflicttally.bench.SeedPool.Weekday;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the generator cuts real sentences into text to keep and slots to vary. */
class SeedPoolTest {
    static SeedPool pool;

    @BeforeAll
    static void load() throws IOException {
        pool = SeedPool.load(List.of(Path.of("seeds")));
    }

    @Test
    void loadsTheSeedArticleAndFakes() {
        assertEquals(1 + 744, pool.templates.size());   // the seed article and every line of fa-kes.jsonl
        assertTrue(pool.sentences.size() > 5_000, "sentences: " + pool.sentences.size());
    }

    @Test
    void numbersNamesWeekdaysAndMonthsAreSlots() {
        Segment[] s = pool.segments("Tue 05 Jul 2016 At least 16 Turkish soldiers were killed in Idlib on Tuesday, bringing 1,200.");
        List<Segment> slots = Arrays.stream(s).filter(x -> !(x instanceof Lit)).toList();
        assertEquals(List.of(new Num("05", NumKind.DAY), new MonthName(6, true), new Num("2016", NumKind.YEAR),
                        new Num("16", NumKind.PLAIN), name("country", "Turkish"), name("place", "Idlib"), new Weekday(1),
                        new Num("1,200", NumKind.PLAIN)),
                slots);
        assertEquals("Tue 05 Jul 2016 At least 16 Turkish soldiers were killed in Idlib on Tuesday, bringing 1,200.",
                text(s));
    }

    @Test
    void datesTimesAndModelNamesStayAsWritten() {
        for (String kept : List.of("6-09-2013", "10:30", "F-16", "S-400", "2nd")) {
            Segment[] s = pool.segments("It was " + kept + " then.");
            assertTrue(Arrays.stream(s).allMatch(x -> x instanceof Lit), kept + ": " + Arrays.toString(s));
        }
    }

    @Test
    void eachArticleVariesNumbersNamesAndDatesButKeepsYears(@TempDir Path tmp) throws IOException {
        Path seed = tmp.resolve("one.jsonl");
        Files.writeString(seed, "{\"id\": \"x\", \"source\": \"nna\", \"published\": \"2016-07-05\", \"title\": \"Idlib\","
                + " \"text\": \"In 2016 at least 16 Turkish soldiers were killed in Idlib on Tuesday.\"}\n");
        SeedPool one = SeedPool.load(List.of(seed));
        ArticleWriter w = new ArticleWriter(one);
        SplitMix64 rnd = new SplitMix64(5);
        Set<String> numbers = new HashSet<>();
        Set<String> places = new HashSet<>();
        Set<String> weekdays = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            ArticleWriter.Generated a = w.next(rnd);
            Matcher m = Pattern.compile("In 2016 at least (\\d+) (\\w+) soldiers were killed in (.+) on (\\w+)day\\.")
                    .matcher(a.text());
            assertTrue(m.matches(), a.text());
            assertEquals(2, m.group(1).length(), a.text());   // same magnitude
            numbers.add(m.group(1));
            places.add(m.group(3));
            weekdays.add(m.group(4));
            assertEquals(m.group(3), a.title());   // the same place throughout the article
            assertTrue(Math.abs(a.published().toEpochDay() - LocalDate.of(2016, 7, 5).toEpochDay())
                    <= ArticleWriter.DATE_SHIFT_DAYS);
        }
        assertTrue(numbers.size() > 10, numbers.toString());
        assertTrue(places.size() > 10, places.toString());
        assertTrue(weekdays.size() > 3, weekdays.toString());
        assertEquals(new ArticleWriter(one).next(new SplitMix64(9)), new ArticleWriter(one).next(new SplitMix64(9)));
    }

    private static Name name(String cls, String form) {
        int c = SeedPool.CLASSES.indexOf(cls);
        for (int e = 0; e < pool.entries[c].length; e++) {
            int f = Arrays.asList(pool.entries[c][e]).indexOf(form);
            if (f >= 0) {
                return new Name(c, e, f);
            }
        }
        throw new IllegalArgumentException(form);
    }

    private static String text(Segment[] s) {
        StringBuilder b = new StringBuilder();
        for (Segment x : s) {
            if (x instanceof Lit l) {
                b.append(l.text());
            } else if (x instanceof Num n) {
                b.append(n.text());
            } else if (x instanceof Name n) {
                b.append(pool.entries[n.cls()][n.entry()][n.form()]);
            } else if (x instanceof Weekday d) {
                b.append(SeedPool.WEEKDAYS[d.day()]);
            } else if (x instanceof MonthName m) {
                b.append(m.abbreviated() ? SeedPool.MONTHS_SHORT[m.month()] : SeedPool.MONTHS[m.month()]);
            }
        }
        return b.toString();
    }
}
