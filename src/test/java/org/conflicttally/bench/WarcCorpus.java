package org.conflicttally.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conflicttally.article.Article;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.TxtArticleParser;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A WARC file of news pages for the WARC reader's benchmark: each real article of the seeds (title, date,
 * text in paragraphs of three sentences) wrapped in one of three page templates of news sites
 * ({@code src/test/resources/conflict-tally/bench/pages/}: a modern CMS page with menus, share bar, view
 * counter, related links, comments and a cookie banner; a wire page with JSON-LD and teasers; an old
 * WordPress page of {@code <br>}-separated paragraphs), with an inline script of page state as real pages
 * carry, as a crawler writes them (a request and a response record per page, gzip members). Deterministic:
 * the same seeds give the same pages.
 */
final class WarcCorpus {
    private static final List<String> TEMPLATES = List.of("modern", "wire", "wordpress");
    private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z_]+)}}");
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"\u201C(A-Z0-9])");
    private static final DateTimeFormatter DATE_TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String[] SECTIONS = {"News", "Middle East", "Africa", "Asia", "Europe", "Americas", "Analysis",
        "Opinion", "Features", "Investigations", "Video", "Podcasts", "Business", "Economy", "Sport", "Culture", "Science",
        "Health", "Climate", "Technology", "Society", "Travel", "Photos", "Interactive", "In depth", "Explainers"};

    private WarcCorpus() {
    }

    /** The seed articles: .jsonl/.json JSON Lines and .txt files, or folders of them, in path order. */
    static List<Article> seeds(List<Path> inputs) throws IOException {
        List<Article> out = new ArrayList<>();
        JsonArticleParser json = new JsonArticleParser(ArticleFields.DEFAULTS);
        for (Path in : inputs) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(in)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt")) {
                    add(out, TxtArticleParser.parse(f.toString(), Files.readAllBytes(f)));
                } else if (name.endsWith(".jsonl") || name.endsWith(".json") && !name.endsWith(".expected.json")) {
                    for (String line : Files.readAllLines(f)) {
                        if (!line.isBlank()) {
                            add(out, json.parse(f.toString(), 0, line));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Writes {@code pages} pages (the seeds in turn, each template in turn) to a .warc.gz file; returns their HTML. */
    static List<byte[]> write(Path file, List<Article> seeds, int pages) throws IOException {
        List<String> templates = TEMPLATES.stream().map(WarcCorpus::template).toList();
        List<byte[]> html = new ArrayList<>(pages);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().date(Instant.parse("2020-03-02T00:00:00Z"))
                    .filename(file.getFileName().toString()).fields(Map.of("software", List.of("conflict-tally bench")))
                    .build());
            for (int i = 0; i < pages; i++) {
                Article a = seeds.get(i % seeds.size());
                String url = "https://www." + site(i).toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/news/"
                        + i + "-" + a.id();
                byte[] page = render(templates.get(i % templates.size()), a, url, seeds, i).getBytes(StandardCharsets.UTF_8);
                html.add(page);
                Instant fetched = Instant.parse("2020-03-02T00:00:00Z").plusSeconds(i);
                writer.write(new WarcRequest.Builder(url).date(fetched)
                        .body(new HttpRequest.Builder("GET", url.substring(url.indexOf('/', 8))).build()).build());
                HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Server", "nginx")
                        .body(MediaType.parse("text/html; charset=UTF-8"), page).build();
                writer.write(new WarcResponse.Builder(url).date(fetched).body(http).build());
            }
        }
        return html;
    }

    private static String render(String template, Article a, String url, List<Article> seeds, int i) {
        LocalDate date = a.published() != null ? a.published() : LocalDate.ofInstant(Instant.EPOCH, ZoneOffset.UTC);
        String[] sentences = SENTENCE_END.split(a.text().strip());
        StringBuilder paragraphs = new StringBuilder();
        StringBuilder brParagraphs = new StringBuilder();
        for (int s = 0; s < sentences.length; s += 3) {
            String p = escape(String.join(" ", List.of(sentences).subList(s, Math.min(sentences.length, s + 3))));
            paragraphs.append("<p>").append(p).append("</p>\n");
            brParagraphs.append(s == 0 ? "" : "<br />\n<br />\n").append(p);
        }
        StringBuilder related = new StringBuilder();
        StringBuilder teasers = new StringBuilder();
        for (int r = 1; r <= 6; r++) {
            Article other = seeds.get((i + r * 37) % seeds.size());
            related.append("<li><a href=\"/news/").append(other.id()).append("\">").append(escape(other.title()))
                    .append("</a></li>");
            if (r <= 3) {
                teasers.append("<div class=\"teaser\"><a href=\"/news/").append(other.id()).append("\">")
                        .append(escape(other.title())).append("</a></div>");
            }
        }
        StringBuilder menu = new StringBuilder();
        StringBuilder pipes = new StringBuilder();
        for (String section : SECTIONS) {
            String href = "/" + section.toLowerCase(Locale.ROOT).replace(' ', '-');
            menu.append("<li><a href=\"").append(href).append("\">").append(section).append("</a></li>");
            pipes.append(pipes.length() == 0 ? "" : " | ").append("<a href=\"").append(href).append("\">").append(section)
                    .append("</a>");
        }
        Map<String, String> values = Map.ofEntries(Map.entry("TITLE", escape(a.title())), Map.entry("SITE", site(i)),
                Map.entry("URL", url), Map.entry("DATE_ISO", date.toString()), Map.entry("DATE_TEXT", DATE_TEXT.format(date)),
                Map.entry("YEAR", Integer.toString(date.getYear())), Map.entry("VIEWS", String.format("%,d", 100 + i * 7919 % 50000)),
                Map.entry("CAPTION", escape(sentences[0].length() > 120 ? sentences[0].substring(0, 120) : sentences[0])),
                Map.entry("PARAGRAPHS", paragraphs.toString()), Map.entry("BR_PARAGRAPHS", brParagraphs.toString()),
                Map.entry("RELATED", related.toString()), Map.entry("TEASERS", teasers.toString()),
                Map.entry("MENU", menu.toString()), Map.entry("MENU_PIPES", pipes.toString()), Map.entry("SCRIPT", script(i)));
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() * 4);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** Page state as sites inline it (ad slots, their sizes and targeting): about 40 KB of JSON. */
    private static String script(int i) {
        StringBuilder s = new StringBuilder("{\"page\":").append(i).append(",\"slots\":[");
        for (int k = 0; k < 400; k++) {
            s.append(k == 0 ? "" : ",").append("{\"id\":\"slot-").append(k).append("\",\"sizes\":[[300,250],[728,90]],")
                    .append("\"targeting\":{\"section\":\"news\",\"pos\":").append(k).append("}}");
        }
        return s.append("]}").toString();
    }

    private static String site(int i) {
        return new String[] {"Levant Observer", "Gulf Wire", "Syria Daily Monitor", "Northern Front News"}[i % 4];
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template(String name) {
        try (InputStream in = WarcCorpus.class.getResourceAsStream("/conflict-tally/bench/pages/" + name + ".html")) {
            if (in == null) {
                throw new IllegalStateException("page template missing from the bench jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<Article> out, ParseResult r) {
        if (r instanceof ParseResult.Accepted a && a.article().text().length() > 200) {
            out.add(a.article());
        }
    }
}
