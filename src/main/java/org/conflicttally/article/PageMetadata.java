package org.conflicttally.article;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page's headline and publication date, from the page's own metadata, with the names of
 * {@code pages.tsv}:
 *
 * <ul>
 *   <li>title: a title meta tag ({@code og:title}, {@code twitter:title}), else the first {@code <h1>}, else
 *       {@code <title>} (last, because it usually carries the site's name: "Headline | Outlet");</li>
 *   <li>date: a date meta tag ({@code article:published_time}, {@code itemprop="datePublished"},
 *       {@code DC.date.issued}, ...), else a JSON-LD {@code datePublished}, else a {@code <time>} element
 *       (the one marked as the publication's first, its {@code datetime} or else its text). Dates are read
 *       as {@link PublicationDates} reads them; a time and zone after the date are ignored: the date is the
 *       one the outlet printed, not converted to UTC.</li>
 * </ul>
 */
final class PageMetadata {
    /** The last " | Outlet" (or « » :: - – —) of a title, with at least two words before it. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?<=\\S \\S{1,40}) (\\||\u00AB|\u00BB|::|-|\u2013|\u2014) ([^|\u00AB\u00BB]{1,60})$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final PageLexicon lexicon;
    private final Pattern jsonLdDate;

    PageMetadata(PageLexicon lexicon) {
        this.lexicon = lexicon;
        String keys = lexicon.jsonLdDate().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // A key and its string value in the JSON-LD text: pages' JSON-LD is often not valid JSON (trailing
        // commas, unescaped quotes in a headline), and the date is all we need of it.
        this.jsonLdDate = Pattern.compile("\"(" + keys + ")\"\\s*:\\s*\"([^\"]{4,60})\"");
    }

    /** What the page says of itself; a null date when it says nothing that is one. */
    record Found(String title, LocalDate published, String dateFrom) {
    }

    Found read(Document page) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : page.getElementsByTag("meta")) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = m.attr(key);
                if (!name.isEmpty()) {
                    meta.putIfAbsent(name.toLowerCase(Locale.ROOT), content.strip());
                }
            }
        }
        Dated dated = date(page, meta);
        return new Found(title(page, meta), dated == null ? null : dated.date(), dated == null ? null : dated.from());
    }

    private String title(Document page, Map<String, String> meta) {
        for (String name : lexicon.titleMeta()) {
            String t = meta.get(name);
            if (t != null) {
                return clean(t);
            }
        }
        Element h1 = page.body() == null ? null : page.body().getElementsByTag("h1").first();
        if (h1 != null && !h1.text().isBlank()) {
            return clean(h1.text());
        }
        return withoutSiteName(clean(page.title()), meta.get("og:site_name"));
    }

    /**
     * A {@code <title>} without the site's name after it: "Headline | Outlet", "Headline « Outlet", or
     * "Headline - Outlet" when the page names that outlet ({@code og:site_name}).
     */
    static String withoutSiteName(String title, String siteName) {
        Matcher m = SITE_SUFFIX.matcher(title);
        if (!m.find()) {
            return title;
        }
        String sep = m.group(1);
        String tail = m.group(2);
        boolean named = siteName != null && tail.equalsIgnoreCase(siteName.strip());
        boolean strongSeparator = !sep.equals("-") && !sep.equals("\u2013") && !sep.equals("\u2014");
        boolean shortTail = tail.split(" ").length <= 5;
        return named || strongSeparator && shortTail ? title.substring(0, m.start()).strip() : title;
    }

    /** The date and where it was read, or null. */
    private Dated date(Document page, Map<String, String> meta) {
        for (String name : lexicon.dateMeta()) {
            Optional<LocalDate> d = PublicationDates.parse(meta.get(name));
            if (d.isPresent()) {
                return new Dated(d.get(), "meta " + name);
            }
        }
        for (Element script : page.getElementsByAttributeValue("type", "application/ld+json")) {
            Matcher m = jsonLdDate.matcher(script.data());
            while (m.find()) {
                Optional<LocalDate> d = PublicationDates.parse(m.group(2));
                if (d.isPresent()) {
                    return new Dated(d.get(), "JSON-LD " + m.group(1));
                }
            }
        }
        List<Element> times = page.getElementsByTag("time");
        Element marked = times.stream().filter(t -> t.hasAttr("pubdate")
                || lexicon.dateMeta().contains(t.attr("itemprop").toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        for (Element t : marked != null ? List.of(marked) : times) {
            Optional<LocalDate> d = PublicationDates.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
            if (d.isPresent()) {
                return new Dated(d.get(), "<time>");
            }
        }
        return null;
    }

    private record Dated(LocalDate date, String from) {
    }

    private static String clean(String s) {
        return s == null ? "" : WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
