package org.conflicttally.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped actors.tsv on names as real reports write them (world dev: Wikipedia's lists of terrorist
 * incidents; FA-KES): the code a name gets where it starts in its sentence, the countries named as
 * places, and the names read inside longer ones.
 */
class ActorLexiconTest {
    private static ActorLexicon lex;

    @BeforeAll
    static void compile() throws IOException {
        Path file = Path.of("conf", "lexicons", "actors.tsv");
        lex = ActorLexicon.compile(TsvFile.parse(file.toString(), Files.readString(file)));
    }

    /** What the lexicon reads where {@code name} starts in {@code sentence}: a code, place:ISO, or '-'. */
    private static String readAt(String sentence, String name) {
        Tokens t = Tokens.of(sentence);
        Tokens n = Tokens.of(name);
        for (int i = 0; i + n.size() <= t.size(); i++) {
            boolean same = true;
            for (int k = 0; k < n.size() && same; k++) {
                same = t.raw(i + k).equals(n.raw(k));
            }
            if (same) {
                ActorMention m = lex.match(t, i, t.size());
                return m == null ? "-" : m.place() ? "place:" + m.country() : m.code();
            }
        }
        throw new AssertionError("'" + name + "' is not in: " + sentence);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // sentence | where the name starts | what the lexicon reads there
        "20 Afghan National Army (ANA) soldiers were killed. | Afghan | AFGMIL",
        "20 Afghan National Army (ANA) soldiers were killed. | ANA | AFGMIL",
        "Eight Afghan Local Police personnel manning a check-post have been killed. | Afghan | AFGMIL",
        "Four Assam Rifles personnel were killed in an ambush by militants of the National Socialist Council of Nagaland. | Assam | INDMIL",
        "Four Assam Rifles personnel were killed in an ambush by militants of the National Socialist Council of Nagaland. | National | INDREB",
        "Two Central Reserve Police Force personnel were killed. | Central | INDMIL",
        "Four CRPF men were wounded in a grenade attack in Qazigund market. Lashkar-e-Taiba claimed responsibility. | CRPF | INDMIL",
        "Four CRPF men were wounded in a grenade attack in Qazigund market. Lashkar-e-Taiba claimed responsibility. | Lashkar-e-Taiba | INDREB",
        "Naxalites (Maoist guerrillas) triggered a landmine that killed at least twenty-six policemen in Jharkhand. | Naxalites | INDREB",
        "Nigerian troops neutralised four suspected Boko Haram suicide bombers. | Nigerian | NGAMIL",
        "Nigerian troops neutralised four suspected Boko Haram suicide bombers. | Boko | NGAREB",
        "Boko Haram militants burned 60 houses, shot four villagers dead, and abducted one child. | Boko | NGAREB",
        "Pakistani security forces killed 12 militants. | Pakistani | PAKMIL",
        "At least three levies personnel died in a motorcycle bomb blast. | levies | PAKMIL",
        "The Jihadi group Hizbul Ahrar claimed responsibility and claimed killing 1 and injuring 4. | Hizbul | PAKREB",
        "Two police were killed in an attack claimed by Tehrik-i-Taliban Pakistan. | Tehrik-i-Taliban | PAKREB",
        "Two Iraqi policemen were killed by a roadside bomb. | Iraqi | IRQMIL",
        "Two Turkish soldiers were killed in a PKK ambush in the Semdinli department of Hakkari Province. | PKK | KUR",
        "Eight soldiers were killed in a bomb attack. Kurdistan Workers' Party was blamed for the attack. | Kurdistan | KUR",
        "The IRA kills 5 British soldiers in a roadside bomb attack in Tullyvallen, Northern Ireland. | IRA | GBRREB",
        "The IRA kills 5 British soldiers in a roadside bomb attack in Tullyvallen, Northern Ireland. | British | GBRMIL",
        "A bomb planted by the Provisional IRA explodes in London, injuring three people. | Provisional | GBRREB",
        "ETA planted a bomb in the under-construction Lemoniz nuclear reactor, killing two workers. | ETA | ESPREB",
        "Six policemen were killed in an ambush staged by suspected New People's Army (NPA) rebels. | New | PHLREB",
        "Six policemen were killed in an ambush staged by suspected New People's Army (NPA) rebels. | NPA | PHLREB",
        "Nine people were killed, while 16 others were wounded after Abu Sayyaf bandits attacked a village. | Abu | PHLREB",
        "The Allied Democratic Forces (ADF) attacked Congolese army positions. | Allied | CODREB",
        "The Allied Democratic Forces (ADF) attacked Congolese army positions. | ADF | CODREB",
        "The Allied Democratic Forces (ADF) attacked Congolese army positions. | Congolese | CODMIL",
        "LTTE gunmen shoot dead 146 Sinhalese civilians. | LTTE | LKAREB",
        "Three soldiers were killed after an attack by Shining Path in the country's south-central region. | Shining | PERREB",
        "Seven Ukrainian servicemen are killed in suspected attacks by pro-Russian rebels | Ukrainian | UKRMIL",
        "Seven Ukrainian servicemen are killed in suspected attacks by pro-Russian rebels | pro-Russian | UKRREB",
        "An MRLS attack was launched by pro-Russian forces associated with the Donetsk People's Republic. | Donetsk | UKRREB",
        "Ansaroul Islam terrorists killed five people in three different attacks. | Ansaroul | BFAREB",
        "Eleven soldiers were killed in an attack claimed by Jama'at Nasr al-Islam wal Muslimin. | Jama | AQA",
        "Militants from the IS-affiliated Wilayat Sayna organization attacked 21 Egyptian security positions. | Wilayat | ISL",
        "A group of men belonging to the ISIL raided the University of Anbar killing three guards. | ISIL | ISL",
        "Al-Shabaab militants killed four Kenyan soldiers. | Al-Shabaab | SOMREB",
        "Al-Shabaab militants killed four Kenyan soldiers. | Kenyan | KENMIL",
        "14 Iranian security officers including members of the IRGC were kidnapped by Jaish ul-Adl terrorists. | Jaish | IRNREB",
        "An Anti-balaka militia attacked a Muslim village of Fulani tribesmen, killing at least 18 people. | Anti-balaka | CAFREB",
        "Guerillas of the National Liberation Army (ELN) killed two farmers in the municipality of Tame. | National | COLREB",
        "One official of the INPEC was shot dead by members of the Popular Liberation Army. | Popular | COLREB",
        "Gunmen of the Sinaloa cartel killed 14 police officers. | Sinaloa | MEXCRM",
        "Presumed Ansar-al-Sunna attacked a village in the Nangade district using machetes killing 12 villagers. | Ansar-al-Sunna | MOZREB",
        "A bomb explodes in a TV station, placed by the Ulster Volunteer Force. | Ulster | GBRREB",
        // a bare country alias next to a place word is a place, never an actor
        "A car bomb in the central Iraqi city of Ramadi killed at least 7 people. | Iraqi | place:IRQ",
        "A car bomb exploded in the city of Azaz in northern Syria, killing 6 people. | Syria | place:SYR",
        "A bomb killed two in the Afghan capital. | Afghan | place:AFG",
        "Several dozen gunmen attacked an army outpost near the Malian border. | Malian | place:MLI",
        "At least 20 Syrian rebels were killed in a blast at a border crossing. | Syrian | SYRREB",
        // a name inside a longer one is read once, where the longer one starts
        "South Sudanese soldiers clashed with rebels. | Sudanese | -",
        "South Sudanese soldiers clashed with rebels. | South | SSDMIL",
        "Fierce clashes between the Free Syrian Army and ISIL. | Free | SYRREB",
        "A bomb exploded in Port Moresby, Papua New Guinea. | Guinea | -",
        "Clashes between the Pakistani Taliban and the army. | Pakistani | PAKREB",
        "Two policemen were killed by the Tehreek-e-Taliban Pakistan in Peshawar. | Pakistan | -",
        // acronyms that are also words match only in capitals
        "The eta of the convoy was noon. | eta | -",
        "Tax-free savings in an ira. | ira | -",
        // historical names go to today's state
        "A bomb was placed at a West German army barracks. | West | DEUMIL",
    })
    void readsTheNameWhereItStarts(String sentence, String name, String expected) {
        assertEquals(expected, readAt(sentence, name), sentence);
    }

    @Test
    void everyCountryHasADisplayName() {
        assertEquals("Burkina Faso (armed forces, security forces, police)", lex.displayName("BFAMIL"));
        assertEquals("Mexican drug cartels", lex.displayName("MEXCRM"));
        assertEquals("Burkina Faso", lex.displayName("BFA"));
        assertEquals("Ivory Coast", lex.displayName("CIV"));
    }

    @Test
    void placeWordsAreNoActorNames() {
        Tokens t = Tokens.of("the city was shelled from the north");
        for (int i = 0; i < t.size(); i++) {
            assertEquals(null, lex.match(t, i, t.size()), t.raw(i));
        }
        assertTrue(lex.words().contains("northern"), "place words are in the vocabulary the trie is indexed with");
    }
}
