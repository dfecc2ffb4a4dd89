package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scraped text with what scrapers leave in it (FA-KES sentences with control bytes, terminal colour codes
 * and invisible characters put in where scrapers put them): cleaned, kept, and reported once.
 */
class ScrapedTextTest {
    private final JsonArticleParser parser = new JsonArticleParser(ArticleFields.DEFAULTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as scraped (ESC written as \u001b) | cleaned | controls | sequences | first removed
        "Jalloum: \u001b[31mOver 1 000 civilians\u001b[0m have been killed. | Jalloum: Over 1 000 civilians have been killed. | 0 | 2 | \\x1b[31m",
        "[31m31 people killed[0m in Aleppo. | 31 people killed in Aleppo. | 0 | 2 | [31m",
        "SANA: \u001b]0;SANA news\u0007Seven people were killed. | SANA: Seven people were killed. | 0 | 1 | \\x1b]0;SANA news\\x07",
        "Idlib: \u001b[1;33mSeven\u001b[0m people\u0001 were killed. | Idlib: Seven people were killed. | 1 | 2 | \\x1b[1;33m",
        "Seven people\u0000 were killed\u007f in Idlib. | Seven people were killed in Idlib. | 2 | 0 | \\x00",
        "Two killed\u001b in Homs. | Two killed in Homs. | 1 | 0 | \\x1b",
        "Two killed\u001bin Homs. | Two killedin Homs. | 1 | 0 | \\x1b",
        "Shelling \u001b(Bkilled two. | Shelling killed two. | 0 | 1 | \\x1b(B",
        "The raid left 1\u200b200 wounded and kil\u00adled 3. | The raid left 1200 wounded and killed 3. | 0 | 0 | ",
        "A budget of [2m] dollars and [31 killed. | A budget of [2m] dollars and [31 killed. | 0 | 0 | ",
    })
    void removesWhatScrapersLeave(String scraped, String cleaned, int controls, int sequences, String first) {
        ScrapedText.Cleaned c = ScrapedText.clean(scraped);
        assertEquals(cleaned, c.text());
        assertEquals(controls, c.controls());
        assertEquals(sequences, c.sequences());
        assertEquals(first, c.first());
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String s = "Seven people were killed in Idlib on Monday [SANA].\n\tTabs, \r\n line ends\f and form feeds stay.";
        assertSame(s, ScrapedText.clean(s).text());
    }

    @Test
    void aJsonRecordWithAStrayControlByteIsAnArticleWithAWarning() {
        // a raw ESC inside the string (invalid JSON, as scrapers write it) and an escaped one
        String json = "{\"id\": \"f1\", \"published\": \"2016-05-01\", \"title\": \"Aleppo\", "
                + "\"text\": \"\u001b[31mOver 1 000\u001b[0m civilians have been killed.\\u0007\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ParseResult.Accepted a = assertInstanceOf(ParseResult.Accepted.class, parser.parse("in.jsonl", 3, bytes, bytes.length));
        assertEquals("Over 1 000 civilians have been killed.", a.article().text());
        assertEquals(List.of("removed 1 control character and 2 terminal escape sequences from the article, the first "
                + "(\\x1b[31m) at char 8: article kept"), a.warnings());
    }

    @Test
    void aTxtFileWithEscapeSequencesIsAnArticleWithAWarning() {
        byte[] bytes = "Aleppo \u001b[1mshelling\u001b[0m\n\n1 May 2016\nSeven people were killed.\u0002\n"
                .getBytes(StandardCharsets.UTF_8);
        ParseResult.Accepted a = assertInstanceOf(ParseResult.Accepted.class, TxtArticleParser.parse("x.txt", bytes));
        assertEquals("Aleppo shelling", a.article().title());
        assertEquals(List.of("removed 1 control character and 2 terminal escape sequences from the file, the first "
                + "(\\x1b[1m) at char 7: article kept"), a.warnings());
    }

    @Test
    void windows1252TextWithAStrayByteIsAnArticleWithBothWarnings() {
        // was "not text: control byte 0x1B": one byte lost the whole article
        byte[] bytes = "Caf\u00e9 shelled\n\n27 February 2020\nTwo civilians\u001b were killed in the caf\u00e9."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ParseResult.Accepted a = assertInstanceOf(ParseResult.Accepted.class, TxtArticleParser.parse("latin1.txt", bytes));
        assertEquals("27 February 2020\nTwo civilians were killed in the caf\u00e9.", a.article().text());
        assertEquals(List.of("not UTF-8 (byte 0xE9 at byte 3): read as Windows-1252", "removed 1 control character from "
                + "the file, the first (\\x1b) at char 44: article kept"), a.warnings());
    }

    @Test
    void textThatIsMostlyControlCharactersIsBinary() {
        String json = "{\"id\": \"b\", \"published\": \"2016-05-01\", \"text\": \"" + "\\u0000\\u0001ab".repeat(20) + "\"}";
        Rejection r = assertInstanceOf(Rejection.class, parser.parse("in.jsonl", 1, json));
        assertEquals("not text: 40 of 80 characters of the text field are control characters, over 1 in 10, "
                + "the first (\\x00): binary data", r.reason());
        // one in ten is still text
        String some = "{\"id\": \"b\", \"published\": \"2016-05-01\", \"text\": \"" + "\\u0001abcdefghi".repeat(20) + "\"}";
        assertInstanceOf(ParseResult.Accepted.class, parser.parse("in.jsonl", 1, some));
    }

    @Test
    void colourCodesDoNotMakeTextBinary() {
        String line = "\u001b[31mkilled\u001b[0m ".repeat(50);
        assertNull(ScrapedText.binaryProblem(line, "character", true));
        assertTrue(ScrapedText.binaryProblem("\u0000a".repeat(50), "character", true).startsWith("not text: 50 of 100"));
    }
}
