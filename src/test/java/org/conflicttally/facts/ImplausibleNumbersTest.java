package org.conflicttally.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.conflicttally.article.Article;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Absurd and overflowing figures never become facts; each leaves a warning with its reason. The bounds
 * of bounds.tsv: one event's killed above 100,000 is not believed, a running total of 470,000 is.
 */
class ImplausibleNumbersTest {
    private static FactExtractor fx;

    @BeforeAll
    static void compile() {
        fx = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Reports said 10^400 people were killed on Monday.                      | implausible number '10^400",
        "A statement said 99999999999999999999 killed in the strike.            | implausible number '99999999999999999999",
        "The group claimed 5 billion people were displaced.                     | implausible displaced figure 5000000000 at char 18: above the bound of 50000000 for any report",
        "The ministry said 60000000 people were displaced on Monday.            | implausible displaced figure 60000000",
        "Officials said 9223372036854775808 soldiers were wounded.              | implausible number '9223372036854775808",
        "The strike killed 31m people in Idlib on Monday.                       | implausible killed figure 31000000 at char 18: above the bound of 100000 for one event",
        "An air strike on Monday killed 150,000 civilians in Idlib.             | implausible killed figure 150000 at char 31: above the bound of 100000 for one event",
        "Rebels carried out 20000 attacks on army posts on Monday.              | implausible attacks figure 20000",
        "The war has so far displaced 3,500 million people.                     | implausible displaced figure 3500000000 at char 29: above the bound of 50000000 for any report",
    })
    void noFactAndAWarning(String sentence, String warning) {
        Extraction x = fx.read(new Article("a", null, null, "", LocalDate.of(2020, 1, 6), sentence));
        assertEquals(0, x.facts().size(), x.facts().toString());
        assertEquals(1, x.warnings().size(), x.warnings().toString());
        assertTrue(x.warnings().get(0).startsWith(warning), x.warnings().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Turkey hosts more than 3.6 million Syrian refugees.                    | 3600000",
        "The war has killed more than 470000 people, a monitor said.            | 470000",
        "The offensive displaced 900000 people in Idlib this week.              | 900000",
        "An air strike on Monday killed 90,000 civilians in Idlib.              | 90000",
    })
    void largeButRealFiguresStay(String sentence, long value) {
        Extraction x = fx.read(new Article("a", null, null, "", LocalDate.of(2020, 1, 6), sentence));
        assertEquals(1, x.facts().size(), x.facts().toString());
        assertEquals(value, x.facts().get(0).valueLow());
        assertTrue(x.warnings().isEmpty(), x.warnings().toString());
    }
}
