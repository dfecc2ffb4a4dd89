package org.conflicttally.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place tree of the shipped places.tsv: town -> province -> country, and which places are compatible. */
class PlaceLexiconTest {
    private static final PlaceLexicon PLACES =
            PlaceLexicon.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")).file("places.tsv"));

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Eastern Ghouta   | Rif Dimashq
            Douma            | Rif Dimashq
            Harasta          | Rif Dimashq
            Zabadani         | Rif Dimashq
            Madaya           | Rif Dimashq
            al-Foua          | Idlib
            Kefraya          | Idlib
            Saraqeb          | Idlib
            Maarat al-Numan  | Idlib
            Khan Sheikhoun   | Idlib
            Idlib City       | Idlib
            Manbij           | Aleppo Governorate
            al-Bab           | Aleppo Governorate
            Azaz             | Aleppo Governorate
            Kobani           | Aleppo Governorate
            Atarib           | Aleppo Governorate
            Aleppo           | Aleppo Governorate
            Sheikh Maqsoud   | Aleppo
            Deir ez-Zor      | Deir ez-Zor Governorate
            Palmyra          | Homs Governorate
            Rif Dimashq      | Syria
            Syrian Desert    | Syria
            Mosul            | Nineveh
            Suruc            | Sanliurfa Province
            Bakhmut          | Donetsk Oblast
            Rafah            | Gaza Strip
            El Fasher        | Darfur
            """)
    void parent(String place, String parent) {
        assertEquals(parent, PLACES.place(place).parent());
    }

    @ParameterizedTest(name = "compatible({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Eastern Ghouta    | Rif Dimashq        | true
            Rif Dimashq       | Eastern Ghouta     | true
            Eastern Ghouta    | Syria              | true
            Douma             | Syria              | true
            Idlib             | Saraqeb            | true
            Saraqeb           | Idlib              | true
            Sheikh Maqsoud    | Aleppo Governorate | true
            Sheikh Maqsoud    | Aleppo             | true
            Douma             | Douma              | true
            Douma             |                    | true
                              | Douma              | true
                              |                    | true
            Atlantis          | Atlantis           | true
            Damascus          | Aleppo             | false
            Douma             | Harasta            | false
            Saraqeb           | Idlib City         | false
            Manbij            | Aleppo             | false
            Aleppo Governorate| Idlib              | false
            Mosul             | Syria              | false
            Syria             | Iraq               | false
            Atlantis          | Syria              | false
            """)
    void compatible(String a, String b, boolean expected) {
        assertEquals(expected, PLACES.compatible(a, b));
    }

    @ParameterizedTest(name = "contains({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Rif Dimashq        | Eastern Ghouta | true
            Syria              | Eastern Ghouta | true
            Eastern Ghouta     | Eastern Ghouta | true
            Aleppo Governorate | Sheikh Maqsoud | true
            Eastern Ghouta     | Rif Dimashq    | false
            Eastern Ghouta     | Douma          | false
            Idlib City         | Saraqeb        | false
            Syria              |                | false
                               | Syria          | false
            """)
    void contains(String outer, String inner, boolean expected) {
        assertEquals(expected, PLACES.contains(outer, inner));
    }

    @Test
    void ancestorsRunUpToTheCountry() {
        assertEquals(List.of("Sheikh Maqsoud", "Aleppo", "Aleppo Governorate", "Syria"), PLACES.ancestors("Sheikh Maqsoud"));
        assertEquals(List.of("Eastern Ghouta", "Rif Dimashq", "Syria"), PLACES.ancestors("Eastern Ghouta"));
        assertEquals(List.of("Syria"), PLACES.ancestors("Syria"));
        assertEquals(List.of(), PLACES.ancestors("Atlantis"));
        assertEquals(List.of(), PLACES.ancestors(null));
        assertThrows(UnsupportedOperationException.class, () -> PLACES.ancestors("Douma").add("Atlantis"));
    }
}
