package org.conflicttally.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.conflicttally.article.Article;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.places.ResolvedPlace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where facts happened, worldwide: alternate spellings, ambiguous names settled by the article, small places
 * kept with their province, and common words and names that are no place. Sentences from news reports and
 * Wikipedia's lists of incidents.
 */
class PlaceResolutionTest {
    private static FactExtractor fx;

    @BeforeAll
    static void compile() {
        fx = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
    }

    /** "country/admin1/place/precision" of each fact, joined by "; ". */
    private static String places(String text) {
        List<Fact> facts = fx.extract(new Article("t", null, null, "", LocalDate.parse("2019-05-01"), text));
        return facts.stream().map(f -> describe(f.geo())).distinct().collect(Collectors.joining("; "));
    }

    private static String describe(ResolvedPlace p) {
        return p.country() + "/" + p.admin1() + "/" + p.place() + "/" + p.precision();
    }

    /** The seed article: its Idlib facts in SYR / Idlib with a point, its Libya facts in LBY. */
    @org.junit.jupiter.api.Test
    void seedArticle() throws java.io.IOException {
        Path seed = Path.of("seeds", "000_c68c9f5cbdf4db3c.txt");
        org.conflicttally.article.ParseResult r = org.conflicttally.article.TxtArticleParser.parse(seed.toString(),
                java.nio.file.Files.readAllBytes(seed));
        List<Fact> facts = fx.extract(((org.conflicttally.article.ParseResult.Accepted) r).article());
        int idlib = 0;
        int libya = 0;
        for (Fact f : facts) {
            if ("Idlib".equals(f.location())) {
                assertEquals("SYR/Idlib", f.geo().country() + "/" + f.geo().admin1(), f.sentence());
                org.junit.jupiter.api.Assertions.assertNotNull(f.geo().latitude(), f.sentence());
                idlib++;
            }
            if (f.sentence().contains("Libya") || f.sentence().contains("Tripoli")) {
                assertEquals("LBY", f.geo().country(), f.sentence());
                libya++;
            }
        }
        assertEquals(7, idlib); // "Damascus intensified the onslaught" acts: it sets no scene, Idlib stays
        assertEquals(2, libya);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | country/admin1/place/precision of its facts
        // alternate spellings
        "Five policemen were killed in Qunduz on Monday. | AFG/Kunduz/Kunduz/town",
        "Five policemen were killed in Baghlan province on Monday. | AFG/Baghlan/Baghlan/province",
        "Five policemen were killed in Baghlan on Monday. | AFG/Baghlan/Baghlān/town",
        "A car bomb killed 12 people in Deir al-Zor. | SYR/Deir ez-Zor/Deir ez-Zor/town",
        "A car bomb killed 12 people in Dayr az Zawr. | SYR/Deir ez-Zor/Deir ez-Zor/town",
        "Three people were injured in a blast in Kiev. | UKR/Kyiv City/Kyiv/town",
        // ambiguous names: the article's other places, else population
        "Clashes in Tripoli killed 16 fighters. | LBY/Tripoli/Tripoli/town",
        "Clashes in Tripoli, Lebanon, killed 16 fighters. | LBN/Liban-Nord/Tripoli, Lebanon/town",
        "Clashes between Alawites and Sunnis in Hyderabad killed 16 people, Pakistani police said. | PAK/Sindh/Hyderabad/town",
        "A bomb in Hyderabad killed 9 people. | IND/Telangana/Hyderabad/town",
        "A bomb in Hyderabad, Sindh, killed 9 people. | PAK/Sindh/Hyderabad/town",
        "Two police officers were killed in a standoff in Paris, Texas. | USA/Texas/Paris/town",
        "Two police officers were killed in a shooting in Paris. | FRA/Île-de-France/Paris/town",
        // a place below the gazetteer's size keeps its name and takes its province
        "Four people were killed in the village of Tumpun in Borno State. | NGA/Borno State/Tumpun/province",
        "Gunmen shot dead three policemen in a market in Dolbel near the border with Niger. | NER/null/Niger/country",
        // a sentence with no place takes the last place named
        "A car bomb exploded in Mogadishu on Monday. Eight people were killed. | SOM/Banaadir/Mogadishu/town",
        // false places: common words, capitalised sentence starts, names
        "Police said 3 people were killed. | null/null/null/none",
        "Mobile phone footage showed 4 people killed. | null/null/null/none",
        "Andrew Jackson said 3 people were killed. | null/null/null/none",
        "March 2016 bombing: Seven police officers were killed in Diyarbakir. | TUR/Diyarbakır Province/Diyarbakir/town",
        "Seven civilians were killed in North London. | GBR/England/London/town",
    })
    void resolves(String text, String expected) {
        assertEquals(expected, places(text));
    }
}
