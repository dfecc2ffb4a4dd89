package org.conflicttally.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * WARC files as a crawler writes them, for tests: a warcinfo record, then per page a request and a response
 * record (as Common Crawl's CC-NEWS files hold them), written with jwarc's writer from pages kept in
 * {@code src/test/resources/conflict-tally/warc/}.
 */
public final class TestWarcs {
    /** One fetched page: its address, fetch time, HTTP status and headers, and body. */
    public record Page(String uri, Instant fetched, int status, String reason, String contentType, byte[] body,
                       boolean truncated) {
        public static Page html(String uri, String fetched, String resource) {
            return new Page(uri, Instant.parse(fetched), 200, "OK", "text/html; charset=UTF-8", resource(resource), false);
        }

        public Page withStatus(int status, String reason) {
            return new Page(uri, fetched, status, reason, contentType, body, truncated);
        }

        public Page withContentType(String type) {
            return new Page(uri, fetched, status, reason, type, body, truncated);
        }
    }

    /** The crawl's pages of the tests: five articles, a front page, a 404, a soft 404, a redirect and an image. */
    public static final List<Page> CRAWL = List.of(
            Page.html("https://www.levantobserver.example/news/syrian-regime-kills-two-turkish-soldiers",
                    "2020-03-02T06:12:44Z", "article-share-related.html"),
            Page.html("https://www.levantobserver.example/", "2020-03-02T06:12:50Z", "index-front-page.html"),
            Page.html("https://gulfwire.example/world/middle-east/aleppo-convoy-toll-126", "2020-03-02T06:13:02Z",
                    "article-jsonld.html"),
            Page.html("https://www.levantobserver.example/news/no-such-story", "2020-03-02T06:13:10Z", "not-found.html")
                    .withStatus(404, "Not Found"),
            new Page("https://gulfwire.example/media/2017/04/aleppo-convoy.jpg", Instant.parse("2020-03-02T06:13:15Z"),
                    200, "OK", "image/jpeg", jpeg(), false),
            Page.html("http://syriadailymonitor.example/2016/03/08/displaced-families-return/", "2020-03-02T06:14:00Z",
                    "article-time-only-windows-1252.html").withContentType("text/html"),
            new Page("http://gulfwire.example/aleppo", Instant.parse("2020-03-02T06:14:05Z"), 301, "Moved Permanently",
                    "text/html", "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8), false),
            Page.html("https://southernfront.example/daraa/tafas-market-shelling", "2020-03-02T06:15:30Z",
                    "article-no-date.html"),
            Page.html("https://www.levantobserver.example/search?q=idlib", "2020-03-02T06:15:40Z", "not-found.html"));

    private TestWarcs() {
    }

    /** Writes the pages to a WARC file (gzip members when the name ends in .gz). */
    public static Path write(Path file, List<Page> pages) throws IOException {
        WarcCompression compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            writer.write(new Warcinfo.Builder().date(Instant.parse("2020-03-02T06:00:00Z")).filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("conflict-tally tests"), "format", List.of("WARC File Format 1.1")))
                    .build());
            for (Page p : pages) {
                HttpRequest request = new HttpRequest.Builder("GET", path(p.uri())).addHeader("Host", host(p.uri()))
                        .addHeader("User-Agent", "CCBot/2.0").build();
                writer.write(new WarcRequest.Builder(p.uri()).date(p.fetched()).body(request).build());
                HttpResponse.Builder http = new HttpResponse.Builder(p.status(), p.reason())
                        .addHeader("Date", "Mon, 02 Mar 2020 06:12:44 GMT").addHeader("Server", "nginx");
                if (p.status() == 301) {
                    http.addHeader("Location", "https://gulfwire.example/world/middle-east/aleppo-convoy-toll-126");
                }
                http.body(MediaType.parse(p.contentType()), p.body());
                WarcResponse.Builder response = new WarcResponse.Builder(p.uri()).date(p.fetched()).body(http.build());
                if (p.truncated()) {
                    response.truncated(WarcTruncationReason.LENGTH);
                }
                writer.write(response.build());
            }
        }
        return file;
    }

    /** The bytes of a test page. */
    public static byte[] resource(String name) {
        try (InputStream in = TestWarcs.class.getResourceAsStream("/conflict-tally/warc/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG's first bytes (SOI, APP0 JFIF) and padding: what an image record's body starts with. */
    static byte[] jpeg() {
        byte[] b = new byte[2048];
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1};
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = head.length; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    private static String host(String uri) {
        return uri.replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "");
    }

    private static String path(String uri) {
        String rest = uri.replaceFirst("^[a-z]+://[^/]+", "");
        return rest.isEmpty() ? "/" : rest;
    }
}
