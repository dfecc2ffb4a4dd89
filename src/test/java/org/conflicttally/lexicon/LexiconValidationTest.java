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
    void everyFactTypeNeedsBounds() throws IOException {
        String message = failure("bounds.tsv", text -> text.replaceAll("(?m)^kidnapped\t.*\n", ""));
        assertEquals("conf/lexicons/bounds.tsv: no bounds for [kidnapped]", message);
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
        return Stream.of(otherBadRows(), badQuantityRows(), badTimeRows()).flatMap(rows -> rows);
    }

    private static Stream<Arguments> otherBadRows() {
        return Stream.of(
                Arguments.of("actors.tsv", "group\tISL\tIslamic State\tpublic\tdaesh", "duplicate alias 'daesh'"),
                Arguments.of("actors.tsv", "group\tisl\tIslamic State\tpublic\tnew alias", "group code"),
                Arguments.of("actors.tsv", "group\tISL\tIslamic State\tnew alias", "expected 5 tab-separated columns, found 4"),
                Arguments.of("actors.tsv", "group\tXYZREB\tXYZ rebels\tpublic+wikipedia\txyz rebels",
                        "unknown source 'wikipedia' (fa-kes, geonames, public, world-dev, joined with '+')"),
                Arguments.of("actors.tsv", "group\tXYZREB\tXYZ rebels\tpublic+\txyz rebels", "unknown source ''"),
                Arguments.of("actors.tsv", "place\tAROUND\tplace words\tpublic\tvicinity", "place code must be AFTER or BEFORE"),
                Arguments.of("actors.tsv", "place\tAFTER\tplace words\tpublic\tcity", "duplicate alias 'city'"),
                Arguments.of("actors.tsv", "place\tBEFORE\tplace words\tpublic\tfar north",
                        "a place word BEFORE a country is one word, got 'far north'"),
                Arguments.of("places.tsv", "Idlib\tSYR\tprovince", "expected 4 to 5"),
                Arguments.of("places.tsv", "Nowhere\tSYR\ttown\tnowhere", "missing parent (column 5)"),
                Arguments.of("places.tsv", "Nowhere\tSYR\ttown\tnowhere\tAtlantis", "unknown parent 'Atlantis'"),
                Arguments.of("places.tsv", "Nowhere\tTUR\ttown\tnowhere\tIdlib", "parent 'Idlib' lies in SYR, not TUR"),
                Arguments.of("places.tsv", "Atlantis\tATL\tcountry\tatlantis\tSyria", "a country has no parent, got 'Syria'"),
                Arguments.of("places.tsv", "Douma\tSYR\ttown\tdouma town\tRif Dimashq", "duplicate name 'Douma'"),
                Arguments.of("places.tsv", "Nowhere\tSYR\ttown\tnowhere\tNowhere", "parent cycle: Nowhere -> Nowhere"),
                Arguments.of("places.tsv", "Upper\tSYR\tregion\tupper\tLower\nLower\tSYR\ttown\tlower\tUpper",
                        "parent cycle: Upper -> Lower -> Upper"),
                Arguments.of("bounds.tsv", "killed\t100000", "expected 3 tab-separated columns, found 2"),
                Arguments.of("bounds.tsv", "deaths\t100000\t50000000", "unknown type 'deaths'"),
                Arguments.of("bounds.tsv", "none\t100000\t50000000", "unknown type 'none'"),
                Arguments.of("bounds.tsv", "killed\t1e5\t50000000", "not a whole number: '1e5'"),
                Arguments.of("bounds.tsv", "killed\t0\t50000000", "bounds must be positive"),
                Arguments.of("bounds.tsv", "killed\t60000000\t50000000", "one event (60000000) above any report"),
                Arguments.of("bounds.tsv", "killed\t100000\t50000000", "type 'killed' has a row already"),
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
        String message = failure("words.tsv", text -> text.replace("\nanaphoric\tthe|that|this\n", "\n"));
        assertEquals("conf/lexicons/words.tsv: word class 'anaphoric' missing", message);
    }

    private static Stream<Arguments> badQuantityRows() {
        return Stream.of(
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

    private static Arguments row(String file, String row, String problem) {
        return Arguments.of(file, row, problem);
    }

    private static Stream<Arguments> badTimeRows() {
        return Stream.of(
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
