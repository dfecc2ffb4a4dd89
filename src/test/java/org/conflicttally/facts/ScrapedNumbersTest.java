package org.conflicttally.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.conflicttally.article.Article;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers as scraped text writes them: thousands groups separated by spaces of every kind, apostrophes or
 * zero-width characters, and Arabic-Indic digits. The sentences are FA-KES's and its outlets', with the
 * figures written the ways scraped pages write them; each case says which figures the facts must give,
 * and the plain-space cases go both ways (digit groups, and two numbers side by side).
 */
class ScrapedNumbersTest {
    private static FactExtractor fx;

    @BeforeAll
    static void compile() {
        fx = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | the facts: type and best value (else low), joined by ';'
        "Over 1 000 civilians have been killed and thousands wounded in the neighborhood of Jalloum. | killed 1000; injured 2000",
        "Over 1\u00a0000 civilians have been killed in the neighborhood of Jalloum. | killed 1000",
        "The raid left 1\u200b200 wounded in Douma. | injured 1200",
        "The fighting left 3\u00a0000 displaced in Raqqa province. | displaced 3000",
        "The fighting left 3\u202f000 displaced in Raqqa province. | displaced 3000",
        "The fighting left 3\u2009000 displaced in Raqqa province. | displaced 3000",
        "The fighting left 3\u2007000 displaced in Raqqa province. | displaced 3000",
        "Some 1'000 civilians were killed in the siege of Aleppo. | killed 1000",
        "Some 1\u2019000 civilians were killed in the siege of Aleppo. | killed 1000",
        "Some 1\u2060000 civilians were killed in the siege of Aleppo. | killed 1000",
        "The UN said 300 000 civilians were displaced from eastern Aleppo. | displaced 300000",
        "The UN said 1 234 567 civilians were displaced in Syria. | displaced 1234567",
        // plain spaces that are no digit groups
        "In 2016 200 people were killed in Aleppo. | killed 200",
        "Islamic State managed to control the 101 102 and 103 gas fields and killed 30 soldiers. | killed 30",
        "Get short URL 0 214 The number of civilians killed in the air strike rose to 17. | killed 17",
        // Arabic-Indic and Extended Arabic-Indic digits
        "\u0663\u0665 killed in the air strikes on Idlib. | killed 35",
        "An air strike killed \u06f1\u06f2 civilians in Idlib. | killed 12",
        "An air strike killed \u0661\u066c\u0662\u0660\u0660 civilians in Idlib. | killed 1200",
    })
    void figuresAsScraped(String sentence, String expected) {
        String got = fx.extract(new Article("t", null, null, "", LocalDate.of(2016, 5, 1), sentence)).stream()
                .map(f -> f.type() + " " + (f.valueBest() != null ? f.valueBest() : f.valueLow())).collect(Collectors.joining("; "));
        assertEquals(expected, got, sentence);
    }
}
