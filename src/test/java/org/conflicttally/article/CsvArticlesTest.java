package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV files to articles and rejects: RFC 4180 quoting, line numbers, and every row accounted for. */
class CsvArticlesTest {
    private static final String HEADER = "unit_id,article_title,article_content,source,date\n";
    private static final FieldArticles FA_KES = new FieldArticles(new ArticleFields("unit_id", "url", "source",
            "article_title", List.of("date"), List.of("article_content"), "M/d/yyyy", ""));
    private static final int MAX = 200;

    /** Each case: the file, then each record's outcome as "line id" or "line reason-kind" (0: the file). */
    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("plain rows", HEADER
                        + "1,Title,Two killed in Idlib,nna,4/5/2017\n2,T2,Three wounded,sana,12/31/2016\n",
                        List.of("2 1", "3 2")),
                Arguments.of("quoted fields with commas and doubled quotes", HEADER
                        + "1,\"Raid, then \"\"calm\"\"\",\"Two killed, \"\"at least\"\" five wounded\",nna,4/5/2017\n",
                        List.of("2 1")),
                Arguments.of("a line break inside a quoted field: the next record starts two lines on", HEADER
                        + "1,T,\"First paragraph.\nSecond paragraph.\",nna,4/5/2017\n2,T,Body,nna,4/5/2017\n",
                        List.of("2 1", "4 2")),
                Arguments.of("CRLF line ends", HEADER.replace("\n", "\r\n")
                        + "1,T,Body,nna,4/5/2017\r\n2,T,\"Two\r\nlines\",nna,4/5/2017\r\n",
                        List.of("2 1", "3 2")),
                Arguments.of("a byte-order mark before the header", "\uFEFF" + HEADER + "1,T,Body,nna,4/5/2017\n",
                        List.of("2 1")),
                Arguments.of("no line break after the last row; blank lines are no records", HEADER
                        + "\n1,T,Body,nna,4/5/2017\n   \n2,T,Body,nna,4/5/2017",
                        List.of("3 1", "5 2")),
                Arguments.of("a short row and a long row", HEADER
                        + "1,T,Body,nna\n2,T,Body,nna,4/5/2017,extra\n3,T,Body,nna,4/5/2017\n",
                        List.of("2 malformed CSV", "3 malformed CSV", "4 3")),
                Arguments.of("text after a closing quote", HEADER
                        + "1,\"T\"x,Body,nna,4/5/2017\n2,T,Body,nna,4/5/2017\n",
                        List.of("2 malformed CSV", "3 2")),
                Arguments.of("a quote left open at the end of the file", HEADER
                        + "1,T,Body,nna,4/5/2017\n2,T,\"Body,nna,4/5/2017\n3,T,Body,nna,4/5/2017\n",
                        List.of("2 1", "3 malformed CSV")),
                Arguments.of("a quote inside an unquoted field is kept", HEADER + "1,T,A 5\" shell,nna,4/5/2017\n",
                        List.of("2 1")),
                Arguments.of("empty text, no date, a date of another format, an impossible day", HEADER
                        + "1,T,,nna,4/5/2017\n2,T,Body,nna,\n3,T,Body,nna,2017-04-05\n4,T,Body,nna,2/30/2017\n"
                        + "5,T,Body,nna,4/5/1017\n",
                        List.of("2 missing text", "3 no publication date", "4 unparseable date",
                                "5 unparseable date", "6 implausible publication date")),
                Arguments.of("a row over the size limit, then a good one", HEADER
                        + "1,T," + "x".repeat(MAX) + ",nna,4/5/2017\n2,T,Body,nna,4/5/2017\n",
                        List.of("2 too long", "3 2")),
                Arguments.of("a NUL byte", HEADER + "1,T,Bo\0dy,nna,4/5/2017\n2,T,Body,nna,4/5/2017\n",
                        List.of("2 not text", "3 2")),
                Arguments.of("a header only", HEADER, List.of("0 empty file")),
                Arguments.of("nothing at all", "\n\n", List.of("0 empty file")),
                Arguments.of("a header with a quote left open", "unit_id,\"article_title\n1,T,Body,nna,4/5/2017\n",
                        List.of("1 malformed CSV header")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyRowIsAnArticleOrAReject(String name, String csv, List<String> expected) throws IOException {
        assertEquals(expected, outcomes(read(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void fieldsReadAsTheyAreWritten() throws IOException {
        List<ParseResult> results = read((HEADER + "1914947530,\"Raid, then \"\"calm\"\"\",\"Line one.\r\n\r\n"
                + "Line \"\"two\"\".\",nna,4/5/2017\n").getBytes(StandardCharsets.UTF_8));
        Article a = assertInstanceOf(ParseResult.Accepted.class, results.get(0)).article();
        assertEquals(new Article("1914947530", "nna", null, "Raid, then \"calm\"", LocalDate.of(2017, 4, 5),
                "Line one.\r\n\r\nLine \"two\"."), a);
    }

    @Test
    void windows1252RowsAreReadWithAWarning() throws IOException {
        byte[] bytes = (HEADER + "1,T,Caf\u00e9 shelled,nna,4/5/2017\n").getBytes(StandardCharsets.ISO_8859_1);
        ParseResult.Accepted a = assertInstanceOf(ParseResult.Accepted.class, read(bytes).get(0));
        assertEquals("Caf\u00e9 shelled", a.article().text());
        assertTrue(a.warnings().get(0).contains("read as Windows-1252"), a.warnings().toString());
    }

    @Test
    void rejectsSayWhatIsWrongAndShowTheRow() throws IOException {
        List<ParseResult> results = read((HEADER + "1,T,Body,nna\n1,T,\"open,nna,4/5/2017\n")
                .getBytes(StandardCharsets.UTF_8));
        Rejection shortRow = assertInstanceOf(Rejection.class, results.get(0));
        assertEquals("malformed CSV: 4 fields where the header has 5", shortRow.reason());
        assertEquals("1,T,Body,nna", shortRow.excerpt());
        Rejection open = assertInstanceOf(Rejection.class, results.get(1));
        assertTrue(open.reason().startsWith("malformed CSV: unbalanced quote: a quoted field is still open at the end"
                + " of the file"), open.reason());
        assertEquals("in.csv", open.input());
    }

    @Test
    void dateFormatsAreStrictAndBadPatternsFailAtOnce() {
        PublishedFormat us = PublishedFormat.of("M/d/yyyy");
        assertEquals(LocalDate.of(2017, 4, 5), us.parseAnyYear("4/5/2017"));
        assertEquals(LocalDate.of(2016, 12, 31), us.parseAnyYear(" 12/31/2016 "));
        assertEquals(null, us.parseAnyYear("2/30/2017"));
        assertEquals(null, us.parseAnyYear("4/5/2017 10:30"));
        assertEquals(LocalDate.of(2017, 4, 5), PublishedFormat.of("yyyy-MM-dd HH:mm:ss").parseAnyYear("2017-04-05 23:10:00"));
        assertEquals(LocalDate.of(2020, 2, 27), PublishedFormat.of("auto").parseAnyYear("27 February 2020"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PublishedFormat.of("M/d/yyyy qq{"))
                .getMessage().startsWith("bad date format 'M/d/yyyy qq{'"));
        assertThrows(IllegalArgumentException.class, () -> PublishedFormat.of("yyyy-MM"));
    }

    private static List<ParseResult> read(byte[] bytes) throws IOException {
        CsvArticles csv = new CsvArticles("in.csv", new ByteArrayInputStream(bytes), FA_KES, MAX);
        List<ParseResult> results = new ArrayList<>();
        for (ParseResult r = csv.next(); r != null; r = csv.next()) {
            results.add(r);
        }
        return results;
    }

    private static List<String> outcomes(List<ParseResult> results) {
        return results.stream().map(r -> r.position() + " " + (r instanceof Rejection j ? Rejection.kindOf(j.reason())
                : ((ParseResult.Accepted) r).article().id())).toList();
    }
}
