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
import org.junit.jupiter.api.Test;

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

    private static String failure(String file, String appended) throws IOException {
        Map<String, String> m = files();
        m.put(file, m.get(file) + appended);
        int line = m.get(file).split("\n", -1).length - 1;
        ConfigException e = assertThrows(ConfigException.class,
                () -> FactExtractor.compile(LexiconSource.of("conf/lexicons", m)));
        assertTrue(e.getMessage().startsWith("conf/lexicons/" + file + ":" + line + ": "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void theShippedLexiconsLoad() {
        FactExtractor.compile(LexiconSource.fromDirectory(CONF));
        FactExtractor.compile(LexiconSource.bundled());
    }

    @Test
    void duplicateActorAlias() throws IOException {
        assertTrue(failure("actors.tsv", "group\tISL\tIslamic State\tdaesh\n").contains("duplicate alias 'daesh'"));
    }

    @Test
    void badActorCode() throws IOException {
        assertTrue(failure("actors.tsv", "group\tisl\tIslamic State\tnew alias\n").contains("group code"));
    }

    @Test
    void missingColumn() throws IOException {
        assertTrue(failure("places.tsv", "Idlib\tSYR\tprovince\n").contains("expected 4"));
    }

    @Test
    void unknownTriggerForm() throws IOException {
        assertTrue(failure("triggers.tsv", "casualty\tkilled\tadverb\tperson\tfatally\n").contains("unknown form"));
    }

    @Test
    void typeInTwoCategories() throws IOException {
        assertTrue(failure("triggers.tsv", "incident\tkilled\tnoun\tany\tslayings\n").contains("category"));
    }

    @Test
    void numberThatIsNotOne() throws IOException {
        assertTrue(failure("quantities.tsv", "unit\tone-ish\tabout one\n").contains("not a whole number"));
    }

    /** A bad row of a kind the number reader compiles, and what its error says after "file:line: ". */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badQuantityRows() {
        return java.util.stream.Stream.of(
                rows("lexeme\tfoo", "unknown kind 'lexeme'"),
                rows("unit\tone||two\t1", "empty phrase"),
                rows("article\ta lot", "'a lot' is not one word"),
                rows("word_joiner\tand", "duplicate phrase 'and'"),
                rows("fraction_of\tof the", "'of the' is not one word"),
                rows("ordinal_article\tthe", "duplicate phrase 'the'"),
                rows("fraction\tthird\tone third", "not a number: 'one third'"),
                rows("qualifier\tround about\trange", "missing joiners between the two figures of a range (column 4)"),
                rows("qualifier\tat the very least\tat_least\tand", "only a range hedge names joiners"),
                rows("qualifier\tsomewhere near\tnear", "unknown qualifier 'near'"),
                rows("count_joiner\tto", "duplicate phrase 'to'"),
                rows("ordinal\tumpteenth\t1000", "missing plural forms (column 4)"),
                rows("ordinal\tfifth\tfive\tfifths", "not a whole number: 'five'"),
                rows("ordinal_noun\thalf\t2\thalves", "duplicate phrase 'half'"));
    }

    private static org.junit.jupiter.params.provider.Arguments rows(String row, String problem) {
        return org.junit.jupiter.params.provider.Arguments.of(row, problem);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("badQuantityRows")
    void badQuantityRowNamesFileAndLine(String row, String problem) throws IOException {
        String message = failure("quantities.tsv", row + "\n");
        assertTrue(message.contains(": " + problem), message);
    }

    @Test
    void missingFileNamesTheFolder(@org.junit.jupiter.api.io.TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> LexiconSource.fromDirectory(dir));
        assertEquals(dir.resolve("actors.tsv") + ": lexicon file missing", e.getMessage());
    }
}
