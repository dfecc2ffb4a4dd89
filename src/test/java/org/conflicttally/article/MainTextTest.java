package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The main-text extractor on the page layouts news sites use, one layout a row. */
class MainTextTest {
    private static final String P1 = "At least 33 Turkish soldiers were killed in an air strike in Idlib on Thursday, the governor of Hatay said.";
    private static final String P2 = "Turkey said it had struck back at Syrian government targets after the attack, which wounded 32 more soldiers.";
    private static final String P3 = "The United Nations warned that nearly a million people had fled the fighting since the start of December.";
    private static final String BODY = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    private static final String TEXT = P1 + "\n\n" + P2 + "\n\n" + P3;

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("paragraphs in an article element", "<article>" + BODY + "</article>", TEXT),
                Arguments.of("paragraphs separated by <br> in one div (old CMS themes)",
                        "<div class=\"entry\">" + P1 + "<br><br>" + P2 + "<br/><br/>" + P3 + "</div>", TEXT),
                Arguments.of("a sidebar of sentences outside the article's container",
                        "<div class=\"col\">" + BODY + "</div><div class=\"col2\"><p>Our reporters in Beirut and Gaziantep cover the war every day, in English and Arabic.</p></div>",
                        TEXT),
                Arguments.of("hidden elements, ARIA roles of page furniture",
                        "<div role=\"navigation\"><p>Menu of the site with many words in it for readers who browse the site today.</p></div>"
                                + "<div>" + BODY + "<p hidden>A hidden paragraph that the page does not show to its readers at all.</p>"
                                + "<p style=\"display: none\">Another paragraph hidden by a style that readers never get to see.</p>"
                                + "<div aria-hidden=\"true\"><p>Screen readers skip this paragraph and so does the extractor here.</p></div></div>",
                        TEXT),
                Arguments.of("a class that names furniture, on an element that holds most of the paragraphs, is kept",
                        "<div class=\"post-share-enabled\">" + BODY + "</div><div class=\"share\"><a href=\"#\">Share</a></div>", TEXT),
                Arguments.of("inline 'Read more' links, a byline with a view counter, a caption and a subscription box",
                        "<div class=\"body\"><p>By <a href=\"/a\">Staff</a> | 27 February 2020 | 1,204 views</p><p>" + P1
                                + "</p><p>Read more: <a href=\"/x\">Idlib offensive displaces nearly a million people</a></p><p>" + P2
                                + "</p><p>Subscribe to our newsletter for a daily briefing on the war in Syria and Iraq.</p><p>"
                                + P3 + "</p></div>", TEXT),
                Arguments.of("a subheading and a list of related links inside the article's container",
                        "<div class=\"story\"><p>" + P1 + "</p><h2>Turkey strikes back</h2><p>" + P2 + "</p><p>" + P3
                                + "</p><h3>See also</h3><ul><li><a href=\"/1\">Russia and Turkey agree to talks on Idlib truce</a></li>"
                                + "<li><a href=\"/2\">Aid groups warn of a catastrophe at the border</a></li></ul></div>", TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void readsTheMainText(String layout, String body, String expected) {
        MainText.Result r = MainText.of(Jsoup.parse("<html><body>" + body + "</body></html>").body(), PageLexicon.bundled());

        assertNull(r.notArticle(), layout);
        assertEquals(expected, r.text(), layout);
        assertEquals(3, r.paragraphs(), layout);
    }

    static Stream<Arguments> notArticles() {
        String teaser = "<div class=\"card\"><h3><a href=\"/%d\">Headline number %d about the war in the north</a></h3>"
                + "<p>A teaser of the story that runs to a dozen words or more, to tempt the reader in.</p></div>";
        StringBuilder front = new StringBuilder("<main>");
        for (int i = 1; i <= 6; i++) {
            front.append(String.format(teaser, i, i));
        }
        return Stream.of(
                Arguments.of("a front page of teasers under headline links", front.append("</main>").toString(),
                        "a list of links with teasers (6 of its 6 paragraphs follow a link): an index or front page"),
                Arguments.of("a page of links only", "<ul><li><a href=\"/a\">Idlib: thirty soldiers killed in strike</a></li>"
                        + "<li><a href=\"/b\">Aleppo: the siege in pictures</a></li></ul>", "no paragraph of text (11 words, 100% of the text in links)"),
                Arguments.of("a contact page", "<div><h1>Contact us</h1><p>Write to the news desk at any time of the day or night, we read everything.</p></div>",
                        "main text of 16 words in 1 paragraph (an article has at least 40)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notArticles")
    void tellsWhyAPageIsNotAnArticle(String layout, String body, String reason) {
        MainText.Result r = MainText.of(Jsoup.parse("<html><body>" + body + "</body></html>").body(), PageLexicon.bundled());

        assertEquals(reason, r.notArticle(), layout);
        assertTrue(r.notArticle() != null, layout);
    }
}
