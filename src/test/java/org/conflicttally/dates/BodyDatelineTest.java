package org.conflicttally.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.text.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Datelines as FA-KES pages and event summaries print them (openings copied from the corpus). */
class BodyDatelineTest {
    private static final BodyDateline DATELINE = new BodyDateline(
            TimesLexicon.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")).file("times.tsv")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "26.11.2014 Some 50 civilians in Syria have been killed                          | 2014-11-26",
        "Date of publication 19 June 2016 Regime airstrikes on Saturday                  | 2016-06-19",
        "Posted on August 3 2016 by Jordan Dakamseh Toxic Gas Dropped                    | 2016-08-03",
        "Syrian army says rebel bombardment of Aleppo killed 84 Reuters Monday 31 Oct 2016 | 2016-10-31",
        "Last updated at Jun 062016 AMMAN Nearly 50 air strikes hit                       | 2016-06-06",
        "Wed Feb 3 2016 At Least 10 Civilians killed 40 injured                           | 2016-02-03",
        "29-06-2016 7 Civilians Killed 25 Injured in Terrorist Car Attack                 | 2016-06-29",
        "12/31/2014: An explosive device detonated near a police vehicle                  | 2014-12-31",
        "01/05/2015: Assailants opened fire on a checkpoint                               | 2015-01-05",
        "31/12/2014: day first, as month first is no date                                 | 2014-12-31",
        "12-31-2014 month first, as day first is no date                                  | 2014-12-31",
        "11.26.2014 month first, as day first is no date                                  | 2014-11-26",
        "2016-06-29 Car bomb in Tal Abyad                                                 | 2016-06-29",
        "At least 61 killed in air strike on Syrian market town                           | -",
    })
    void findsTheDateAtTheTop(String opening, LocalDate expected) {
        assertEquals(Optional.ofNullable(expected), DATELINE.find(Tokens.of(opening), 0));
    }
}
