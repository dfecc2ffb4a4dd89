package org.conflicttally.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Event matching and reconciliation without Spark: each rule of {@link EventMatcher} on a small case. */
class EventMatcherTest {
    private static final LocalDate D = LocalDate.of(2016, 10, 3);

    @Test
    void twoOutletsTellingOneBombingAreOneEvent() {
        List<Event> events = EventMatcher.events(List.of(
                exact("a", 0, D, 16), exact("b", 3, D, 16)));
        assertEquals(1, events.size());
        Event e = events.get(0);
        assertEquals(List.of("a", "b"), e.articleIds());
        assertEquals(List.of("a#0", "b#3"), e.factRefs());
        assertEquals(2, e.reports());
        assertEquals(List.of(16L, 16L, 16L), figures(e));
        assertEquals("a#0", e.eventId());
    }

    @Test
    void reportsADayApartAreOneEventTwoDaysApartAreTwo() {
        assertEquals(1, EventMatcher.events(List.of(exact("a", 0, D, 5), exact("b", 0, D.plusDays(1), 5))).size());
        List<Event> apart = EventMatcher.events(List.of(exact("a", 0, D, 5), exact("b", 0, D.plusDays(2), 5)));
        assertEquals(2, apart.size());
        // Chains do not grow: a cluster spans the first date and the next day only.
        List<Event> chain = EventMatcher.events(List.of(
                exact("a", 0, D, 5), exact("b", 0, D.plusDays(1), 5), exact("c", 0, D.plusDays(2), 5)));
        assertEquals(2, chain.size());
        assertEquals(List.of("a", "b"), chain.get(0).articleIds());
        assertEquals(D, chain.get(0).eventDate());
        assertEquals(List.of("c"), chain.get(1).articleIds());
    }

    @Test
    void theActorNeverSplitsAnEventTheTargetPlaceTypeAndMonthDo() {
        Report base = exact("a", 0, D, 5);
        List<Report> others = List.of(
                with(base, "b", "killed", "ISL", "CVL", "Hasakah"),      // one event with a: the actor never splits
                with(base, "f", "killed", null, null, "Hasakah"),        // nor does a target not named
                with(base, "c", "killed", null, "SYRMIL", "Hasakah"),
                with(base, "d", "killed", null, "CVL", "Aleppo"),
                with(base, "e", "injured", null, "CVL", "Hasakah"));
        List<Report> all = new ArrayList<>(others);
        all.add(base);
        List<Event> events = EventMatcher.events(all);
        assertEquals(4, events.size(), events.toString());
        Event attack = events.stream().filter(e -> e.factRefs().contains("a#0")).findFirst().orElseThrow();
        assertEquals(List.of("a#0", "b#0", "f#0"), attack.factRefs());
        assertEquals("ISL", attack.actor());
        // 30 September and 1 October are a day apart but in two months: two events.
        Report sept = new Report("x", 0, null, "casualty", "killed", null, null, "CVL", "civilians", "Hasakah",
                LocalDate.of(2016, 9, 30), LocalDate.of(2016, 9, 1), 5L, 5L, 5L, "exact");
        assertEquals(2, EventMatcher.events(List.of(sept, exact("y", 0, LocalDate.of(2016, 10, 1), 5))).size());
    }

    @Test
    void codesOfOneSideAtDifferentGranularityAreOneActor() {
        assertEquals("SYR", Sides.of("SYRMIL"));
        assertEquals("SYR", Sides.of("SYRGOV"));
        assertEquals("SYR", Sides.of("SYR"));
        assertEquals("SYRREB", Sides.of("SYRREB"));
        assertEquals("CVL", Sides.of("SYRCVL"));
        assertEquals(null, Sides.of(null));
        // "Syrian regime" raid (SYR) and "regime forces" (SYRGOV), twice: one event, shown as SYRGOV.
        Report a = with(exact("a", 0, D, 16), "a", "killed", "SYR", "CVL", "Douma");
        Report b = with(exact("b", 1, D, 16), "b", "killed", "SYRGOV", "SYRCVL", "Douma");
        Report c = with(exact("c", 2, D, 16), "c", "killed", "SYRGOV", "CVL", "Douma");
        Event e = only(EventMatcher.events(List.of(a, b, c)));
        assertEquals("SYRGOV", e.actor());
        assertEquals("CVL", e.target());
        // An outlet that blames the rebels tells the same raid: one event, shown with the code most reports give.
        assertEquals("SYRGOV", only(EventMatcher.events(List.of(a, b, c,
                with(exact("d", 0, D, 16), "d", "killed", "SYRREB", "CVL", "Douma")))).actor());
    }

