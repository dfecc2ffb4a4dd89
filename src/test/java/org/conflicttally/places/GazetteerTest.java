package org.conflicttally.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.conflicttally.lexicon.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled GeoNames gazetteer: spellings found, common words left out, malformed rows failing with their line. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.shared();

    /** "Name CCC" of every place a spelling may be, in the gazetteer's order. */
    private static String places(String spelling) {
        return Arrays.stream(G.spelled(spelling)).mapToObj(G::candidate)
                .map(p -> p.kind().name().charAt(0) + ":" + p.name() + " " + p.country())
                .distinct().limit(3).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // spelling | the first places it may be (C country, P province, T town), coarsest and largest first
        "Kunduz | P:Kunduz AFG; T:Kunduz AFG",
        "Qunduz | T:Kunduz AFG",
        "Deir ez-Zor | P:Deir ez-Zor SYR; T:Deir ez-Zor SYR",
        "Deir al-Zor | T:Deir ez-Zor SYR",
        "Dayr az Zawr | T:Deir ez-Zor SYR",
        "Kiev | P:Kiev UKR; T:Kyiv UKR",
        "Kyiv | T:Kyiv UKR",
        "Tripoli | P:Tripoli LBY; T:Tripoli LBY; T:Tripoli LBN",
        "Hyderabad | T:Hyderabad IND; T:Hyderabad PAK",
        "Syria | C:Syria SYR",
        "Khyber Pakhtunkhwa | P:Khyber Pakhtunkhwa PAK",
        "Antioquia | P:Antioquia COL; T:Antakya TUR; T:Santa Fe de Antioquia COL",
        // words of not-places.tsv are no town ('Police said', 'Mobile phones'); a country always is
        "Police | ''",
        "Mobile | ''",
        "Of | ''",
        "March | ''",
        "Chad | C:Chad TCD",
    })
    void spellings(String spelling, String expected) {
        assertEquals(expected, places(spelling));
    }

    @Test
    void everyTownLiesInAKnownCountryWithAPoint() {
        for (int i = 0; i < G.size(); i++) {
            GeoPlace p = G.place(i);
            assertTrue(G.country(p.country()) != null, p::toString);
            if (p.kind() == GeoPlace.Kind.TOWN) {
                assertTrue(!Double.isNaN(p.latitude()) && !Double.isNaN(p.longitude()), p::toString);
            }
        }
    }

    private static final String HEAD = "# test\n";
    private static final String SYRIA = "C\t163843\tSyria\tSYR\t\t33.5\t36.3\t100\tsyria\t\n";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " => ", value = {
        // row after the header and a country (line 3) => the error
        "X\t1\tFoo\tSYR\t01\t1\t1\t1\tfoo\tfu => g.tsv:3: unknown kind 'X'",
        "P\t1\tFoo\tSY\t01\t1\t1\t1\tfoo\tfu => g.tsv:3: country must be ISO 3166 alpha-3, got 'SY'",
        "P\t1\tFoo\tIRQ\t01\t1\t1\t1\tfoo\tfu => g.tsv:3: country IRQ not listed before it",
        "P\t163843\tFoo\tSYR\t01\t1\t1\t1\tfoo\tfu => g.tsv:3: duplicate geonameid 163843",
        "P\t1\tFoo\tSYR\t01\t95\t1\t1\tfoo\tfu => g.tsv:3: no point on Earth: 95.0, 1.0",
        "P\t1\tFoo\tSYR\t01\t1\t1\tmany\tfoo\tfu => g.tsv:3: not a whole number: 'many'",
        "P\t1\tFoo\tSYR\t01\t1\t1\t1\tfoo\tfu||bar => g.tsv:3: empty spelling",
        "P\t1\tFoo\tSYR\t01\t1\t1\t1\tfoo => g.tsv:3: expected 10 tab-separated columns, found 9",
    })
    void malformedRowsFailWithTheirLine(String row, String error) {
        String text = HEAD + SYRIA + row + "\n";
        ConfigException e = assertThrows(ConfigException.class,
                () -> Gazetteer.parse(Gazetteer.rows("g.tsv", text), Gazetteer.rows("n.tsv", "")));
        assertTrue(e.getMessage().contains(error), e.getMessage());
    }

    @Test
    void aDuplicateCommonWordFailsWithItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> Gazetteer.parse(
                Gazetteer.rows("g.tsv", HEAD + SYRIA), Gazetteer.rows("n.tsv", "# words\npolice\nmobile\nPolice\n")));
        assertTrue(e.getMessage().contains("n.tsv:4: duplicate spelling 'Police'"), e.getMessage());
    }
}
