package org.conflicttally.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.text.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative dates resolved against the publication date, from real sentences. */
class TimeExpressionsTest {
    private static final TimeExpressions TIMES =
            TimeExpressions.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")).file("times.tsv"));

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', value = {
        // published (weekday) | sentence                                                          | date       | granularity
        "2020-02-27 | the Turkish Defence Ministry said late on Wednesday                        | 2020-02-26 | DAY",
        "2020-02-27 | On Tuesday, the Turkish leader confirmed that two soldiers were killed     | 2020-02-25 | DAY",
        "2020-02-27 | Earlier on Thursday, Erdogan vowed                                         | 2020-02-27 | DAY",
        "2020-02-27 | last Thursday a convoy was hit                                             | 2020-02-20 | DAY",
        "2020-02-27 | Yesterday, six people died                                                 | 2020-02-26 | DAY",
        "2016-06-22 | killing more than 30 people and injuring dozens on May 31                  | 2016-05-31 | DAY",
        "2016-06-22 | on 31 May 2015 a car bomb went off                                         | 2015-05-31 | DAY",
        "2017-01-10 | on December 28 the ceasefire began                                         | 2016-12-28 | DAY",
        "2020-02-27 | launched the assault in April last year                                    | 2019-04-01 | MONTH",
        "2020-02-27 | Damascus intensified the onslaught in December                             | 2019-12-01 | MONTH",
        "2020-02-27 | the total of Turkish troops killed this month to 19                        | 2020-02-01 | MONTH",
        "2020-02-27 | at least 270 civilians were killed last month                              | 2020-01-01 | MONTH",
        "2017-04-19 | Saturdays convoy attack killed 126 people                                  | 2017-04-15 | DAY",
        "2016-10-12 | the Nusra Front had killed 84 people 3 days ago                            | 2016-10-09 | DAY",
    })
    void resolves(LocalDate published, String sentence, LocalDate date, TimeExpression.Granularity granularity) {
        Tokens t = Tokens.of(sentence);
        List<TimeExpression> found = TIMES.find(t, 0, t.size(), published);
        assertEquals(1, found.size(), "one time expression in: " + sentence);
        assertEquals(date, found.get(0).date());
        assertEquals(granularity, found.get(0).granularity());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The talks may resume soon",
        "May God have mercy on them",
        "Mar Elias church was hit",
    })
    void ignoresWordsThatOnlyLookLikeDates(String sentence) {
        Tokens t = Tokens.of(sentence);
        assertTrue(TIMES.find(t, 0, t.size(), LocalDate.of(2020, 2, 27)).isEmpty(), sentence);
    }
}
