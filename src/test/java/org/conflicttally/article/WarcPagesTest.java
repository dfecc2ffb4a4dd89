package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflicttally.facts.Fact;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;

/** WARC files written here from the pages of src/test/resources/conflict-tally/warc, read back as articles and rejects. */
class WarcPagesTest {
    private static final String LEVANT = "https://www.levantobserver.example/news/syrian-regime-kills-two-turkish-soldiers";
    private static final String GULF = "https://gulfwire.example/world/middle-east/aleppo-convoy-toll-126";
    private static final String HOMS = "http://syriadailymonitor.example/2016/03/08/displaced-families-return/";
    private static final String DARAA = "https://southernfront.example/daraa/tafas-market-shelling";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void everyResponseRecordIsAnArticleOrARejectWithItsReason(String name) throws IOException {
        Path file = TestWarcs.write(dir.resolve(name), TestWarcs.CRAWL);

        List<ParseResult> results = read(file);

        assertEquals(TestWarcs.CRAWL.size(), results.size(), "one result per response record; warcinfo and requests are none");
        Map<String, String> outcome = new LinkedHashMap<>();
        for (ParseResult r : results) {
            outcome.put(r instanceof Rejection x ? x.excerpt() : ((ParseResult.Accepted) r).article().id(),
                    r instanceof Rejection x ? x.reason() : "article");
        }
        assertEquals("article", outcome.get(LEVANT));
        assertEquals("article", outcome.get(GULF));
        assertEquals("article", outcome.get(HOMS));
        assertEquals("article", outcome.get(DARAA));
        assertTrue(outcome.get("https://www.levantobserver.example/").startsWith("not an article: a list of links with teasers"),
                outcome.toString());
        assertEquals("HTTP status not 200: 404 Not Found", outcome.get("https://www.levantobserver.example/news/no-such-story"));
        assertEquals("HTTP status not 200: 301 Moved Permanently, to " + GULF, outcome.get("http://gulfwire.example/aleppo"));
        assertEquals("not HTML: image/jpeg", outcome.get("https://gulfwire.example/media/2017/04/aleppo-convoy.jpg"));
        assertEquals("not an article: main text of 25 words in 1 paragraph (an article has at least 40)",
                outcome.get("https://www.levantobserver.example/search?q=idlib"), "a soft 404 served with status 200");
    }

    @Test
    void titlesDatesAndSourcesComeFromThePagesMetadataOrElseTheCrawl() throws IOException {
        Map<String, ParseResult.Accepted> articles = articles(TestWarcs.write(dir.resolve("crawl.warc.gz"), TestWarcs.CRAWL));

        record Expected(String id, String title, String published, String source, List<String> warnings) {
        }
        for (Expected e : List.of(
                new Expected(LEVANT, "Syrian regime kills two Turkish soldiers as Idlib onslaught rages on", "2020-02-27",
                        "levantobserver.example", List.of()),   // og:title, article:published_time
                new Expected(GULF, "Death toll from Aleppo bus convoy bombing rises to 126", "2017-04-16", "gulfwire.example",
                        List.of()),   // the h1 (no og:title), JSON-LD datePublished
                new Expected(HOMS, "Displaced families return to Homs old city", "2016-03-08", "syriadailymonitor.example",
                        List.of()),   // <title> without "« Syria Daily Monitor", <time datetime>
                new Expected(DARAA, "Shelling of Daraa market kills eight civilians", "2020-03-02", "southernfront.example",
                        List.of("no publication date in the page's metadata: the crawl date (WARC-Date 2020-03-02T06:15:30Z) used")))) {
            ParseResult.Accepted a = articles.get(e.id());
            assertEquals(e.title(), a.article().title(), e.id());
            assertEquals(LocalDate.parse(e.published()), a.article().published(), e.id());
            assertEquals(e.source(), a.article().source(), e.id());
            assertEquals(e.id(), a.article().url(), e.id());
            assertEquals(e.warnings(), a.warnings(), e.id());
        }
    }

