package org.conflicttally.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.ParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus: the same seed gives the same bytes, whatever the threads; every line is an article. */
class CorpusGeneratorTest {
    static final long SIZE = 400_000;
    static final long PART = 150_000;

    @TempDir
    static Path tmp;
    static SeedPool pool;

    @BeforeAll
    static void loadSeeds() throws IOException {
        pool = SeedPool.load(List.of(Path.of("seeds")));
    }

    @Test
    void sameSeedSameBytesWhateverTheThreads() throws IOException {
        Manifest one = new CorpusGenerator(pool).generate(tmp.resolve("a"), SIZE, 7, PART, 1);
        Manifest two = new CorpusGenerator(pool).generate(tmp.resolve("b"), SIZE, 7, PART, 3);
        assertEquals(3, one.parts().size());
        assertEquals(one.digest(), two.digest());
        for (Manifest.Part p : one.parts()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(p.file())),
                    Files.readAllBytes(tmp.resolve("b").resolve(p.file())), p.file());
        }
        Manifest other = new CorpusGenerator(pool).generate(tmp.resolve("c"), SIZE, 8, PART, 2);
        assertNotEquals(one.digest(), other.digest());
    }

    @Test
    void everyLineIsAnArticleWithItsOwnId() throws IOException {
        Path dir = tmp.resolve("d");
        Manifest m = new CorpusGenerator(pool).generate(dir, SIZE, 1, PART, 2);
        JsonArticleParser parser = new JsonArticleParser(ArticleFields.DEFAULTS);
        Set<String> ids = new HashSet<>();
        long textBytes = 0;
        long bytes = 0;
        for (Manifest.Part p : m.parts()) {
            byte[] file = Files.readAllBytes(dir.resolve(p.file()));
            bytes += file.length;
            String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
            assertEquals(p.articles(), lines.length);
            for (int i = 0; i < lines.length; i++) {
                ParseResult r = parser.parse(p.file(), i + 1, lines[i]);
                assertTrue(r instanceof ParseResult.Accepted, () -> r + "");
                var a = ((ParseResult.Accepted) r).article();
                assertTrue(ids.add(a.id()), a.id());
                textBytes += CoreBench.textBytes(a);
            }
        }
        assertEquals(m.articles(), ids.size());
        assertEquals(m.jsonBytes(), bytes);
        assertEquals(m.textBytes(), textBytes);
        // each part stops at the first article past its share: the corpus is its size, give or take an article a part
        assertTrue(bytes >= SIZE && bytes < SIZE + m.parts().size() * 20_000L, "bytes " + bytes);
    }

    @Test
    void aCorpusAlreadyThereIsReusedNotRewritten() throws IOException {
        Path dir = tmp.resolve("e");
        CorpusGenerator g = new CorpusGenerator(pool);
        Manifest first = g.generate(dir, SIZE, 3, PART, 2);
        Path part = dir.resolve(first.parts().get(0).file());
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(part, written);
        assertEquals(first, g.generate(dir, SIZE, 3, PART, 2));
        assertEquals(written, Files.getLastModifiedTime(part));
        // other parameters: rewritten
        Manifest bigger = g.generate(dir, SIZE * 2, 3, PART, 2);
        assertEquals(6, bigger.parts().size());
        assertTrue(bigger.filesPresent(dir));
    }

    @Test
    void folderNamesSayTheSizeAndSeed() {
        assertEquals(Path.of("t", "corpus-100M-seed1"), CorpusGenerator.folder(Path.of("t"), 100_000_000L, 1));
        assertEquals(Path.of("t", "corpus-1G-seed42"), CorpusGenerator.folder(Path.of("t"), Sizes.parse("1G"), 42));
    }
}