    @Test
    void aTotalAndItsPartsInOneArticleAreOneEventOfTheTotal() {
        // "7 killed" in the city, then 1 + 2 + 4 by neighbourhood; b gives the day's total as 7 too.
        List<Event> events = EventMatcher.events(List.of(exact("a", 0, D, 7), exact("a", 1, D, 1), exact("a", 2, D, 2),
                exact("a", 3, D, 4), exact("b", 0, D, 7)));
        Event e = only(events);
        assertEquals(List.of(7L, 7L, 7L), figures(e));
        assertEquals(List.of("a#0", "a#1", "a#2", "a#3", "b#0"), e.factRefs());
        // Parts that do not add up stay events of their own.
        assertEquals(3, EventMatcher.events(List.of(exact("a", 0, D, 7), exact("a", 1, D, 1), exact("a", 2, D, 2))).size());
    }

    @Test
    void figuresFarApartAreTwoEventsAndPlacesMatchAtAnyLevel() {
        // "22 civilians killed on Monday" and "the regime killed more than 1400" recalled the next day.
        assertEquals(2, EventMatcher.events(List.of(exact("a", 0, D, 22), atLeast("b", 0, D.plusDays(1), 1400))).size());
        // An early toll that rises fourfold is still the same event.
        assertEquals(1, EventMatcher.events(List.of(atLeast("a", 0, D, 7), exact("b", 0, D.plusDays(1), 25))).size());
        // A town, its province and its country are compatible places; two towns are not. The event shows the finest.
        PlaceHierarchy syria = new PlaceHierarchy() {
            private final java.util.Map<String, List<String>> up = java.util.Map.of("Douma", List.of("Douma", "Rif Dimashq", "Syria"),
                    "Harasta", List.of("Harasta", "Rif Dimashq", "Syria"), "Rif Dimashq", List.of("Rif Dimashq", "Syria"),
                    "Syria", List.of("Syria"));

            @Override
            public boolean compatible(String x, String y) {
                return x == null || y == null || up.get(x).contains(y) || up.get(y).contains(x);
            }

            @Override
            public int depth(String place) {
                return up.get(place).size() - 1;
            }
        };
        Report douma = with(exact("a", 0, D, 16), "a", "killed", null, "CVL", "Douma");
        Report province = with(exact("b", 0, D, 16), "b", "killed", null, "CVL", "Rif Dimashq");
        Report country = with(exact("c", 0, D, 16), "c", "killed", null, "CVL", "Syria");
        assertEquals("Douma", only(EventMatcher.events(List.of(country, province, douma), syria)).location());
        Report harasta = with(exact("d", 0, D, 16), "d", "killed", null, "CVL", "Harasta");
        assertEquals(2, EventMatcher.events(List.of(douma, harasta), syria).size());
    }

    /** Two towns of one province, a town of another, their provinces and the country. */
    private static final PlaceHierarchy TOWNS = new PlaceHierarchy() {
        private final java.util.Map<String, List<String>> up = java.util.Map.of(
                "Madaya", List.of("Madaya", "Rif Dimashq", "Syria"), "Douma", List.of("Douma", "Rif Dimashq", "Syria"),
                "al-Foua", List.of("al-Foua", "Idlib", "Syria"), "Idlib", List.of("Idlib", "Syria"),
                "Rif Dimashq", List.of("Rif Dimashq", "Syria"), "Syria", List.of("Syria"));

        @Override
        public boolean compatible(String x, String y) {
            return x == null || y == null || up.get(x).contains(y) || up.get(y).contains(x);
        }

        @Override
        public int depth(String place) {
            return up.get(place).size() - 1;
        }

        @Override
        public String country(String place) {
            return place == null ? null : up.get(place).get(up.get(place).size() - 1);
        }
    };

