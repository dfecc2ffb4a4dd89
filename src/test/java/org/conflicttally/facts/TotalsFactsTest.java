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
 * The rules that decide the largest numbers of the tables, on real sentences (FA-KES articles of the dev
 * set and of seeds/, with their publication dates): what a number counts, whether it is a running total,
 * which month it belongs to, and who claims it. Each line is one article.
 */
class TotalsFactsTest {
    private static FactExtractor fx;

    @BeforeAll
    static void compile() {
        fx = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
    }

    /** The fact as the test lines write it; its claimant only where the line names one. */
    private static String describe(Fact f, boolean claims) {
        Long value = f.valueBest() != null ? f.valueBest() : f.valueLow() != null ? f.valueLow() : f.valueHigh();
        return f.type() + " " + value + (f.cumulative() ? " cumulative" : "")
                + " " + f.month().toString().substring(0, 7)
                + (claims && f.claimedBy() != null ? " claimed by " + f.claimedBy() : "");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // published | text | facts: type value [cumulative] month [claimed by X], joined by ';' (none: no fact)
        // leaving a place: displaced, or evacuated when the article is about an evacuation
        "2016-12-01 | Head of operations General Sergey Rudskoy said Wednesday that over 18000 civilians left terrorist-controlled areas of Aleppo. | displaced 18000 2016-11 claimed by General Sergey Rudskoy",
        "2017-04-16 | The evacuations were taking place under a deal between the regime and rebels. More than 5000 people left Fuaa and Kafraya and about 2200 left Madaya and Zabadani on Friday. | evacuated 5000 2017-04; evacuated 2200 2017-04",
        "2014-10-07 | An official in the Turkish town of Suruc said on Tuesday that 700 people including 47 wounded had crossed the border from Syria overnight. | displaced 700 2014-10; injured 47 2014-10",
        // a few days are one offensive, not a running total, unless a running total's cue is nearer
        "2016-12-01 | According to reports tens of thousands of civilians have escaped terrorist-controlled areas of Eastern Aleppo in recent days. | displaced 20000 2016-12",
        "2016-11-28 | Hundreds of civilians have been killed over the past few days in deliberate bombardment on residential areas. | killed 200 2016-11",
        "2016-07-19 | Coalition aircraft have conducted 325 air raids around Manbij since 21 May including 29 strikes in the past four days. | attacks 325 cumulative 2016-07; attacks 29 2016-07",
        // a verb with a number of its own after it governs that number
        "2016-06-24 | Daesh kidnapped 900 Executed 18 People in Syrias Aleppo. | kidnapped 900 2016-06; killed 18 2016-06",
        // an accuser claims; a past event named with its day dates the figure that points back to it
        "2013-09-09 | Obama is seeking backing for the strikes in response to an alleged chemical weapons attack near Damascus on August 21. Washington blames the Syrian government for the attack which it says kills more than 1400 people. | killed 1400 2013-08 claimed by Washington",
        // ... and recalled without a date, a thousand dead and no one event named are not this month's
        "2017-04-04 | Washington accuses the regime of killing more than 1400 people with chemical weapons. | killed 1400 cumulative 2017-04 claimed by Washington",
        // a period's tally sums many events
        "2016-06-05 | In a Sunday statement the Syrian Network for Human Rights (SNHR) said that 12679 people died of torture from March 2011 to June 2016. | killed 12679 cumulative 2016-06",
        "2016-06-05 | Photos taken between May 2011 and August 2013 show at least 6786 separate individuals who had died in government custody. | killed 6786 cumulative 2016-06",
        "2014-04-24 | The Syrian Observatory for Human Rights said the bombing campaign has killed hundreds mostly civilians and forced thousands of families to flee their homes. | killed 200 cumulative 2014-04 claimed by Syrian Observatory for Human Rights; displaced 2000 cumulative 2014-04 claimed by Syrian Observatory for Human Rights",
        "2017-04-04 | With Russian support the regime begins to retake territory. Thousands more civilians killed. | killed 2000 cumulative 2017-04",
        "2014-10-07 | The raging battle has prompted some 186000 residents to flee across the Turkish border. | displaced 186000 cumulative 2014-10",
        // a month's tally takes its month; a thousand dead and no one attack named is a tally; a past year's figure
        "2016-10-02 | Last month nearly 1200 Syrian civilians were killed the Syrian Network for Human Rights claimed. | killed 1200 cumulative 2016-09",
        "2015-02-22 | Meanwhile rebel fire on regime-held areas killed 1102 people said the Observatory. | killed 1102 cumulative 2015-02",
        "2016-08-11 | UN investigators established that sarin gas was used in Eastern Ghouta in 2013. The United States accused Damascus of that attack which it estimates killed 1429 people. | killed 1429 cumulative 2016-08",
        "2016-08-11 | In 2015 alone 500 people were killed in sieges. | killed 500 cumulative 2016-08",
        "2016-08-11 | Prices rose in 2.50 hours and 5 people were killed. | killed 5 2016-08",
        // people counted by a displacement noun, with no verb of leaving, are a population
        "2017-04-13 | Around 2220 evacuees from Madaya and Zabadani were similarly blocked at a transit point. | evacuated 2220 cumulative 2017-04",
        // not facts: plans, clock times, people a place serves
        "2017-04-15 | The evacuation brokered by regime ally Iran and rebel backer Qatar is set to see more than 30000 people evacuated in two stages. | none",
        "2013-09-16 | On top of that we will prepare a thousand rockets that will be fired on their towns in revenge. | none",
        "2017-04-07 | 510 Topic US Missile Attack on Syrian Air Base (200) Related Putin to Discuss US Missile Strikes in Syria. | none",
        "2014-10-01 | Views 371 Syrian refugees. | none",
        "2014-10-01 | Wed 01 Oct 2014 at 1459 Regional NNA - Twin car bomb explosions in the central Syrian city of Homs on Wednesday killed at least 18 people. | killed 18 2014-10",
        "2016-04-28 | An attack on a clinic serving thousands of Syrians in Aleppo has left two patients dead and eight others injured. | killed 2 2016-04; injured 8 2016-04",
        // "have been killed" in many strikes ("bombings") is a tally; a capitalised article after a number starts another sentence
        "2016-06-08 | At least 502 civilian citizens have been killed and 2600 civilians citizens injured in regime and Russian bombings said the Observatory. | killed 502 cumulative 2016-06; injured 2600 cumulative 2016-06",
        "2017-04-16 | 16.04.2017Get short URL 0 612 A woman was killed after terrorists shelled the center of Damascus. | killed 1 2017-04",
        // people taken as hostages or human shields are kidnapped, whatever stands between them and the phrase
        "2016-08-17 | The extremists took some 2000 civilians as they fled to serve as human shields. | kidnapped 2000 2016-08",
        "2016-07-05 | The militants took an estimated 900 Kurdish civilians hostage in areas under their control. | kidnapped 900 2016-07",
        // people named by what they fled: evacuated in an evacuation, killed when a casualty verb follows
        "2017-04-16 | The evacuation deal halted. Dozens of buses carrying several thousand refugees had been stuck by the roadside in the rebel-held town of Rashidin after leaving Fuaa and Kafraya on Friday. | evacuated 2000 2017-04",
        "2017-04-16 | The Observatory said that 98 evacuees from the northern towns of Fuaa and Kafraya were killed when an explosives-laden vehicle hit their buses. | killed 98 2017-04",
        // a past event known by its name and given no day is recalled, not this month's
        "2016-08-24 | The Coalition said the envoy who on Monday blamed France for the Ghouta Massacre that claimed the lives of over 1127 civilians lied. | killed 1127 cumulative 2016-08",
        "2016-08-24 | The Ghouta Massacre of August 21 2013 killed 1400 people. | killed 1400 2013-08",
        // the day a claim was made is not the event's: the article's twin of the toll gives the event's day
        "2013-09-10 | Evidence suggests government forces were responsible for a poison gas attack that killed more than 1400 people Human Rights Watch said on Tuesday. The chemical weapons attack near Damascus on August 21 killed more than 1400 people. | killed 1400 2013-08",
    })
    void readsTheLargestNumbersRight(String published, String text, String expected) {
        assertEquals(expected, facts(published, text, expected.contains("claimed by")), text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // published | text | the place of each fact, joined by ';'
        // a country that acts is not where things happen, nor is the place where a claim was made
        "2013-08-21 | Saudi Arabia called on Wednesday for a Security Council meeting on Syria. Opposition figure George Sabra said in Turkey the attack had killed 1300 people. | Syria",
        "2017-04-16 | More than 5000 people left Fuaa and Kafraya and about 2200 left Madaya and Zabadani on Friday. | al-Foua; Madaya",
    })
    void placesTheLargestNumbersRight(String published, String text, String expected) {
        String got = fx.extract(new Article("t", null, null, "", LocalDate.parse(published), text)).stream()
                .map(Fact::location).collect(Collectors.joining("; "));
        assertEquals(expected, got, text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // published | text | the actor of each fact, joined by ';'
        // those who take people as hostages or shields; "the extremists" right after a group was named are that group
        "2016-08-14 | The SDF took full control of Manbij after Daesh retreated. The extremists took some 2000 civilians as they fled to serve as human shields. | ISL",
        "2016-07-05 | IS militants took 300 villagers as human shields. | ISL",
    })
    void attributesTheLargestNumbersRight(String published, String text, String expected) {
        String got = fx.extract(new Article("t", null, null, "", LocalDate.parse(published), text)).stream()
                .map(Fact::actor).collect(Collectors.joining("; "));
        assertEquals(expected, got, text);
    }

    private static String facts(String published, String text, boolean claims) {
        String got = fx.extract(new Article("t", null, null, "", LocalDate.parse(published), text)).stream()
                .map(f -> describe(f, claims)).collect(Collectors.joining("; "));
        return got.isEmpty() ? "none" : got;
    }
}
