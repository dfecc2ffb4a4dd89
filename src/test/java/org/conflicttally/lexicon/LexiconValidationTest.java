package org.conflicttally.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.conflicttally.facts.FactExtractor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad lexicon fails at load time, naming the file and the line, before any article is read. */
class LexiconValidationTest {
    private static final Path CONF = Path.of("conf", "lexicons");

    private static Map<String, String> files() throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String f : LexiconSource.FILES) {
            m.put(f, Files.readString(CONF.resolve(f)));
        }
        return m;
    }

    /** Compiles the lexicons with {@code appended} at the end of {@code file}: the error names its last line. */
    private static String failure(String file, String appended) throws IOException {
        String message = failure(file, text -> text + appended);
        int line = (files().get(file) + appended).split("\n", -1).length - 1;
        assertTrue(message.startsWith("conf/lexicons/" + file + ":" + line + ": "), message);
        return message;
    }

    /** The message of the error that compiling the lexicons with {@code file} edited fails with. */
    private static String failure(String file, java.util.function.UnaryOperator<String> edit) throws IOException {
        Map<String, String> m = files();
        m.put(file, edit.apply(m.get(file)));
        ConfigException e = assertThrows(ConfigException.class,
                () -> FactExtractor.compile(LexiconSource.of("conf/lexicons", m)));
        return e.getMessage();
    }

    @Test
    void theShippedLexiconsLoad() {
        FactExtractor.compile(LexiconSource.fromDirectory(CONF));
        FactExtractor.compile(LexiconSource.bundled());
    }

    /** A bad row appended to a shipped file: the error names the file, the row's line and the problem. */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badRows")
    void badRowFailsWithFileAndLine(String file, String row, String problem) throws IOException {
        String message = failure(file, row + "\n");
        assertTrue(message.contains(problem), message);
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("actors.tsv", "group\tISL\tIslamic State\tdaesh", "duplicate alias 'daesh'"),
                Arguments.of("actors.tsv", "group\tisl\tIslamic State\tnew alias", "group code"),
                Arguments.of("places.tsv", "Idlib\tSYR\tprovince", "expected 4 to 5"),
                Arguments.of("places.tsv", "Nowhere\tSYR\ttown\tnowhere", "missing parent (column 5)"),
                Arguments.of("places.tsv", "Nowhere\tSYR\ttown\tnowhere\tAtlantis", "unknown parent 'Atlantis'"),
                Arguments.of("places.tsv", "Nowhere\tTUR\ttown\tnowhere\tIdlib", "parent 'Idlib' lies in SYR, not TUR"),
                Arguments.of("places.tsv", "Atlantis\tATL\tcountry\tatlantis\tSyria", "a country has no parent, got 'Syria'"),
                Arguments.of("places.tsv", "Douma\tSYR\ttown\tdouma town\tRif Dimashq", "duplicate name 'Douma'"),
                Arguments.of("places.tsv", "Nowhere\tSYR\ttown\tnowhere\tNowhere", "parent cycle: Nowhere -> Nowhere"),
                Arguments.of("places.tsv", "Upper\tSYR\tregion\tupper\tLower\nLower\tSYR\ttown\tlower\tUpper",
                        "parent cycle: Upper -> Lower -> Upper"),
                Arguments.of("triggers.tsv", "casualty\tkilled\tadverb\tperson\tfatally", "unknown form"),
                Arguments.of("triggers.tsv", "incident\tkilled\tnoun\tany\tslayings", "category"),
                Arguments.of("quantities.tsv", "unit\tone-ish\tabout one", "not a whole number"),
                Arguments.of("cues.tsv", "object_lead\tsome", "duplicate phrase"),
                Arguments.of("words.tsv", "adverb\tquickly", "unknown word class 'adverb'"),
                Arguments.of("words.tsv", "perfect\thave|has", "word class 'perfect' given twice"),
                Arguments.of("words.tsv", "joiner\tand\tor", "expected 2"));
    }

    @Test
    void wordClassHoldsOneTokenAWord() throws IOException {
        String message = failure("words.tsv", text -> text.replace("\nperfect\thave|has|had\n", "\nperfect\thave been|has\n"));
        assertTrue(message.matches("conf/lexicons/words\\.tsv:\\d+: 'have been' is not one lower-case token"), message);
    }

    @Test
    void everyWordClassIsGiven() throws IOException {
        String message = failure("words.tsv", text -> text.replace("\nduring\tduring\n", "\n"));
        assertEquals("conf/lexicons/words.tsv: word class 'during' missing", message);
    }

    @Test
    void missingFileNamesTheFolder(@org.junit.jupiter.api.io.TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> LexiconSource.fromDirectory(dir));
        assertEquals(dir.resolve("actors.tsv") + ": lexicon file missing", e.getMessage());
    }
}
