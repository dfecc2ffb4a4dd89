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
 * Casualty counts as wire reports of any conflict write them, on real incident descriptions of the world
 * gold set (Wikipedia's lists of terrorist incidents, CC BY-SA 4.0; ../shared/eval/world/dev.jsonl, with
 * their dates): a count attached to any noun phrase that a casualty verb governs, the verb deciding the
 * type; counts implied by a singular noun or composed of several noun phrases; parts not added to their
 * whole. Each line is one incident.
 */
class WorldCountsTest {
    private static FactExtractor fx;

    @BeforeAll
    static void compile() {
        fx = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
    }

    /** The fact as the test lines write it: type, value, and "cumulative" for running totals. */
    private static String describe(Fact f) {
        Long value = f.valueBest() != null ? f.valueBest() : f.valueLow() != null ? f.valueLow() : f.valueHigh();
        return f.type() + " " + value + (f.cumulative() ? " cumulative" : "");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // published | text | facts: type value [cumulative], joined by ';' (none: no fact)
        // any noun the verb governs: nouns no lexicon knows, names and acronyms between number and noun
        "2004-12-22 | Two teachers were shot dead in Pattani Province. | killed 2",
        "2016-03-30 | At least seven Central Reserve Police Force (CRPF) personnel are killed in an IED attack on their vehicle in the Indian state of Chhattisgarh's Dantewada district. | killed 7",
        "2015-04-13 | 5 Chhattisgarh Armed Force (CAF) Jawans were killed in a Maoist ambush near Kirandul, Dantewada, Chhattisgarh | killed 5",
        "2018-10-14 | 20 Afghan National Army (ANA) soldiers were killed when the Taliban attacked soldier checkpoints in the Farah Province. | killed 20",
        "2018-02-22 | Eight Afghan Local Police personnel manning a check-post have been killed and three others wounded in a Taliban attack in the Dih Yak district of southern Ghazni province. | killed 8; injured 3",
        "2018-10-20 | Two health workers fighting the deadly Ebola outbreak in the DRC were killed when Mai-Mai rebels opened fire at them. | killed 2",
        "2016-06-01 | 13 Iraqi Army weapons experts and officers were executed by ISIS for refusing to work with them. | killed 13",
        "2013-02-26 | A group of 17 Afghan Local Police recruits were shot to death after being drugged by Taliban infiltrators. | killed 17",
        "1988-10-06 | Insurgents of the ELN ambush troops of the V Brigade in the village Jurado. 6 military killed and 4 more kidnapped. | killed 6; kidnapped 4",
        "2015-07-07 | Fourteen quarry workers were ambushed and killed in the city of Mandera. | killed 14",
        // the verb decides the type: to death, murder, stabbed
        "2006-04-23 | Six villagers are shot to death by LTTE cadres. | killed 6",
        "1978-08-14 | FARC members murder 12 peasants in rural Cimitarra, Santander. | killed 12",
        "2015-12-05 | A man with a knife stabbed three people at the Leytonstone tube station in east London. | injured 3",
        // one person without a number: a singular noun after the, another, one of the victims
        "1976-09-10 | One police officer was killed and another was wounded while they attempted to defuse it. | killed 1; injured 1",
        "2004-10-29 | A taxi passing by was caught in the blast resulting in the death of the driver and a passenger. | killed 1; killed 1",
        "2016-10-08 | One of the victims died; while another sustained critical injuries and remains in hospital. | killed 1; injured 1",
        "2018-05-15 | Terrorists opened fire at a police vehicle in the town of Bijbehara, killing one policeman and injuring another. | killed 1; injured 1",
        "2018-03-24 | Four people were killed in the attack, including a woman and a child, and two others were injured. | killed 4; injured 2",
        "2018-03-23 | Two volunteer rangers were wounded in an ambush by suspected insurgents at a school in the Tak Bai district. | injured 2",
        // composed counts: noun phrases that share a verb; more after the verb
        "2006-06-25 | Two IDF soldiers and two attackers are killed and four more soldiers are wounded. | killed 2; killed 2; injured 4",
        "1996-07-24 | The LTTE detonated 4 bombs on Colombo-Alutgama train at Dehiwala killing 64 civilians and injuring 400 more | attacks 4; killed 64; injured 400",
        "1996-01-31 | An attack by the LTTE on the Colombo Central Bank killed 91 and injured a further 1,400 civilians. | killed 91; injured 1400",
        // parts are inside their whole, never added
        "1987-12-11 | Eleven people, five of them children, were killed and 88 people, mostly civilians, wounded. | killed 11; injured 88",
        "2016-04-14 | Eight people, seven police officers and the Kandahar Highway Police Chief, were killed when a police convoy was attacked. | killed 8",
        "2017-11-16 | At least 19 people, including eight police officers and ten civilians, were killed in a bomb explosion outside a restaurant in Kabul. | killed 19",
        "2018-03-25 | Two suicide bombers attacked a Shiite mosque in Herat, killing three, including the two terrorists, and wounding nine others. | killed 3; injured 9",
        "2001-03-28 | A suicide bomber blew himself up at a bus stop, four teenagers were wounded, one of them in critical condition. | injured 4",
        "2002-03-07 | A suicide bomber blew himself up in the lobby of a hotel in Ariel. 15 people were injured, one seriously. | injured 15",
        // the verb's own number after it: the number before did it
        "2016-04-11 | A gunman killed 5 civilians and wounded 6 at a market in Ruyigi near the Tanzanian border. | killed 5; injured 6",
        // a comparison with other events is no running total
        "2012-02-19 | A suicide car bomber killed 19 police officers and cadets in front of a Baghdad academy in the deadliest attack in the country since 27 January. | killed 19",
        // no number of people: no fact
        "2019-05-01 | A court sentenced 5 people to death. | none",
        "2019-05-01 | The explosion caused damage but no casualties were reported. | none",
    })
    void readsWorldCounts(String published, String text, String expected) {
        String got = fx.extract(new Article("t", null, null, "", LocalDate.parse(published), text)).stream()
                .map(WorldCountsTest::describe).collect(Collectors.joining("; "));
        assertEquals(expected, got.isEmpty() ? "none" : got, text);
    }
}