    @Test
    void theMainTextKeepsTheParagraphsAndNoneOfThePagesFurniture() throws IOException {
        Map<String, ParseResult.Accepted> articles = articles(TestWarcs.write(dir.resolve("crawl.warc"), TestWarcs.CRAWL));
        String levant = articles.get(LEVANT).article().text();

        assertTrue(levant.startsWith("Two Turkish soldiers were killed and five others were wounded in an air strike"), levant);
        assertTrue(levant.endsWith("to separate moderate rebels from jihadist groups in the region."), levant);
        assertEquals(6, levant.split("\n\n").length, "one paragraph a block, blank lines between them: " + levant);
        for (String furniture : List.of("Skip to main content", "Analysis", "Home", "12,408 views", "Facebook", "WhatsApp",
                "1.2K shares", "[Getty]", "Read more", "Nearly a million people displaced", "Sign up to our daily newsletter",
                "Tags", "Related", "Russia and Turkey fail to agree", "300 killed in January", "comments",
                "This is terrible news", "Most read", "Israeli strikes kill 23", "All rights reserved", "We use cookies",
                "gtag", "Observer staff")) {
            assertFalse(levant.contains(furniture), "'" + furniture + "' in: " + levant);
        }
        String gulf = articles.get(GULF).article().text();
        assertTrue(gulf.startsWith("BEIRUT (Gulf Wire) - The death toll") && gulf.endsWith("brokered by Qatar and Iran."), gulf);
        for (String furniture : List.of("Advertisement", "Share this article", "More stories", "killed six", "Trending",
                "Oil steadies", "Log in", "Wire staff", "Terms")) {
            assertFalse(gulf.contains(furniture), "'" + furniture + "' in: " + gulf);
        }
        String homs = articles.get(HOMS).article().text();
        assertEquals(5, homs.split("\n\n").length, "paragraphs separated by <br><br>: " + homs);
        assertTrue(homs.contains("\u201cPeople are coming back") && homs.contains("The caf\u00e9 owners"),
                "read in the charset the page declares (windows-1252): " + homs);
        for (String furniture : List.of("Aid convoy reaches eastern Aleppo", "Posted on", "Views: 3,117", "permalink",
                "grandfather", "Leave a Reply", "Recent Posts", "WordPress")) {
            assertFalse(homs.contains(furniture), "'" + furniture + "' in: " + homs);
        }
        String daraa = articles.get(DARAA).article().text();
        assertFalse(daraa.contains("Read 860 times") || daraa.contains("Print") || daraa.contains("independent news site"), daraa);
    }

    @Test
    void aCasualtyCountInThePageBodyIsReadAsAFact() throws IOException {
        Map<String, ParseResult.Accepted> articles = articles(TestWarcs.write(dir.resolve("crawl.warc.gz"), TestWarcs.CRAWL));
        FactExtractor extractor = FactExtractor.forSource(LexiconSource.bundled());

        List<Fact> levant = extractor.read(articles.get(LEVANT).article()).facts();
        assertTrue(levant.stream().anyMatch(f -> f.type().equals("killed") && Long.valueOf(2).equals(f.valueBest())
                && f.sentence().startsWith("Two Turkish soldiers were killed")), levant.toString());
        assertTrue(levant.stream().anyMatch(f -> f.type().equals("injured") && Long.valueOf(5).equals(f.valueBest())),
                levant.toString());
        assertFalse(levant.stream().anyMatch(f -> f.sentence().contains("300 killed in January")),
                "no fact from the related headlines: " + levant);
        List<Fact> gulf = extractor.read(articles.get(GULF).article()).facts();
        assertTrue(gulf.stream().anyMatch(f -> f.type().equals("killed") && Long.valueOf(126).equals(f.valueBest())),
                gulf.toString());
        assertFalse(gulf.stream().anyMatch(f -> Long.valueOf(6).equals(f.valueBest())), "not from 'More stories': " + gulf);
    }

    @Test
    void aRecordsPositionIsItsByteOffsetInTheFile() throws IOException {
        Path file = TestWarcs.write(dir.resolve("crawl.warc.gz"), TestWarcs.CRAWL);
        for (ParseResult r : read(file)) {
            String uri = r instanceof Rejection x ? x.excerpt() : ((ParseResult.Accepted) r).article().id();
            try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel)) {
                reader.position(r.position());
                WarcResponse response = (WarcResponse) reader.next().orElseThrow();
                assertEquals(uri, response.target(), "the record at byte " + r.position());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void aTruncatedFileGivesTheRecordsBeforeTheDamageThenOneReject(String name) throws IOException {
        Path whole = TestWarcs.write(dir.resolve(name), TestWarcs.CRAWL);
        List<ParseResult> all = read(whole);
        byte[] bytes = Files.readAllBytes(whole);
        long cut = all.get(3).position() - 60;   // inside the request record before the 404 page
        Path truncated = Files.write(dir.resolve("cut-" + name), Arrays.copyOf(bytes, (int) cut));

        List<ParseResult> results = read(truncated);

        assertEquals(summary(all.subList(0, 3)), summary(results.subList(0, 3)), "the records before the damage, as in the whole file");
        assertEquals(4, results.size());
        Rejection damage = (Rejection) results.get(3);
        assertTrue(damage.reason().startsWith("unreadable file: EOFException"), damage.reason());
        assertTrue(damage.position() > all.get(2).position() && damage.position() <= cut, "at " + damage.position());
    }

    @Test
    void aFileThatIsNoWarcOrHoldsNoResponseIsOneReject() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.warc"), "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n");
        Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
        Path requestsOnly = TestWarcs.write(dir.resolve("none.warc"), List.of());

        assertEquals(List.of("unreadable file"), reasons(read(junk)).stream().map(Rejection::kindOf).toList());
        assertEquals(List.of("empty file: no WARC response record"), reasons(read(empty)));
        assertEquals(List.of("empty file: no WARC response record"), reasons(read(requestsOnly)));
    }

