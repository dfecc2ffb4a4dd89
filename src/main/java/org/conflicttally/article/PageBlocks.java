package org.conflicttally.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A page's body cut into blocks of text, as a reader sees them: each paragraph, list item, heading, table
 * cell, and each run of text between two {@code <br>} or block elements, with how much of its text is link
 * text. Whitespace runs (but no-break spaces, which may separate thousands) become one space.
 */
final class PageBlocks implements NodeVisitor {
    /** Elements that start and end a block of text (HTML's block-level and table elements). */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "blockquote", "body", "center",
            "dd", "details", "dir", "div", "dl", "dt", "fieldset", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr",
            "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "ul");

    /**
     * One block.
     *
     * @param owner     the innermost block element around it (a {@code <p>}, or the {@code <div>} of a page that
     *                  separates paragraphs by {@code <br>})
     * @param linkChars characters of link text
     * @param words     words (whitespace-separated runs)
     */
    record Block(String text, Element owner, int linkChars, int words) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean isHeading() {
            String t = owner.normalName();
            return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Element> owners = new ArrayList<>();
    private boolean space;
    private int linkDepth;
    private int linkChars;
    private int words;

    private PageBlocks() {
    }

    /** The blocks of an element's content, in document order. */
    static List<Block> of(Element root) {
        PageBlocks collector = new PageBlocks();
        collector.owners.add(root);
        collector.traverse(root);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("br")) {
                flush();
            } else if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.add(e);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BLOCK_TAGS.contains(tag) && owners.size() > 1) {
                flush();
                owners.remove(owners.size() - 1);
            }
        }
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                space = text.length() > 0;
                continue;
            }
            if (space) {
                text.append(' ');
                space = false;
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
            if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
                words++;
            }
            text.append(c);
            if (linkDepth > 0) {
                linkChars++;
            }
        }
    }

    private void flush() {
        if (text.length() > 0) {
            blocks.add(new Block(text.toString(), owners.get(owners.size() - 1), linkChars, words));
        }
        text.setLength(0);
        space = false;
        linkChars = 0;
        words = 0;
    }
}
