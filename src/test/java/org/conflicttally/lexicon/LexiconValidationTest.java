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

    /** A bad row of quantities.tsv or times.tsv, and what its error says after "file:line: ". */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badRows() {
        return java.util.stream.Stream.concat(badQuantityRows(), badTimeRows());
    }

    private static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badQuantityRows() {
        return java.util.stream.Stream.of(
                row("quantities.tsv", "lexeme\tfoo", "unknown kind 'lexeme'"),
                row("quantities.tsv", "unit\tone||two\t1", "empty phrase"),
                row("quantities.tsv", "article\ta lot", "'a lot' is not one word"),
                row("quantities.tsv", "word_joiner\tand", "duplicate phrase 'and'"),
                row("quantities.tsv", "fraction_of\tof the", "'of the' is not one word"),
                row("quantities.tsv", "ordinal_article\tthe", "duplicate phrase 'the'"),
                row("quantities.tsv", "fraction\tthird\tone third", "not a number: 'one third'"),
                row("quantities.tsv", "qualifier\tround about\trange",
                        "missing joiners between the two figures of a range (column 4)"),
                row("quantities.tsv", "qualifier\tat the very least\tat_least\tand",
                        "only a range hedge names joiners"),
                row("quantities.tsv", "qualifier\tsomewhere near\tnear", "unknown qualifier 'near'"),
                row("quantities.tsv", "count_joiner\tto", "duplicate phrase 'to'"),
                row("quantities.tsv", "ordinal\tumpteenth\t1000", "missing plural forms (column 4)"),
                row("quantities.tsv", "ordinal\tfifth\tfive\tfifths", "not a whole number: 'five'"),
                row("quantities.tsv", "ordinal_noun\thalf\t2\thalves", "duplicate phrase 'half'"));
    }

    private static org.junit.jupiter.params.provider.Arguments row(String file, String row, String problem) {
        return org.junit.jupiter.params.provider.Arguments.of(file, row, problem);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.MethodSource("badRows")
    void badRowNamesFileAndLine(String file, String row, String problem) throws IOException {
        String message = failure(file, row + "\n");
        assertTrue(message.contains(": " + problem), message);
    }

    private static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badTimeRows() {
        return java.util.stream.Stream.of(
                row("times.tsv", "season\tspring", "unknown kind 'season'"),
                row("times.tsv", "weekday\tmonday\t1", "duplicate word 'monday'"),
                row("times.tsv", "weekday\tfunday\t8", "day of the week 8 is not in 1..7"),
                row("times.tsv", "weekday_capitalized\tsaturdays\tsix", "not a whole number: 'six'"),
                row("times.tsv", "month\tsmarch\t13", "month 13 is not in 1..12"),
                row("times.tsv", "month\tjune2\t6\tverb", "unknown month flag 'verb'"),
                row("times.tsv", "month_abbreviation\tjan\t1", "duplicate word 'jan'"),
                row("times.tsv", "month_abbreviation\tmid may\t5", "'mid may' is not one word"),
                row("times.tsv", "day_offset\tthe day before\t-1", "'the day before' is not one word"),
                row("times.tsv", "day_offset\tfortnight\t-99", "day offset -99 is not in -31..31"),
                row("times.tsv", "period\tdecade\tdecade", "unknown period 'decade'"),
                row("times.tsv", "previous\tlast", "duplicate word 'last'"),
                row("times.tsv", "month_preposition\tin||on", "empty phrase in words"),
                row("times.tsv", "day_suffix", "missing words (column 2)"));
    }

    @Test
    void missingTimesFileNamesIt(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        for (String f : LexiconSource.FILES) {
            if (!f.equals("times.tsv")) {
                Files.copy(CONF.resolve(f), dir.resolve(f));
            }
        }
        ConfigException e = assertThrows(ConfigException.class, () -> LexiconSource.fromDirectory(dir));
        assertEquals(dir.resolve("times.tsv") + ": lexicon file missing", e.getMessage());
    }

    @Test
    void missingFileNamesTheFolder(@org.junit.jupiter.api.io.TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> LexiconSource.fromDirectory(dir));
        assertEquals(dir.resolve("actors.tsv") + ": lexicon file missing", e.getMessage());
    }
}
