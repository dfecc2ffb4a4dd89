package org.conflicttally.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The main text of a news page, its boilerplate removed, by the page's structure rather than by site:
 *
 * <ol>
 *   <li>Page furniture is dropped: scripts and styles, navigation, headers, footers, asides, forms, figures,
 *       hidden elements (ARIA roles of navigation, banner, footer and sidebar; {@code hidden},
 *       {@code aria-hidden}), and elements whose class or id names furniture in {@code pages.tsv}
 *       ({@code share-bar}, {@code related-posts}, {@code cookie-notice}, {@code comments}), unless such an
 *       element holds half of the page's paragraphs (a theme that calls its article "post-share").</li>
 *   <li>The rest is cut into blocks ({@link PageBlocks}). A paragraph is a block of at least
 *       {@value #PARAGRAPH_WORDS} words with little link text (at most {@value #PARAGRAPH_LINK_DENSITY}).
 *       Each paragraph scores its length for the element around it and half for the one around that; the
 *       element with the highest score holds the article.</li>
 *   <li>Its text is its blocks that read as prose: sentences (ending in . ! ? or a quote, or holding a
 *       sentence end), or long lines,
 *       at most half link text ("Read more: <a>...</a>" is not), not starting as furniture ("Share this"),
 *       no headings; one paragraph a block, separated by a blank line, so the sentence splitter sees them.</li>
 * </ol>
 *
 * A page is not an article when it has no paragraph, when its main text has fewer than
 * {@value #ARTICLE_WORDS} words (a contact page, a soft 404), or when its paragraphs are teasers between
 * links (an index or front page: most paragraphs follow a headline that is a link).
 */
final class MainText {
    static final int PARAGRAPH_WORDS = 8;
    static final double PARAGRAPH_LINK_DENSITY = 0.25;
    static final double PROSE_LINK_DENSITY = 0.5;
    /** A line this long is prose even without a full stop (a last paragraph that lost it). */
    static final int PROSE_WORDS = 12;
    static final int ARTICLE_WORDS = 40;
    /** A block at least this much link text is a link (a headline of an index page, an item of a list). */
    static final double LINK_BLOCK_DENSITY = 0.8;

    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "template", "nav", "aside",
            "header", "footer", "form", "iframe", "svg", "button", "select", "textarea", "input", "label", "figure",
            "figcaption", "dialog", "menu", "object", "embed", "canvas", "video", "audio", "picture", "map");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar");
    /** Never dropped for a class word: the page's frame and its explicit article. */
    private static final Set<String> FRAME_TAGS = Set.of("html", "body", "main", "article");
    /** Blocks whose element around them is a container of paragraphs, not a paragraph. */
    private static final Set<String> LEAF_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "td", "th", "dd", "dt");

    /** The main text, or why the page is not an article. */
    record Result(String text, int words, int paragraphs, String notArticle) {
    }

    private MainText() {
    }

    /** Reads the main text of a page's body; drops its furniture from the document (so call it last). */
    static Result of(Element body, PageLexicon lexicon) {
        dropFurniture(body, lexicon);
        List<PageBlocks.Block> blocks = PageBlocks.of(body);
        Element container = container(blocks);
        if (container == null) {
            int words = 0;
            int links = 0;
            int chars = 0;
            for (PageBlocks.Block b : blocks) {
                words += b.words();
                links += b.linkChars();
                chars += b.text().length();
            }
            return new Result("", 0, 0, "no paragraph of text (" + words + " words, "
                    + (chars == 0 ? 0 : Math.round(100.0 * links / chars)) + "% of the text in links)");
        }
        StringBuilder text = new StringBuilder();
        int words = 0;
        int paragraphs = 0;
        int afterLink = 0;
        boolean previousWasLink = false;
        for (PageBlocks.Block b : blocks) {
            if (!inside(b.owner(), container)) {
                continue;
            }
            boolean prose = isProse(b, lexicon);
            if (prose) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(b.text());
                words += b.words();
                paragraphs++;
                afterLink += previousWasLink ? 1 : 0;
            }
            previousWasLink = b.linkDensity() >= LINK_BLOCK_DENSITY || b.isHeading() && previousWasLink;
        }
        String notArticle = null;
        if (words < ARTICLE_WORDS) {
            notArticle = "main text of " + words + " words in " + paragraphs
                    + (paragraphs == 1 ? " paragraph" : " paragraphs") + " (an article has at least " + ARTICLE_WORDS + ")";
        } else if (paragraphs >= 2 && afterLink * 2 > paragraphs) {
            notArticle = "a list of links with teasers (" + afterLink + " of its " + paragraphs
                    + " paragraphs follow a link): an index or front page";
        }
        return new Result(text.toString(), words, paragraphs, notArticle);
    }

    private static boolean isProse(PageBlocks.Block b, PageLexicon lexicon) {
        if (b.isHeading() || b.linkDensity() > PROSE_LINK_DENSITY || b.words() < 2) {
            return false;
        }
        String t = b.text();
        if (lexicon.startsAsFurniture(t.substring(0, Math.min(t.length(), 40)).toLowerCase(Locale.ROOT))) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return b.words() >= PROSE_WORDS || ".!?…\"”’'):".indexOf(last) >= 0
                || t.contains(". ") || t.contains("! ") || t.contains("? ");   // a sentence and a credit ("--Reuters")
    }

    /** The element that holds the most paragraph text, its own and half of its children's; null without paragraphs. */
    private static Element container(List<PageBlocks.Block> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (PageBlocks.Block b : blocks) {
            if (b.words() < PARAGRAPH_WORDS || b.linkDensity() > PARAGRAPH_LINK_DENSITY || b.isHeading()) {
                continue;
            }
            Element around = LEAF_TAGS.contains(b.owner().normalName()) && b.owner().parent() != null
                    ? b.owner().parent() : b.owner();
            double score = b.text().length();
            scores.merge(around, score, Double::sum);
            if (around.parent() != null) {
                scores.merge(around.parent(), score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static boolean inside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    private static void dropFurniture(Element body, PageLexicon lexicon) {
        int pageParagraphs = -1;
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (FURNITURE_TAGS.contains(tag) || hidden(e)) {
                drop.add(e);
            } else if (!FRAME_TAGS.contains(tag) && namesFurniture(e, lexicon)) {
                if (pageParagraphs < 0) {
                    pageParagraphs = body.getElementsByTag("p").size();
                }
                if (e.getElementsByTag("p").size() * 2 < Math.max(2, pageParagraphs)) {
                    drop.add(e);
                }
            }
        }
        drop.forEach(Element::remove);
    }

    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String role = e.attr("role");
        return !role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))
                || e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
    }

    /** Whether a word of the element's class or id names furniture ("share" of "share-bar"). */
    private static boolean namesFurniture(Element e, PageLexicon lexicon) {
        return namesFurniture(e.attr("class"), lexicon) || namesFurniture(e.attr("id"), lexicon);
    }

    private static boolean namesFurniture(String names, PageLexicon lexicon) {
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (lexicon.isFurnitureClass(names.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
