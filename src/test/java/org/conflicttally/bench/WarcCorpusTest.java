package org.conflicttally.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflicttally.article.Article;
import org.conflicttally.article.HtmlArticleParser;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.WarcPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's pages: each of the three templates gives back the seed article, and none of the furniture. */
class WarcCorpusTest {
    @TempDir
    Path dir;

    @Test
    void everyPageReadsBackAsItsSeedArticle() throws IOException {
        List<Article> seeds = WarcCorpus.seeds(List.of(Path.of("seeds")));
        Path file = dir.resolve("pages.warc.gz");
        List<byte[]> html = WarcCorpus.write(file, seeds, 9);

        int i = 0;
        try (WarcPages pages = new WarcPages(file.toString(), Files.newInputStream(file), HtmlArticleParser.bundled())) {
            while (pages.hasNext()) {
                ParseResult.Accepted page = (ParseResult.Accepted) pages.next();
                Article seed = seeds.get(i);
                Article read = page.article();
                assertEquals(seed.title(), read.title(), "template " + i % 3);
                assertEquals(seed.published(), read.published(), "template " + i % 3);
                assertEquals(seed.text().strip().replaceAll("\\s+", " "), read.text().replace("\n\n", " "),
                        "the seed's text, in paragraphs, and nothing else: template " + i % 3);
                int sentences = WarcCorpus.SENTENCE_END.split(seed.text().strip()).length;
                assertEquals((sentences + 2) / 3, read.text().split("\n\n").length, "a paragraph of three sentences a block");
                assertFalse(read.text().contains(seeds.get((i + 37) % seeds.size()).title()), "no related headline");
                i++;
            }
        }
        assertEquals(9, i);
        assertEquals(9, html.size());
        assertTrue(html.get(0).length > 40_000, "pages the size of real ones: " + html.get(0).length);
    }
}
