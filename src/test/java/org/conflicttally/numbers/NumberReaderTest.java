package org.conflicttally.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.text.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as news writes them, from real sentences of the seed and the FA-KES corpus. */
class NumberReaderTest {
    private static NumberReader reader;

    @BeforeAll
    static void compile() {
        reader = NumberReader.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")).file("quantities.tsv"));
    }

    /** The first quantity in a text. */
    static Quantity first(String text) {
        Tokens t = Tokens.of(text);
        for (int i = 0; i < t.size(); i++) {
            Quantity q = reader.read(t, i, t.size());
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // sentence                                                   | low     | best    | high    | qualifier
        "Two Turkish soldiers were martyred in Syrian regime shelling  | 2       | 2       | 2       | exact",
        "at least 16 Turkish soldiers had been killed                  | 16      | 16      | -       | at_least",
        "Hundreds of civilians have been killed and nearly a million   | 200     | -       | 999     | vague",
        "and nearly a million displaced, pushed north                  | -       | -       | 1000000 | at_most",
        "Turkey hosts more than 3.6 million Syrian refugees            | 3600000 | 3600000 | -       | at_least",
        "striking and destroying 114 targets                           | 114     | 114     | 114     | exact",
        "thousands of Turkish troops are stationed at a dozen posts     | 2000    | -       | 9999    | vague",
        "stationed at a dozen military observation posts               | 12      | 12      | 12      | exact",
        "sixty nine workers have been killed since the beginning       | 69      | 69      | 69      | exact",
        "has since claimed the lives of almost 200000 people           | -       | -       | 200000  | at_most",
        "Some 50 civilians in Syria have been killed                   | -       | 50      | -       | about",
        "More than 30 people were injured                              | 30      | 30      | -       | at_least",
        "Ten civilians have been killed and around 40 injured          | 10      | 10      | 10      | exact",
        "killed 3,600 people                                           | 3600    | 3600    | 3600    | exact",
        "twenty-five people were wounded                               | 25      | 25      | 25      | exact",
        "tens of thousands of people fled                              | 20000   | -       | 99999   | vague",
        "hundreds of thousands have been displaced                     | 200000  | -       | 999999  | vague",
        "half a million people                                         | 500000  | 500000  | 500000  | exact",
        "between 20 and 30 people were killed                          | 20      | -       | 30      | range",
        "killed 10 to 15 people                                        | 10      | -       | 15      | range",
        "one hundred and twenty fighters                               | 120     | 120     | 120     | exact",
        "two dozen soldiers                                            | 24      | 24      | 24      | exact",
        "several hundred pro-regime fighters                           | 200     | -       | 999     | vague",
        "dozens of barrel bombs were dropped                           | 24      | -       | 99      | vague",
        "a war that has killed more than 290000                        | 290000  | 290000  | -       | at_least",
        "killing more than 30 people and injuring dozens on May 31     | 30      | 30      | -       | at_least",
        "the Syrian economy has contracted some 40 per cent            | -       | 40      | -       | about",
        "Nearly 50 air strikes hit rebel-held areas                    | -       | -       | 50      | at_most",
        "as many as 1.5 million people                                 | -       | -       | 1500000 | at_most",
        "up to 30 people                                               | -       | -       | 30      | at_most",
        "a few people were hurt                                        | 3       | -       | 9       | vague",
    })
    void reads(String text, Long low, Long best, Long high, String qualifier) {
        Quantity q = first(text);
        assertEquals(qualifier, q == null ? null : q.qualifier(), "qualifier of " + text);
        assertEquals(low, q.low(), "low");
        assertEquals(best, q.best(), "best");
        assertEquals(high, q.high(), "high");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "26.11.2014 Some civilians",
        "a 10-year-old girl shot in the besieged town",
        "a 500-man battalion",
        "unemployment rose 3.5 points",
        "99999999999999999999 killed",
        "many people were killed",
        "a number of key towns",
    })
    void readsNoCount(String text) {
        assertNull(first(text), text);
    }

    /**
     * One grammar, two dialects (see Dialect): counts are read as the extractor has always linked them to a
     * noun, every number as Recognizers-Text writes it. Where they differ, pinned so that a change is deliberate.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                 | first count | every number (readAll)
        "the 101 102 and 103 gas fields | 101 | 101102; 103",
        "0 214 civilians        | 0           | 214",
        "100000people fled      | 100000      | -",
        "10k people             | 10          | 10000",
        "3 dozen soldiers       | 3           | 36",
        "half a dozen soldiers  | 12          | 6",
        "two thirds of them     | 2           | 0.6666666666666666",
        "1 in 5 children        | 1           | 0.2",
        "12.00 local time       | -           | 12",
        "3m people              | 3000000     | -",
    })
    void countsAndNumbersDifferByDialect(String text, Long count, String numbers) {
        Quantity q = first(text);
        assertEquals(count, q == null ? null : q.best(), "count in " + text);
        Tokens t = Tokens.of(text);
        String all = String.join("; ", reader.readAll(t, 0, t.size()).stream()
                .map(m -> m.whole() ? String.valueOf((long) m.value()) : String.valueOf(m.value())).toList());
        assertEquals(numbers == null ? "" : numbers, all, "numbers in " + text);
    }
}
