package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflicttally.lexicon.ConfigException;
import org.conflicttally.lexicon.TsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** conf/lexicons/pages.tsv: what the project ships compiles, and a bad line fails with file and line. */
class PageLexiconTest {
    @Test
    void theShippedFileCompilesAndIsTheOneInTheJar() throws IOException {
        String text = Files.readString(Path.of("conf/lexicons/pages.tsv"));
        PageLexicon shipped = PageLexicon.compile(TsvFile.parse("conf/lexicons/pages.tsv", text));
        assertTrue(shipped.isFurnitureClass("share") && !shipped.isFurnitureClass("content"));
        assertTrue(shipped.startsAsFurniture("read more: idlib") && !shipped.startsAsFurniture("readers said"));
        assertEquals(shipped.dateMeta(), PageLexicon.bundled().dateMeta());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "furniture_class\tshare|share; conf/lexicons/pages.tsv:2: duplicate furniture_class 'share'",
            "furniture_class\tshare-bar; conf/lexicons/pages.tsv:2: 'share-bar' is not one class word",
            "widget_class\tx; conf/lexicons/pages.tsv:2: unknown kind 'widget_class'",
            "date_meta\tdate|; conf/lexicons/pages.tsv:2: empty phrase in date_meta",
            "date_meta; conf/lexicons/pages.tsv:2: expected 2 tab-separated columns, found 1"})
    void aBadLineFailsWithFileAndLine(String line, String message) throws IOException {
        String text = Files.readString(Path.of("conf/lexicons/pages.tsv"));
        String bad = text.replaceFirst("\n", "\n" + line.replace("\\t", "\t") + "\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> PageLexicon.compile(TsvFile.parse("conf/lexicons/pages.tsv", bad)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