    @Test
    void aBadRecordIsARejectAndTheRecordsAfterItAreRead() throws IOException {
        String garbage = "HTTP/1.1 two hundred\r\n\u0000\u0001 no headers here\r\n\r\n";
        String noTarget = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>x</p></body></html>";
        byte[] good = Files.readAllBytes(TestWarcs.write(dir.resolve("good.warc"), TestWarcs.CRAWL.subList(0, 1)));
        Path file = dir.resolve("bad.warc");
        Files.write(file, (record("WARC-Target-URI: http://bad.example/\r\n", garbage)
                + record("", noTarget)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(file, good, java.nio.file.StandardOpenOption.APPEND);

        List<String> reasons = reasons(read(file));

        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("malformed HTTP response: "), reasons.get(0));
        assertEquals("malformed WARC record: a response without WARC-Target-URI", reasons.get(1));
        assertEquals("article", reasons.get(2));
    }

    private static String record(String target, String http) {
        return "WARC/1.1\r\nWARC-Type: response\r\n" + target + "WARC-Date: 2020-03-02T06:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(http.getBytes()) + ">\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n"
                + http + "\r\n\r\n";
    }

    @Test
    void aPageTheCrawlerTruncatedIsReadWithAWarning() throws IOException {
        TestWarcs.Page page = TestWarcs.Page.html(DARAA, "2020-03-02T06:15:30Z", "article-share-related.html");
        TestWarcs.Page truncated = new TestWarcs.Page(page.uri(), page.fetched(), 200, "OK", page.contentType(),
                Arrays.copyOf(page.body(), 6000), true);

        ParseResult.Accepted a = (ParseResult.Accepted) read(TestWarcs.write(dir.resolve("t.warc"), List.of(truncated))).get(0);

        assertEquals(List.of("page truncated by the crawler (WARC-Truncated: length): its end is missing"), a.warnings());
        assertTrue(a.article().text().startsWith("Two Turkish soldiers were killed"), a.article().text());
    }

    @Test
    void aPageWithoutContentTypeIsHtmlWhenItStartsLikeHtml() throws IOException {
        TestWarcs.Page page = TestWarcs.Page.html(GULF, "2020-03-02T06:13:02Z", "article-jsonld.html");
        List<ParseResult> results = read(TestWarcs.write(dir.resolve("types.warc"), List.of(
                page.withContentType("application/octet-stream"),
                new TestWarcs.Page(GULF + "/report.pdf", Instant.parse("2020-03-02T06:13:03Z"), 200, "OK",
                        "application/pdf", "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        false))));

        assertEquals(List.of("not HTML: application/octet-stream", "not HTML: application/pdf"), reasons(results));
    }

    static List<ParseResult> read(Path file) throws IOException {
        List<ParseResult> out = new ArrayList<>();
        try (WarcPages pages = new WarcPages(file.toString(), Files.newInputStream(file), HtmlArticleParser.bundled())) {
            pages.forEachRemaining(out::add);
        }
        return out;
    }

    private static Map<String, ParseResult.Accepted> articles(Path file) throws IOException {
        Map<String, ParseResult.Accepted> out = new LinkedHashMap<>();
        for (ParseResult r : read(file)) {
            if (r instanceof ParseResult.Accepted a) {
                out.put(a.article().id(), a);
            }
        }
        return out;
    }

    private static List<String> summary(List<ParseResult> results) {
        return results.stream().map(r -> r.position() + " " + (r instanceof Rejection x ? x.reason()
                : ((ParseResult.Accepted) r).article().toString())).toList();
    }

    private static List<String> reasons(List<ParseResult> results) {
        return results.stream().map(r -> r instanceof Rejection x ? x.reason() : "article").toList();
    }
}
