package org.conflicttally.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.conflicttally.article.Article;
import org.conflicttally.article.HtmlArticleParser;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.WarcPages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scripts/bench warc}: the WARC reader alone, no Spark, on one thread: a .warc.gz of news pages
 * ({@link WarcCorpus}) held in memory and read by {@link WarcPages} (gzip, WARC and HTTP records, charset,
 * HTML parsing, metadata, main text) into articles, after warm-up passes; then the HTML-to-article step alone
 * ({@link HtmlArticleParser} on the pages' HTML). Pages per second of the wall clock, and per CPU second of
 * the thread: what one core does.
 */
@Command(name = "warc", mixinStandardHelpOptions = true, version = BenchCli.VERSION,
        description = "The WARC reader alone, no Spark, one thread: pages of the seed articles in news-site templates, "
                + "from a .warc.gz in memory to articles.")
final class WarcBench implements Callable<Integer> {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Option(names = "--seeds", paramLabel = "PATH", split = ",", defaultValue = BenchCli.HOME + "/seeds",
            description = "Real articles to wrap in pages: .jsonl/.txt files or folders. Default: ${DEFAULT-VALUE}")
    List<Path> seeds;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "3000", description = "Pages in the file. Default: ${DEFAULT-VALUE}")
    int pages;

    @Option(names = "--file", paramLabel = "FILE", defaultValue = BenchCli.HOME + "/target/bench/pages.warc.gz",
            description = "Where the WARC file is written (replaced). Default: ${DEFAULT-VALUE}")
    Path file;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Untimed passes first. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "5", description = "Timed passes. Default: ${DEFAULT-VALUE}")
    int passes;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** One measure: pages a pass, articles among them, and the timed passes' wall and thread CPU seconds. */
    record Result(long pages, long articles, double wallSeconds, double cpuSeconds) {
        double pagesPerSecond() {
            return pages / wallSeconds;
        }

        double pagesPerCpuSecond() {
            return pages / cpuSeconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = WarcCorpus.seeds(seeds);
        List<byte[]> html = WarcCorpus.write(file, articles, pages);
        byte[] warc = Files.readAllBytes(file);
        long htmlBytes = html.stream().mapToLong(b -> b.length).sum();
        out.printf("warc: %s: %,d pages of %,d seed articles, %.1f KB of HTML a page, %.1f MB gzipped%n", file, pages,
                articles.size(), htmlBytes / 1e3 / pages, warc.length / 1e6);
        HtmlArticleParser parser = HtmlArticleParser.bundled();
        Result reader = time(() -> readWarc(warc, parser));
        Result htmlOnly = time(() -> readHtml(html, parser));
        out.printf("warc: reader (.warc.gz to articles), 1 thread: %,.0f pages/s, %,.0f pages per CPU second; %,d of %,d "
                + "pages articles%n", reader.pagesPerSecond(), reader.pagesPerCpuSecond(), reader.articles(), reader.pages());
        out.printf("warc: HTML to article alone, 1 thread: %,.0f pages/s, %,.0f pages per CPU second (target >= 500)%n",
                htmlOnly.pagesPerSecond(), htmlOnly.pagesPerCpuSecond());
        out.flush();
        if (json != null) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("pages", pages);
            doc.put("html_bytes_per_page", htmlBytes / pages);
            doc.put("warc_bytes", warc.length);
            doc.put("warmup_passes", warmup);
            doc.put("timed_passes", passes);
            doc.put("reader", reader);
            doc.put("html_only", htmlOnly);
            Files.writeString(json, BenchCli.JSON.writeValueAsString(doc));
        }
        return 0;
    }

    /** Articles in one pass over the file. */
    private long readWarc(byte[] warc, HtmlArticleParser parser) {
        long n = 0;
        try (WarcPages pages = new WarcPages("bench.warc.gz", new ByteArrayInputStream(warc), parser)) {
            while (pages.hasNext()) {
                n += pages.next() instanceof ParseResult.Accepted ? 1 : 0;
            }
        }
        return n;
    }

    private long readHtml(List<byte[]> html, HtmlArticleParser parser) {
        long n = 0;
        for (int i = 0; i < html.size(); i++) {
            byte[] page = html.get(i);
            ParseResult r = parser.parse("bench", i, "https://bench.example/" + i, Instant.EPOCH, "UTF-8", page,
                    page.length, List.of());
            n += r instanceof ParseResult.Accepted ? 1 : 0;
        }
        return n;
    }

    private Result time(LongSupplier pass) {
        for (int i = 0; i < warmup; i++) {
            pass.getAsLong();
        }
        long articles = 0;
        long wall = 0;
        long cpu = 0;
        for (int i = 0; i < passes; i++) {
            long w0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            articles = pass.getAsLong();
            cpu += CPU.getCurrentThreadCpuTime() - c0;
            wall += System.nanoTime() - w0;
        }
        return new Result(pages, articles, wall / 1e9 / passes, cpu / 1e9 / passes);
    }
}
