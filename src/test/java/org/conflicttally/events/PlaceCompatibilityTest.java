package org.conflicttally.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.places.Gazetteer;
import org.conflicttally.places.PlaceLexicon;
import org.conflicttally.places.PlaceLinks;
import org.conflicttally.places.ResolvedPlace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which places two reports of one event may name: a town, its province and its country are compatible, two
 * towns, two provinces or two countries are not. Places of the gazetteer by spelling ("g:Kunduz"), of the
 * place lexicon by name ("l:Eastern Ghouta"), or none ("-").
 */
class PlaceCompatibilityTest {
    private static PlaceLexicon lexicon;
    private static PlaceLinks links;

    @BeforeAll
    static void load() {
        lexicon = PlaceLexicon.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")).file("places.tsv"));
        links = PlaceLinks.link(lexicon, Gazetteer.shared());
    }

    private static Report report(String place) {
        Gazetteer g = Gazetteer.shared();
        String location = place.startsWith("l:") ? place.substring(2) : null;
        ResolvedPlace geo = place.startsWith("g:") ? PlaceLinks.resolved(g, g.candidate(g.spelled(place.substring(2))[0]))
                : links.of(location);
        return new Report("a", 0, null, "casualty", "killed", null, null, null, null, location,
                LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 1), 5L, 5L, 5L, "exact", geo);
    }

    /** The place lexicon's tree, as the job gives it to event matching. */
    private static final PlaceHierarchy TREE = new PlaceHierarchy() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean compatible(String x, String y) {
            return lexicon.compatible(x, y);
        }

        @Override
        public int depth(String place) {
            return Math.max(0, lexicon.ancestors(place).size() - 1);
        }
    };

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "g:Qunduz, g:Afghanistan, true",
        "g:Qunduz, g:Kunduz, true",           // the province "Kunduz" holds the town
        "g:Qunduz, g:Baghlan, false",         // two provinces' places
        "g:Kabul, g:Qunduz, false",           // two towns
        "g:Qunduz, g:Konduz, true",           // one town spelt two ways
        "g:Kandahar, g:Pakistan, false",
        "g:Afghanistan, g:Pakistan, false",
        "g:Kabul, -, true",
        "l:Eastern Ghouta, l:Rif Dimashq, true",
        "l:Douma, l:Harasta, false",
        "l:Idlib, g:Saraqib, true",           // the lexicon's province, the gazetteer's town in it
        "l:Aleppo, g:Hama, false",
        "l:Syria, g:Mosul, false",
    })
    void compatible(String a, String b, boolean expected) {
        assertEquals(expected, report(a).samePlace(report(b), TREE));
        assertEquals(expected, report(b).samePlace(report(a), TREE));
    }
}
