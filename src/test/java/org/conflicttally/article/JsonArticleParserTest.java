package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonArticleParserTest {
    private final JsonArticleParser parser = new JsonArticleParser(ArticleFields.DEFAULTS);

    @Test
    void readsEveryLineOfTheFaKesSample() throws IOException {
        List<String> lines = sample();
        assertEquals(9, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ParseResult result = parser.parse("fa-kes-sample.jsonl", i + 1, lines.get(i));
            Article a = assertInstanceOf(ParseResult.Accepted.class, result, lines.get(i)).article();
            assertTrue(a.id().startsWith("fakes-"), a.id());
            assertTrue(a.text().length() > 200, a.id());
            assertEquals(i + 1, result.position());
        }
        Article first = ((ParseResult.Accepted) parser.parse("f", 1, lines.get(0))).article();
        assertEquals("fakes-1914947530", first.id());
        assertEquals("nna", first.source());
        assertEquals(LocalDate.of(2017, 4, 5), first.published());
        assertEquals("Syria attack symptoms consistent with nerve agent use WHO", first.title());
        assertNull(first.url());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"id\": \"a\", \"published\": \"2020-02-27\", \"text\": \"Two killed\"   | malformed JSON",
        "[1, 2]                                                                   | not a JSON object",
        "{\"id\": \"a\", \"published\": \"2020-02-27\"}{\"id\": \"b\"}           | malformed JSON",
        "{\"id\": \"a\", \"published\": \"2020-02-27\", \"text\": \" \"}         | missing text",
        "{\"id\": \"a\", \"published\": \"2020-02-27\", \"text\": {\"p\": 1}}    | missing text",
        "{\"id\": \"a\", \"text\": \"Two killed\"}                                | no publication date",
        "{\"id\": \"a\", \"published\": \"last week\", \"text\": \"Two killed\"}  | unparseable date",
    })
    void rejectsBadRecordsWithAReasonAndExcerpt(String line, String kind) {
        Rejection r = assertInstanceOf(Rejection.class, parser.parse("in.jsonl", 7, line));
        assertEquals(kind, Rejection.kindOf(r.reason()), r.reason());
        assertEquals(7, r.position());
        assertEquals("in.jsonl", r.input());
        assertEquals(line.strip(), r.excerpt());
    }

    @Test
    void excerptsAreCappedAt200Characters() {
        String line = "{\"text\": \"" + "x".repeat(500) + "\"}";
        Rejection r = assertInstanceOf(Rejection.class, parser.parse("in.jsonl", 1, line));
        assertEquals(Rejection.EXCERPT_CHARS, r.excerpt().length());
    }

    @Test
    void rejectsLinesThatAreNotUtf8() {
        byte[] bytes = "{\"text\": \"Caf\u00e9\u0081\"}".getBytes(StandardCharsets.ISO_8859_1);   // 0x81: not Windows-1252
        Rejection r = assertInstanceOf(Rejection.class, parser.parse("in.jsonl", 3, bytes, bytes.length));
        assertEquals("not UTF-8", Rejection.kindOf(r.reason()));
    }

    @Test
    void readsBytesOfAValidLine() {
        byte[] bytes = "{\"id\": 42, \"date\": \"Mar 3, 2014\", \"body\": \"Caf\u00e9 hit\"} trailing".getBytes(StandardCharsets.UTF_8);
        int length = bytes.length - " trailing".length();   // Hadoop's Text buffers are longer than the line
        Article a = assertInstanceOf(ParseResult.Accepted.class, parser.parse("in.jsonl", 1, bytes, length)).article();
        assertEquals("42", a.id());
        assertEquals(LocalDate.of(2014, 3, 3), a.published());
        assertEquals("Caf\u00e9 hit", a.text());
    }

    @Test
    void derivesAStableIdFromTheUrlElseTheText() {
        Article byUrl = article("{\"url\": \"https://x.org/a\", \"published\": \"2020-02-27\", \"text\": \"T\"}");
        Article sameUrl = article("{\"url\": \"https://x.org/a\", \"published\": \"2020-02-28\", \"text\": \"U\"}");
        Article byText = article("{\"published\": \"2020-02-27\", \"text\": \"T\"}");
        assertEquals(byUrl.id(), sameUrl.id());
        assertNotEquals(byUrl.id(), byText.id());
        assertTrue(byText.id().matches("sha256-[0-9a-f]{16}"), byText.id());
    }

    @Test
    void usesConfiguredFieldNames() {
        JsonArticleParser custom = new JsonArticleParser(new ArticleFields("doc_id", "link", "outlet", "headline",
                List.of("pub_date"), List.of("article_body")));
        ParseResult result = custom.parse("in.jsonl", 1, "{\"doc_id\": \"d1\", \"link\": \"u\", \"outlet\": \"o\","
                + " \"headline\": \"h\", \"pub_date\": \"26.11.2014\", \"article_body\": \"b\"}");
        Article a = assertInstanceOf(ParseResult.Accepted.class, result).article();
        assertEquals(new Article("d1", "o", "u", "h", LocalDate.of(2014, 11, 26), "b"), a);
    }

    @Test
    void theDateFormatAndIdPrefixApplyToJsonLinesToo() {
        JsonArticleParser us = new JsonArticleParser(new ArticleFields("unit_id", "url", "source", "title",
                List.of("date"), List.of("text"), "M/d/yyyy", "fakes-"));
        Article a = assertInstanceOf(ParseResult.Accepted.class, us.parse("in.jsonl", 1,
                "{\"unit_id\": 1914947530, \"date\": \"4/5/2017\", \"text\": \"Two killed\"}")).article();
        assertEquals("fakes-1914947530", a.id());
        assertEquals(LocalDate.of(2017, 4, 5), a.published());
        Rejection r = assertInstanceOf(Rejection.class, us.parse("in.jsonl", 2,
                "{\"unit_id\": 1, \"date\": \"2017-04-05\", \"text\": \"Two killed\"}"));
        assertEquals("unparseable date: \"2017-04-05\" (expected M/d/yyyy)", r.reason());
    }

    private Article article(String json) {
        return assertInstanceOf(ParseResult.Accepted.class, parser.parse("in.jsonl", 1, json)).article();
    }

    private static List<String> sample() throws IOException {
        try (InputStream in = JsonArticleParserTest.class.getResourceAsStream("/article/fa-kes-sample.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
