package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Titles, dates and charsets as pages declare them. */
class PageMetadataTest {
    private static final PageMetadata METADATA = new PageMetadata(PageLexicon.bundled());

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("<meta property=\"article:published_time\" content=\"2020-02-27T23:42:00-05:00\">"
                        + "<meta name=\"date\" content=\"2020-03-01\">", "2020-02-27", "meta article:published_time"),
                Arguments.of("<meta itemprop=\"datePublished\" content=\"2019-10-09\">", "2019-10-09", "meta datepublished"),
                Arguments.of("<meta name=\"DC.date.issued\" content=\"2015-09-30\">", "2015-09-30", "meta dc.date.issued"),
                Arguments.of("<meta property=\"article:published_time\" content=\"0000-00-00\">"
                        + "<meta name=\"parsely-pub-date\" content=\"2018-04-14T01:00:00Z\">", "2018-04-14", "meta parsely-pub-date"),
                Arguments.of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Aleppo \"siege\" ends\","
                        + "\"datePublished\":\"2016-12-22T18:00:00+03:00\",}</script>", "2016-12-22", "JSON-LD datePublished"),
                Arguments.of("<time datetime=\"2018-02-20\">20 Feb</time><time pubdate datetime=\"2018-02-21T08:00\">Feb 21</time>",
                        "2018-02-21", "<time>"),
                Arguments.of("<span class=\"date\"><time>Monday, 3 March 2014</time></span>", "2014-03-03", "<time>"),
                Arguments.of("<p>Posted 3 days ago</p>", null, null));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void readsThePublicationDateFromTheMetadata(String html, String date, String from) {
        PageMetadata.Found found = METADATA.read(Jsoup.parse("<html><head></head><body>" + html + "</body></html>"));

        assertEquals(date == null ? null : LocalDate.parse(date), found.published(), html);
        assertEquals(from, found.dateFrom(), html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "<meta property='og:title' content=' Turkey vows response '><title>x | Site</title><h1>H</h1>; Turkey vows response",
            "<title>Page | Site</title><h1>Aleppo  bus   convoy bombing</h1>; Aleppo bus convoy bombing",
            "<title>Ghouta attack kills 19 | Levant Observer</title>; Ghouta attack kills 19",
            "<title>Homs families return \u00ab Syria Daily Monitor</title>; Homs families return",
            "<meta property='og:site_name' content='Gulf Wire'><title>Toll rises to 126 - Gulf Wire</title>; Toll rises to 126",
            "<title>Syria - Turkey talks fail</title>; Syria - Turkey talks fail"})
    void readsTheTitle(String html, String title) {
        assertEquals(title, METADATA.read(Jsoup.parse("<html><head>" + html + "</head><body></body></html>")).title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "caf\u00e9; UTF-8; -; -",
            "caf\u00e9; windows-1252; ISO-8859-1; -",                      // the label browsers read as windows-1252
            "caf\u00e9; windows-1252; -; -",                               // a meta charset in the page
            "caf\u00e9; windows-1252; x-unheard-of; unknown charset 'x-unheard-of' declared: read as Windows-1252",
            "\u0645\u0642\u062a\u0644; windows-1256; windows-1256; -"})
    void decodesInTheDeclaredCharset(String word, String encoding, String header, String warning) {
        boolean meta = header == null && !encoding.equals("UTF-8");
        String html = "<html><head>" + (meta ? "<meta charset=\"" + encoding + "\">" : "") + "</head><body>" + word
                + "</body></html>";
        byte[] bytes = html.getBytes(Charset.forName(encoding));

        Utf8.Decoded d = PageCharset.decode(bytes, bytes.length, header);

        assertEquals(html, d.text());
        assertEquals(warning, d.warning());
    }

    @Test
    void aPageThatSaysUtf8ButIsNotIsReadAsTheProjectReadsAnyText() {
        byte[] bytes = "<p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252"));
        Utf8.Decoded d = PageCharset.decode(bytes, bytes.length, "utf-8");
        assertEquals("<p>caf\u00e9</p>", d.text());
        assertEquals("not UTF-8 (byte 0xE9 at byte 6): read as Windows-1252", d.warning());
        byte[] utf16 = "\uFEFF<p>x</p>".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("<p>x</p>", PageCharset.decode(utf16, utf16.length, null).text());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"https://www.bbc.co.uk/news/world, bbc.co.uk", "http://user@Example.ORG:8080/a?b, example.org",
            "https://[::1]:443/x, [::1]", "not a url, -"})
    void theSourceIsTheHost(String uri, String host) {
        assertEquals(host, HtmlArticleParser.hostOf(uri));
    }
}
