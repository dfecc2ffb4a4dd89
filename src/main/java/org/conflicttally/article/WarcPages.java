package org.conflicttally.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * The records of a WARC file ({@code .warc} or {@code .warc.gz}, as Common Crawl's CC-NEWS ships them) as
 * articles or rejects, read lazily with jwarc. Each {@code response} record is one input record: an HTML page
 * with HTTP status 200 goes to {@link HtmlArticleParser}; another status, another content type, a page over
 * {@value #MAX_PAGE_BYTES} bytes or an HTTP message that does not parse becomes a reject. Other records
 * ({@code warcinfo}, {@code request}, {@code metadata}, {@code revisit}) describe the crawl and are no input
 * records. A record's position is its byte offset in the file, as Common Crawl's index gives it (for a
 * {@code .warc.gz}, in the compressed file), so that a user can cut it out of the file.
 *
 * <p>Damage (a truncated or corrupt file) ends the reading: the records before it are read, then one reject
 * "unreadable file" at the offset of the damaged record. A file without a response record is one reject
 * "empty file". Neither the reader nor its results throw on bad input.
 */
public final class WarcPages implements Iterator<ParseResult>, AutoCloseable {
    /** The largest page read: 4 MiB of HTML (Common Crawl truncates payloads at 1 MiB). */
    public static final int MAX_PAGE_BYTES = 4 << 20;

    private final String input;
    private final HtmlArticleParser parser;
    private final WarcReader reader;
    private ParseResult next;
    private boolean done;
    private long responses;
    private long offset;

    /** Opens the reader; a file that does not start as a WARC gives one "unreadable file" reject. */
    public WarcPages(String input, InputStream in, HtmlArticleParser parser) {
        this.input = input;
        this.parser = parser;
        WarcReader r = null;
        try {
            r = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            next = damaged(e);
        }
        this.reader = r;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = read();
        }
        return next != null;
    }

    @Override
    public ParseResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParseResult r = next;
        next = null;
        return r;
    }

    /** The next response record's result, or null at the end (or for a record that is no input record). */
    private ParseResult read() {
        WarcRecord record;
        try {
            Optional<WarcRecord> r = reader.next();
            if (r.isEmpty()) {
                done = true;
                close();
                return responses == 0 ? new Rejection(input, 0, "empty file: no WARC response record", "") : null;
            }
            record = r.get();
            offset = reader.position();
        } catch (IOException | RuntimeException e) {
            return damaged(e);
        }
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        responses++;
        // The header as written (target() throws on a record without one); WARC 1.0 put it in angle brackets.
        String uri = response.headers().first("WARC-Target-URI").orElse("").strip();
        if (uri.startsWith("<") && uri.endsWith(">")) {
            uri = uri.substring(1, uri.length() - 1);
        }
        if (uri.isEmpty()) {
            return reject("malformed WARC record: a response without WARC-Target-URI", "");
        }
        try {
            return page(response, uri);
        } catch (ParsingException e) {   // the record's HTTP message, not the file: the next record is read
            return reject("malformed HTTP response: " + e.getMessage(), uri);
        } catch (IOException | UncheckedIOException e) {
            return damaged(e);
        } catch (RuntimeException | StackOverflowError e) {
            return reject("parser failed: " + e, uri);
        }
    }

    private ParseResult page(WarcResponse response, String uri) throws IOException {
        MediaType block = response.contentType();
        if (!block.base().toString().equals("application/http")) {
            return reject("not HTML: " + block.base() + " (not an HTTP response)", uri);
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            String location = http.headers().first("Location").map(l -> ", to " + l).orElse("");
            return reject("HTTP status not 200: " + http.status() + " " + http.reason() + location, uri);
        }
        Optional<String> declared = http.headers().first("Content-Type");
        MediaType type = declared.map(MediaType::parseLeniently).orElse(null);
        List<String> warnings = new ArrayList<>(1);
        if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            warnings.add("page truncated by the crawler (WARC-Truncated: "
                    + response.truncated().name().toLowerCase(Locale.ROOT) + "): its end is missing");
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes(MAX_PAGE_BYTES + 1);
        }
        if (bytes.length > MAX_PAGE_BYTES) {
            return reject("too long: page over " + MAX_PAGE_BYTES + " bytes", uri);
        }
        if (type == null ? !looksLikeHtml(bytes) : !isHtml(type)) {
            return reject("not HTML: " + (type == null ? "no Content-Type, and the body is not HTML" : type.base()), uri);
        }
        String charset = type == null ? null : type.parameters().get("charset");
        return parser.parse(input, offset, uri, response.date(), charset, bytes, bytes.length, warnings);
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** A body without a Content-Type is HTML when it starts like HTML (after white space and a byte-order mark). */
    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head");
    }

    private Rejection reject(String reason, String uri) {
        return new Rejection(input, offset, reason, Rejection.excerptOf(uri));
    }

    /** Damage ends the file: one reject at the offset where reading failed. */
    private Rejection damaged(Throwable e) {
        done = true;
        long at = reader == null ? 0 : Math.max(offset, reader.position());
        close();
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new Rejection(input, at, "unreadable file: " + e.getClass().getSimpleName() + message, "");
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            // nothing more is read from it
        }
    }
}