    @Test
    void aDistinctiveFigureToldDaysLaterWithNoDayOfItsOwnIsTheSameEvent() {
        // "500 people were injured" in al-Foua on the 4th; UNICEF's "over 500 injured" in Idlib, published on the 6th
        Report attack = with(exact("a", 0, D, 500), "a", "injured", null, "CVL", "al-Foua");
        Report unicef = with(atLeast("b", 0, D.plusDays(2), 500), "b", "injured", null, "CVL", "Idlib");
        assertEquals(List.of("a#0", "b#0"), only(EventMatcher.events(List.of(attack, unicef), TOWNS)).factRefs());
        // a report that states its own day (dated the 6th, published the 7th) tells another event
        Report stated = new Report("b", 0, D.plusDays(3), "casualty", "injured", null, null, "CVL", "CVL", "Idlib",
                D.plusDays(2), D.withDayOfMonth(1), 500L, 500L, null, "at_least");
        assertEquals(2, EventMatcher.events(List.of(attack, stated), TOWNS).size());
        // so does a small figure, a figure far off, and a place that is not one
        Report small = with(exact("b", 0, D.plusDays(2), 50), "b", "injured", null, "CVL", "Idlib");
        Report farOff = with(exact("b", 0, D.plusDays(2), 900), "b", "injured", null, "CVL", "Idlib");
        Report elsewhere = with(atLeast("b", 0, D.plusDays(2), 500), "b", "injured", null, "CVL", "Douma");
        Report attackSmall = with(exact("a", 0, D, 50), "a", "injured", null, "CVL", "al-Foua");
        assertEquals(2, EventMatcher.events(List.of(attackSmall, small), TOWNS).size());
        assertEquals(2, EventMatcher.events(List.of(attack, farOff), TOWNS).size());
        assertEquals(2, EventMatcher.events(List.of(attack, elsewhere), TOWNS).size());
        // the article that tells the attack's day with one toll and, undated, another: both are the attack's
        Report tuesday = new Report("b", 1, D.plusDays(2), "casualty", "injured", null, null, "CVL", "CVL", "Idlib",
                D, D.withDayOfMonth(1), 200L, 200L, 200L, "exact");
        assertEquals(List.of("a#0", "b#0", "b#1"),
                only(EventMatcher.events(List.of(attack, unicef, tuesday), TOWNS)).factRefs());
        // and four days later is too late
        Report late = with(atLeast("b", 0, D.plusDays(4), 500), "b", "injured", null, "CVL", "Idlib");
        assertEquals(2, EventMatcher.events(List.of(attack, late), TOWNS).size());
    }

    @Test
    void aVagueFigureNeverJoinsAnotherTownsEventAndTheEventShowsThePlaceMostReportsGive() {
        // "about 2200 left Madaya" (three outlets) and "thousands ... evacuated" from al-Foua the same day
        List<Report> madaya = List.of(with(exact("a", 0, D, 2200), "a", "evacuated", null, "CVL", "Madaya"),
                with(exact("b", 0, D, 2200), "b", "evacuated", null, "CVL", "Madaya"),
                with(exact("c", 0, D, 2200), "c", "evacuated", null, "CVL", "Madaya"));
        Report thousands = with(vague("d", 0, D, 2000, 9999), "d", "evacuated", null, "CVL", "al-Foua");
        List<Report> all = new ArrayList<>(madaya);
        all.add(thousands);
        assertEquals(2, EventMatcher.events(all, TOWNS).size());
        // a distinctive figure of its own in the other town is the same incident, shown where most reports put it
        all.set(3, with(exact("d", 0, D, 2100), "d", "evacuated", null, "CVL", "al-Foua"));
        Event one = only(EventMatcher.events(all, TOWNS));
        assertEquals("Madaya", one.location());
    }

    @Test
    void twoFactsOfOneArticleAreTwoEventsAndOtherArticlesPairByClosestFigure() {
        // Article a: 4 killed in one raid and 48 in another, same key; b tells both, c only the 48 as "at least 45".
        List<Event> events = EventMatcher.events(List.of(
                exact("a", 0, D, 4), exact("a", 1, D, 48),
                exact("b", 5, D, 48), exact("b", 6, D, 4),
                atLeast("c", 2, D, 45)));
        assertEquals(2, events.size());
        assertEquals(List.of("a#0", "b#6"), events.get(0).factRefs());
        assertEquals(List.of(4L, 4L, 4L), figures(events.get(0)));
        assertEquals(List.of("a#1", "b#5", "c#2"), events.get(1).factRefs());
        assertEquals(List.of(48L, 48L, 48L), figures(events.get(1)));
    }

