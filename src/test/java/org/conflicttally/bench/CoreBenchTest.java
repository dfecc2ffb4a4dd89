package org.conflicttally.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.conflicttally.article.Article;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core harness on a tiny corpus: it runs, counts what it timed, and one and two threads agree. */
class CoreBenchTest {
    @Test
    void timesPassesOverTheSampleOnOneAndTwoThreads(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("corpus");
        new CorpusGenerator(SeedPool.load(List.of(Path.of("seeds")))).generate(dir, 120_000, 1, 60_000, 2);
        List<Article> sample = CoreBench.load(dir, 50_000);
        long bytes = sample.stream().mapToLong(CoreBench::textBytes).sum();
        assertTrue(bytes >= 50_000 && bytes < 70_000, "sample bytes " + bytes);

        FactExtractor fx = FactExtractor.forSource(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
        CoreBench.Result one = CoreBench.run(fx, sample, 1, 1, 2);
        CoreBench.Result two = CoreBench.run(fx, sample, 2, 0, 1);
        assertEquals(2, one.passSeconds().length);
        assertEquals(2, one.cpuSeconds().length);
        assertTrue(one.mbPerCpuSecond() > 0);
        assertEquals(sample.size(), one.articles());
        assertEquals(bytes, one.textBytes());
        assertTrue(one.facts() > 0);
        assertEquals(one.facts(), two.facts());
        assertTrue(one.mbPerSecond() > 0 && one.articlesPerSecond() > 0);
        assertEquals(one.mbPerSecond(), bytes * 2 / 1e6 / one.totalSeconds(), 1e-9);
    }
}
