package org.conflicttally.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.conflicttally.article.Article;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extractor on real sentences (the seed, FA-KES articles, event notes): what each number counts, its
 * values, whether it is a running total, and who did it to whom (codes compared on their first three
 * letters, as analysts compare them). Published dates are those of the source articles.
 */
class SentenceFactsTest {
    private static FactExtractor fx;

    @BeforeAll
    static void compile() {
        fx = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
    }

    private static List<Fact> facts(String published, String text) {
        return fx.extract(new Article("t", null, null, "", LocalDate.parse(published), text));
    }

    private static String describe(Fact f) {
        return f.type() + " " + f.valueLow() + "/" + f.valueBest() + "/" + f.valueHigh() + " " + f.qualifier()
                + (f.cumulative() ? " cumulative" : "") + " " + prefix(f.actor()) + ">" + prefix(f.target());
    }

    private static String prefix(String code) {
        return code == null ? "-" : code.length() > 3 && !code.contains("CVL") ? code.substring(0, 3) : code;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // published | sentence | facts: type low/best/high qualifier [cumulative] actor>target, joined by ';'
        "2020-02-27 | Two Turkish soldiers were martyred in Syrian regime shelling in the province of Idlib, the Turkish Defence Ministry said. | killed 2/2/2 exact SYR>TUR",
        "2020-02-27 | Turkey hosts more than 3.6 million Syrian refugees. | refugees 3600000/3600000/null at_least cumulative ->SYR",
        "2020-02-27 | Turkish forces seized three Syrian tanks. | equipment_seized 3/3/3 exact TUR>SYR",
        "2016-11-28 | Seven people were killed and 72 others were injured on Monday due to terrorist rocket attacks on Aleppo. | killed 7/7/7 exact SYR>CVL; injured 72/72/72 exact SYR>CVL",
        "2014-06-14 | A car bomb killed at least 34 people on Friday in a government-controlled village in the central Syrian province of Hama. | killed 34/34/null at_least ->CVL",
        "2016-06-22 | Nearly 50 air strikes hit rebel-held areas in and around the Syrian city of Aleppo on Sunday. | attacks null/null/50 at_most ->-",
        "2016-06-22 | The death toll over the whole weekend was at least 44. | killed 44/44/null at_least ->CVL",
        "2016-08-17 | Nine other civilians were killed in rebel shelling of regime-held western Aleppo Saturday. | killed 9/9/9 exact SYR>CVL",
        "2016-12-03 | Over 750 people mostly women and children have so far been killed. | killed 750/750/null at_least cumulative ->CVL",
        "2016-08-17 | The conflict is a complex and multi-front war that has killed more than 290000. | killed 290000/290000/null at_least cumulative ->CVL",
        "2016-11-28 | Terrorists fired rocket shells at New Aleppo neighborhood killing 2 people injuring 7 others. | killed 2/2/2 exact SYR>CVL; injured 7/7/7 exact SYR>CVL",
        "2017-04-19 | A bomb killed six people and wounded more than 30 in Aleppo on Wednesday. | killed 6/6/6 exact ->CVL; injured 30/30/null at_least ->CVL",
        "2016-06-19 | Another civilian was killed and one was wounded in regime bombing on the town of Hirbanfsah. | killed 1/1/1 exact SYR>CVL; injured 1/1/1 exact SYR>CVL",
        "2016-10-12 | The army said rebels had killed 84 people mostly women and children in Aleppo during the past three days. | killed 84/84/84 exact SYR>CVL",
        "2014-10-05 | 19 people including five children were killed by air strikes on the Hara area. | killed 19/19/19 exact ->CVL",
        "2020-02-20 | ISIS militants abducted 7 shepherds near Palmyra. | kidnapped 7/7/7 exact ISL>CVL",
        "2020-02-20 | Security forces arrested 15 people in Homs. | arrested 15/15/15 exact SYR>CVL",
        "2020-02-20 | Around 1,500 families were displaced from Ras al-Ain. | displaced null/1500/null about cumulative ->CVL",
        "2015-02-28 | Fighting left dozens dead, a monitor said. | killed 24/null/99 vague ->CVL",
        "2018-01-01 | Assailants opened fire on a checkpoint in Ramadi, Iraq. Three soldiers were killed and four others were wounded. Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident. | killed 3/3/3 exact ISL>IRQ; injured 4/4/4 exact ISL>IRQ",
        "2016-03-14 | At least 25 people, including the bomber, were killed in the blast in Deir ez-Zor. | killed 25/25/null at_least ->CVL",
        "2020-02-20 | Russian warplanes struck Maaret al-Numan in Idlib. Five civilians were killed. | killed 5/5/5 exact RUS>CVL",
        "2014-11-26 | A civil war broke out in Syria in 2011 and has since claimed the lives of almost 200000 people. | killed null/null/200000 at_most cumulative ->CVL",
    })
    void readsWhatEachNumberCounts(String published, String sentence, String expected) {
        String got = facts(published, sentence).stream().map(SentenceFactsTest::describe)
                .collect(Collectors.joining("; "));
        assertEquals(expected.replace("null", "null"), got, sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2 min read",
        "27 February, 2020",
        "Established under a 2017 de-escalation deal brokered with Russia and Iran.",
        "Thousands of Turkish troops are stationed at a dozen military observation posts.",
        "A 10-year-old girl was taken to hospital.",
        "The appeal is less than half funded and unemployment now exceeds 54 per cent.",
        "The UN pledged $500 million in aid to 3 million people.",
        "The talks resumed at 16:45 on 29-06-2016 in Geneva.",
        "He was the 3rd commander of a 500-man battalion.",
        "Russia deployed 4 warships and 2000 troops to the base.",
        "Rebels captured 12 villages and 3 hills near the city.",
        "The offensive began in 2015 and lasted 18 months over 40 km of front.",
        "Resolution 2254 was adopted by 15 votes.",
        "Get short URL 6319 An airstrike carried out by the coalition.",
    })
    void readsNoFactFrom(String sentence) {
        assertEquals("", facts("2020-02-27", sentence).stream().map(SentenceFactsTest::describe)
                .collect(Collectors.joining("; ")), sentence);
    }
}
