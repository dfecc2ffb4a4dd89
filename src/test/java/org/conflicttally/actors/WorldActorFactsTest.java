package org.conflicttally.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.conflicttally.article.Article;
import org.conflicttally.facts.Fact;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who did it to whom in incidents from the world dev set (Wikipedia's lists of terrorist incidents, CC BY-SA
 * 4.0), texts verbatim: the full actor and target codes the extractor gives the counts it reads.
 */
class WorldActorFactsTest {
    private static FactExtractor fx;

    @BeforeAll
    static void compile() {
        fx = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
    }

    private static String describe(Fact f) {
        return f.type() + " " + f.valueBest() + " " + (f.actor() == null ? "-" : f.actor()) + ">"
                + (f.target() == null ? "-" : f.target());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // published | text | facts: type best actor>target, joined by ';'
        "2016-08-10 | Boko Haram militants burned 60 houses, shot four villagers dead, and abducted one child. | killed 4 NGAREB>CVL; kidnapped 1 NGAREB>CVL",
        "1973-05-17 | The IRA kills 5 British soldiers in a roadside bomb attack in Tullyvallen, Northern Ireland. | killed 5 GBRREB>GBRMIL",
        "2016-08-05 | Two Turkish soldiers were killed in a PKK ambush in the Şemdinli department of Hakkari Province. Another six soldiers were wounded in the ensuing firefight. | killed 2 KUR>TURMIL; injured 6 KUR>TURMIL",
        "2017-07-21 | Six policemen were killed while three others were wounded in an ambush staged by suspected New People's Army (NPA) rebels in Guihulngan City. | killed 6 PHLREB>PHLMIL; injured 3 PHLREB>PHLMIL",
        "2018-06-17 | Four Assam Rifles personnel were killed in an ambush by militants of the National Socialist Council of Nagaland in Nagaland's Mon district, near the Indian-Myanmar border. Six other soldiers were injured in the incident, two of them seriously. | killed 4 INDREB>INDMIL; injured 6 INDREB>INDMIL",
        "2017-09-04 | Four CRPF men were wounded in a grenade attack in Qazigund market. Lashkar-e-Taiba claimed responsibility. | injured 4 INDREB>INDMIL",
        "2016-05-24 | Seven Ukrainian servicemen are killed in suspected attacks by pro-Russian rebels | killed 7 UKRREB>UKRMIL",
        "2012-04-27 | Three soldiers were killed and two others seriously injured after an attack by Shining Path in the country's south-central region. | killed 3 PERREB>PERMIL; injured 2 PERREB>PERMIL",
        "1978-03-17 | ETA planted a bomb in the under-construction Lemóniz nuclear reactor, killing two workers (Andrés Guerra and Alberto Negro), wounded two more, and causing substantial damage to the reactor itself. | killed 2 ESPREB>CVL; injured 2 ESPREB>CVL",
        "2017-07-24 | Ansaroul Islam terrorists killed five people in three different attacks in Burkina Faso's Sahel Region. | killed 5 BFAREB>CVL; attacks 3 BFAREB>-",
        "2018-10-16 | 14 Iranian security officers including members of the IRGC were kidnapped by Jaish ul-Adl terrorists in the Iranian Lulakdan area that borders Pakistan. | kidnapped 14 IRNREB>IRNMIL",
        "2017-01-15 | Nine people were killed by Fulani herdsmen. | killed 9 NGAREB>CVL",
        // a country named as a place is no actor
        "2012-07-06 | A car bomb in the central Iraqi city of Ramadi killed at least 7 people and left 20 others injured. | killed 7 ->CVL; injured 20 ->CVL",
    })
    void codesWhoDidItToWhom(String published, String text, String expected) {
        String got = fx.extract(new Article("w", null, null, "", LocalDate.parse(published), text)).stream()
                .map(WorldActorFactsTest::describe).collect(Collectors.joining("; "));
        assertEquals(expected, got, text);
    }
}
