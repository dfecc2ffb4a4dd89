package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TxtArticleParserTest {
    private static final Path SEED = Path.of("seeds/000_c68c9f5cbdf4db3c.txt");

    @Test
    void readsTheSeedArticle() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED);
        ParseResult result = TxtArticleParser.parse("file:/corpus/seeds/000_c68c9f5cbdf4db3c.txt", bytes);

        Article a = assertInstanceOf(ParseResult.Accepted.class, result).article();
        assertEquals("000_c68c9f5cbdf4db3c", a.id());
        assertEquals("Syrian regime kills two Turkish soldiers as Idlib onslaught rages on", a.title());
        assertEquals(LocalDate.of(2020, 2, 27), a.published());
        assertTrue(a.text().startsWith("President Erdogan has vowed"), a.text().substring(0, 40));
        String file = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(file.endsWith(a.text()), "the body is kept verbatim");
        assertEquals(0, result.position());
    }

    @Test
    void readsLatin1AsWindows1252WithAWarning() {
        byte[] latin1 = "Caf\u00e9 bombed\n\n27 February 2020\nText".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult.Accepted a = assertInstanceOf(ParseResult.Accepted.class, TxtArticleParser.parse("a.txt", latin1));
        assertEquals("Caf\u00e9 bombed", a.article().title());
        assertEquals(List.of("not UTF-8 (byte 0xE9 at byte 3): read as Windows-1252"), a.warnings());
    }

    @Test
    void rejectsBytesThatAreNotUtf8NorWindows1252() {
        byte[] bytes = "Caf\u00e9 bombed\n\n27 February 2020\nText \u0081".getBytes(StandardCharsets.ISO_8859_1);
        Rejection r = assertInstanceOf(Rejection.class, TxtArticleParser.parse("a.txt", bytes));
        assertEquals("not UTF-8: invalid byte sequence at byte 3, and not Windows-1252 either (a byte it leaves undefined)",
                r.reason());
        assertTrue(r.excerpt().startsWith("Caf"), r.excerpt());
    }

    @Test
    void rejectsBinaryFiles() {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 'x'};
        Rejection r = assertInstanceOf(Rejection.class, TxtArticleParser.parse("archive.txt", binary));
        assertEquals("not text: 4 of 7 characters are control characters (2 NUL), over 1 in 10, the first 0x03 at "
                + "character 2: binary data or UTF-16", r.reason());
        assertEquals("PK\uFFFD\uFFFD\uFFFD\uFFFDx", r.excerpt());
    }

    @Test
    void rejectsAnArticleWithoutDateLine() {
        byte[] bytes = "Title\n\nBody without a date.\n".getBytes(StandardCharsets.UTF_8);
        Rejection r = assertInstanceOf(Rejection.class, TxtArticleParser.parse("dir/x.txt", bytes));
        assertEquals("no publication date", Rejection.kindOf(r.reason()));
        assertEquals("Title Body without a date.", r.excerpt());
    }

    @Test
    void rejectsAnEmptyFile() {
        Rejection r = assertInstanceOf(Rejection.class, TxtArticleParser.parse("e.txt", " \n\n".getBytes()));
        assertEquals("empty file", r.reason());
    }

    @Test
    void dropsAByteOrderMarkAndReadsWindowsLineEnds() {
        byte[] bytes = "\uFEFFTitle\r\n\r\n3 March 2014\r\nBody".getBytes(StandardCharsets.UTF_8);
        Article a = assertInstanceOf(ParseResult.Accepted.class, TxtArticleParser.parse("d/w.txt", bytes)).article();
        assertEquals("Title", a.title());
        assertEquals(LocalDate.of(2014, 3, 3), a.published());
        assertEquals("3 March 2014\r\nBody", a.text());
        assertEquals("w", a.id());
    }
}