    @Test
    void theArticleWithTheMostFactsSeedsTheEvents() {
        // b has two facts, so two events; a's single 30 pairs with b's 31, not b's 4.
        List<Event> events = EventMatcher.events(List.of(
                exact("a", 0, D, 30), exact("b", 0, D, 4), exact("b", 1, D, 31)));
        assertEquals(2, events.size());
        assertEquals("b#0", events.get(0).eventId());
        assertEquals(List.of("b#0"), events.get(0).factRefs());
        assertEquals(List.of("a#0", "b#1"), events.get(1).factRefs());
        assertEquals(31L, events.get(1).best());
    }

    @Test
    void reconcilesTheHighestLowTheMostSpecificBestAndTheHighestHigh() {
        // "dozens" (24..99), "at least 20", exact 31: low 24, best 31 (exact), high 99.
        Event e = only(EventMatcher.events(List.of(vague("a", 0, D, 24, 99), atLeast("b", 0, D, 20), exact("c", 0, D, 31))));
        assertEquals(List.of(31L, 31L, 99L), figures(e));
        assertEquals("exact", e.qualifier());
        // Two exact reports: the highest.
        assertEquals(List.of(32L, 32L, 32L), figures(only(EventMatcher.events(List.of(exact("a", 0, D, 30), exact("b", 0, D, 32))))));
        // Vague only: no best.
        Event dozens = only(EventMatcher.events(List.of(vague("a", 0, D, 24, 99), vague("b", 0, D, 40, 99))));
        assertEquals(java.util.Arrays.asList(40L, null, 99L), figures(dozens));
    }

    @Test
    void anEarlyTollThatALaterFloorExceedsGivesNeitherBestNorHigh() {
        // "58 killed" early, then "at least 70": at least 70, open-ended.
        Event e = only(EventMatcher.events(List.of(exact("a", 0, D, 58), atLeast("b", 0, D.plusDays(1), 70))));
        assertEquals(java.util.Arrays.asList(70L, 70L, null), figures(e));
        assertEquals("at_least", e.qualifier());
        assertEquals(2, e.reports());
        assertEquals(D, e.eventDate());
        // "at least 20" then "32 killed": the exact count.
        assertEquals(List.of(32L, 32L, 32L), figures(only(EventMatcher.events(List.of(atLeast("a", 0, D, 20), exact("b", 0, D, 32))))));
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Report> reports = new ArrayList<>(List.of(
                exact("a", 0, D, 4), exact("a", 1, D, 48), exact("b", 5, D, 48), exact("b", 6, D.plusDays(1), 4),
                atLeast("c", 2, D, 45), vague("d", 0, D.plusDays(1), 24, 99), exact("e", 0, D.plusDays(2), 7),
                with(exact("f", 0, D, 3), "f", "killed", "ISL", "CVL", "Hasakah")));
        List<Event> expected = EventMatcher.events(reports);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(reports, random);
            assertEquals(expected, EventMatcher.events(reports));
        }
    }

    @Test
    void refusesUnsortedStreams() {
        var unsorted = List.of(exact("a", 0, D.plusDays(1), 5), exact("b", 0, D, 5)).iterator();
        assertThrows(IllegalStateException.class, () -> EventMatcher.stream(unsorted, PlaceHierarchy.FLAT).forEachRemaining(e -> { }));
    }

    private static Event only(List<Event> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    private static List<Long> figures(Event e) {
        return java.util.Arrays.asList(e.low(), e.best(), e.high());
    }

    private static Report exact(String article, int index, LocalDate date, long n) {
        return report(article, index, date, n, n, n, "exact");
    }

    private static Report atLeast(String article, int index, LocalDate date, long n) {
        return report(article, index, date, n, n, null, "at_least");
    }

    private static Report vague(String article, int index, LocalDate date, long low, long high) {
        return report(article, index, date, low, null, high, "vague");
    }

    private static Report report(String article, int index, LocalDate date, Long low, Long best, Long high, String q) {
        return new Report(article, index, date, "casualty", "killed", null, null, "CVL", "civilians", "Hasakah",
                date, date.withDayOfMonth(1), low, best, high, q);
    }

    private static Report with(Report r, String article, String type, String actor, String target, String location) {
        return new Report(article, r.factIndex(), r.published(), r.category(), type, actor, actor, target, target,
                location, r.eventDate(), r.month(), r.low(), r.best(), r.high(), r.qualifier());
    }
}
