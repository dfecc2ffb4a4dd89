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

    @Test
    void missingFileNamesTheFolder(@org.junit.jupiter.api.io.TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> LexiconSource.fromDirectory(dir));
        assertEquals(dir.resolve("actors.tsv") + ": lexicon file missing", e.getMessage());
    }
}
