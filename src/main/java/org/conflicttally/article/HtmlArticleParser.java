package org.conflicttally.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One crawled HTML page (the payload of a WARC response record) to an article: its URL as the id, its host
 * as the source, its title and publication date from its metadata ({@link PageMetadata}), the crawl date
 * when it names none, and its main text without the page's furniture ({@link MainText}). A page that is not
 * an article (an index page, a soft 404) becomes a {@link Rejection} with the reason. Thread-safe.
 */
public final class HtmlArticleParser {
    /** The longest main text read, as the job's other records: 1 MiB. */
    static final int MAX_TEXT_CHARS = 1 << 20;
    private final PageLexicon lexicon;
    private final PageMetadata metadata;

    public HtmlArticleParser(PageLexicon lexicon) {
        this.lexicon = lexicon;
        this.metadata = new PageMetadata(lexicon);
    }

    private static volatile HtmlArticleParser bundled;

    /** With the lexicon bundled in the jar: one per JVM. */
    public static HtmlArticleParser bundled() {
        HtmlArticleParser p = bundled;
        if (p == null) {
            p = new HtmlArticleParser(PageLexicon.bundled());
            bundled = p;
        }
        return p;
    }

    /**
     * @param position the record's byte offset in its WARC file
     * @param uri      the page's address (WARC-Target-URI): the article's id and url
     * @param crawled  when the page was fetched (WARC-Date): its date when the page names none
     * @param charset  the charset the HTTP header declares, or null
     * @param warnings what the reader noticed about the record (a truncated payload), for the warnings table
     */
    public ParseResult parse(String input, long position, String uri, Instant crawled, String charset, byte[] bytes,
                             int length, List<String> warnings) {
        Utf8.Decoded decoded = PageCharset.decode(bytes, length, charset);
        if (!decoded.ok()) {
            return new Rejection(input, position, decoded.problem(), Rejection.excerptOf(uri));
        }
        List<String> notes = new ArrayList<>(warnings);
        if (decoded.warning() != null) {
            notes.add(decoded.warning());
        }
        Document page = Jsoup.parse(decoded.text(), uri);
        PageMetadata.Found found = metadata.read(page);
        MainText.Result main = MainText.of(page.body(), lexicon);
        if (main.notArticle() != null) {
            return new Rejection(input, position, "not an article: " + main.notArticle(), Rejection.excerptOf(uri));
        }
        if (main.text().length() > MAX_TEXT_CHARS) {   // the extractor's time grows with the length of a sentence
            return new Rejection(input, position, "too long: main text of " + main.text().length()
                    + " characters; an article may have at most " + MAX_TEXT_CHARS, Rejection.excerptOf(uri));
        }
        LocalDate published = found.published();
        if (published == null) {
            published = LocalDate.ofInstant(crawled, ZoneOffset.UTC);
            if (!PublicationDates.plausible(published)) {
                return new Rejection(input, position, PublicationDates.implausible(published), Rejection.excerptOf(uri));
            }
            notes.add("no publication date in the page's metadata: the crawl date (WARC-Date " + crawled + ") used");
        }
        // scraped text: control characters and terminal escape sequences out, with a warning
        ScrapedText.Cleaned title = ScrapedText.clean(found.title() == null ? "" : found.title());
        ScrapedText.Cleaned body = ScrapedText.clean(main.text());
        Article article = new Article(uri, hostOf(uri), uri, found.title() == null ? null : title.text(), published,
                body.text());
        String cleaned = ScrapedText.warning(ScrapedText.Cleaned.concat(title, body, article.bodyOffset()), "the page", 0);
        if (cleaned != null) {
            notes.add(cleaned);
        }
        return new ParseResult.Accepted(input, position, article, notes);
    }

    /** The host of an address without "www." ({@code https://www.bbc.co.uk/news -> bbc.co.uk}); null if none. */
    static String hostOf(String uri) {
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int start = scheme + 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        String authority = uri.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int port = authority.lastIndexOf(':');
        if (port >= 0 && authority.indexOf(']') < port) {
            authority = authority.substring(0, port);
        }
        authority = authority.toLowerCase(java.util.Locale.ROOT);
        if (authority.startsWith("www.")) {
            authority = authority.substring(4);
        }
        return authority.isEmpty() ? null : authority;
    }
}
