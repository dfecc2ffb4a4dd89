package org.conflicttally.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.conflicttally.article.Article;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.ParseResult;
import org.conflicttally.facts.FactExtractor;

/**
 * The extraction core alone, no Spark: {@link FactExtractor#extract} over an in-memory list of articles,
 * timed after warm-up passes. One pass hands every article to the extractor once; with several threads the
 * list is dealt out round-robin and a pass lasts until the last thread is done (wall clock), so the figure
 * for two threads is "the core's own time for the same text on two threads". Articles are parsed before
 * timing starts: JSON parsing is the loader's cost, not the core's.
 */
final class CoreBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /**
     * @param passSeconds wall-clock seconds of each timed pass
     * @param cpuSeconds  CPU seconds of each timed pass, all threads together: on a busy machine, where other
     *                    processes take turns on the cores, the work measured without the waiting
     * @param facts       facts found in one pass (the same every pass: a check, and keeps the work observable)
     */
    record Result(int threads, long articles, long textBytes, long facts, double[] passSeconds, double[] cpuSeconds) {
        double totalSeconds() {
            return Arrays.stream(passSeconds).sum();
        }

        /** MB (10^6 bytes) of article text (title, blank line, body as UTF-8) per second, over all timed passes. */
        double mbPerSecond() {
            return Sizes.mbPerSecond(textBytes * passSeconds.length, totalSeconds());
        }

        double articlesPerSecond() {
            return articles * passSeconds.length / totalSeconds();
        }

        /** MB of text per CPU second: what one core does when it is not shared. */
        double mbPerCpuSecond() {
            return Sizes.mbPerSecond(textBytes * cpuSeconds.length, Arrays.stream(cpuSeconds).sum());
        }

        double fastestPass() {
            return Arrays.stream(passSeconds).min().orElse(Double.NaN);
        }

        double slowestPass() {
            return Arrays.stream(passSeconds).max().orElse(Double.NaN);
        }
    }

    private CoreBench() {
    }

    /** The first articles of a corpus folder's part files (in name order), up to {@code sampleBytes} of text. */
    static List<Article> load(Path corpus, long sampleBytes) throws IOException {
        List<Path> parts;
        try (Stream<Path> files = Files.list(corpus)) {
            parts = files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        JsonArticleParser parser = new JsonArticleParser(ArticleFields.DEFAULTS);
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        for (Path part : parts) {
            try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                long line = 0;
                for (String json = in.readLine(); json != null && bytes < sampleBytes; json = in.readLine()) {
                    line++;
                    if (parser.parse(part.toString(), line, json) instanceof ParseResult.Accepted ok) {
                        articles.add(ok.article());
                        bytes += textBytes(ok.article());
                    }
                }
            }
            if (bytes >= sampleBytes) {
                break;
            }
        }
        if (articles.isEmpty()) {
            throw new IOException(corpus + ": no articles in *.jsonl files");
        }
        return articles;
    }

    static long textBytes(Article a) {
        return CorpusGenerator.utf8Length(a.document());
    }

    /** Runs {@code warmup} untimed passes, then {@code passes} timed ones, on {@code threads} threads. */
    static Result run(FactExtractor fx, List<Article> articles, int threads, int warmup, int passes) {
        long textBytes = articles.stream().mapToLong(CoreBench::textBytes).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long facts = -1;
            for (int i = 0; i < warmup; i++) {
                facts = pass(fx, articles, threads, pool)[0];
            }
            double[] seconds = new double[passes];
            double[] cpu = new double[passes];
            for (int i = 0; i < passes; i++) {
                long start = System.nanoTime();
                long[] found = pass(fx, articles, threads, pool);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                cpu[i] = found[1] / 1e9;
                if (facts >= 0 && found[0] != facts) {
                    throw new IllegalStateException("the extractor is not deterministic: " + facts + " facts, then " + found[0]);
                }
                facts = found[0];
            }
            return new Result(threads, articles.size(), textBytes, facts, seconds, cpu);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One pass over all articles; returns the number of facts found and the CPU nanoseconds of all threads. */
    private static long[] pass(FactExtractor fx, List<Article> articles, int threads, ExecutorService pool) {
        if (threads == 1) {
            return extractEvery(fx, articles, 0, 1);
        }
        List<Future<long[]>> shares = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int first = t;
            shares.add(pool.submit(() -> extractEvery(fx, articles, first, threads)));
        }
        long[] total = new long[2];
        try {
            for (Future<long[]> f : shares) {
                long[] share = f.get();
                total[0] += share[0];
                total[1] += share[1];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extractor failed", e.getCause());
        }
        return total;
    }

    /** Articles first, first + step, ...: {facts found, CPU nanoseconds of this thread}. */
    private static long[] extractEvery(FactExtractor fx, List<Article> articles, int first, int step) {
        long cpu = CPU.getCurrentThreadCpuTime();
        long facts = 0;
        for (int i = first; i < articles.size(); i += step) {
            facts += fx.extract(articles.get(i)).size();
        }
        return new long[] {facts, CPU.getCurrentThreadCpuTime() - cpu};
    }
}
