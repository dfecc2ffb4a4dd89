package org.conflicttally.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.Article;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.job.SparkSettings;
import org.conflicttally.lexicon.LexiconSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scripts/bench}: builds benchmark corpora and measures the extraction core alone and the whole job.
 * {@code run} (the default) does everything and prints the table; the other subcommands are its steps, each
 * usable alone. Defaults that name project folders resolve against {@code -Dconflicttally.home}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = BenchCli.VERSION,
        description = "Benchmark corpora and measurements of conflict-tally (see README, Performance).",
        subcommands = {BenchCli.Run.class, BenchCli.Generate.class, BenchCli.Core.class, BenchCli.Floor.class,
                BenchCli.Rewrite.class, WarcBench.class})
public final class BenchCli {
    static final String HOME = "${sys:conflicttally.home:-.}";
    static final String VERSION = "conflict-tally bench, corpus generator " + CorpusGenerator.VERSION;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCli()).execute(args));
    }

    /** The options of a corpus: where, how big, which seed. */
    static final class CorpusOptions {
        @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
                description = "Seed of the generator: the same seed and size give the same corpus, byte for byte. Default: ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = HOME + "/target/bench",
                description = "Folder of the corpora (corpus-SIZE-seedN/) and of the runs' output. Default: ${DEFAULT-VALUE}")
        Path dir;

        @Option(names = "--part-size", paramLabel = "SIZE", defaultValue = "32M",
                description = "Size of each JSON Lines part file (Spark reads one file per task). Default: ${DEFAULT-VALUE}")
        String partSize;

        @Option(names = "--seeds", paramLabel = "PATH", split = ",", defaultValue = HOME + "/seeds",
                description = "Real articles to recombine: .jsonl/.txt files or folders. Default: ${DEFAULT-VALUE}")
        List<Path> seeds;

        Manifest generate(long size, PrintWriter out) throws IOException {
            long start = System.nanoTime();
            SeedPool pool = SeedPool.load(seeds);
            Path folder = CorpusGenerator.folder(dir, size, seed);
            CorpusGenerator generator = new CorpusGenerator(pool);
            boolean reused = generator.existing(folder, size, seed, Sizes.parse(partSize)).isPresent();
            Manifest m = generator.generate(folder, size, seed, Sizes.parse(partSize),
                    Runtime.getRuntime().availableProcessors());
            double s = (System.nanoTime() - start) / 1e9;
            out.printf("corpus %s: %,d articles, %d parts, %.1f MB JSON, %.1f MB text, digest %s (%s in %.1f s)%n",
                    folder, m.articles(), m.parts().size(), m.jsonBytes() / 1e6, m.textBytes() / 1e6,
                    m.digest().substring(0, 16), reused ? "already there, checked" : "generated", s);
            out.flush();
            return m;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, version = BenchCli.VERSION,
            description = "Writes benchmark corpora (JSON Lines recombined from real articles) under --dir; reuses one already there.")
    static final class Generate implements Callable<Integer> {
        @CommandLine.Mixin
        CorpusOptions corpus = new CorpusOptions();

        @Option(names = "--size", paramLabel = "SIZE", split = ",", defaultValue = "100M",
                description = "Corpus sizes in JSON bytes (decimal: 1G = 10^9). Default: ${DEFAULT-VALUE}")
        List<String> sizes;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            for (String s : sizes) {
                corpus.generate(Sizes.parse(s), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "core", mixinStandardHelpOptions = true, version = BenchCli.VERSION,
            description = "The extraction core alone, no Spark: FactExtractor.extract over articles held in memory, after warm-up.")
    static final class Core implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "A generated corpus folder.")
        Path corpus;

        @Option(names = "--sample", paramLabel = "SIZE", defaultValue = "32M",
                description = "Text held in memory and extracted each pass. Default: ${DEFAULT-VALUE}")
        String sample;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Untimed passes first. Default: ${DEFAULT-VALUE}")
        int warmup;

        @Option(names = "--passes", paramLabel = "N", defaultValue = "5", description = "Timed passes. Default: ${DEFAULT-VALUE}")
        int passes;

        @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2",
                description = "Thread counts to measure, in turn. Default: ${DEFAULT-VALUE}")
        List<Integer> threads;

        @Option(names = "--lexicons", paramLabel = "DIR", defaultValue = HOME + "/conf/lexicons",
                description = "Lexicon folder. Default: ${DEFAULT-VALUE}")
        Path lexicons;

        @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
        Path json;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<Article> articles = CoreBench.load(corpus, Sizes.parse(sample));
            LexiconSource source = Files.isDirectory(lexicons) ? LexiconSource.fromDirectory(lexicons) : LexiconSource.bundled();
            long start = System.nanoTime();
            FactExtractor fx = FactExtractor.forSource(source);
            double compile = (System.nanoTime() - start) / 1e9;
            out.printf("core: %,d articles, %.1f MB text; lexicons compiled in %.2f s%n", articles.size(),
                    articles.stream().mapToLong(CoreBench::textBytes).sum() / 1e6, compile);
            List<Map<String, Object>> results = new ArrayList<>();
            for (int t : threads) {
                CoreBench.Result r = CoreBench.run(fx, articles, t, warmup, passes);
                out.printf("core: %d thread(s): %.1f MB/s, %,.0f articles/s (pass %.2f-%.2f s, %,d facts a pass; "
                                + "%.1f MB per CPU second)%n", t, r.mbPerSecond(), r.articlesPerSecond(), r.fastestPass(),
                        r.slowestPass(), r.facts(), r.mbPerCpuSecond());
                out.flush();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("threads", t);
                m.put("articles", r.articles());
                m.put("text_bytes", r.textBytes());
                m.put("facts_per_pass", r.facts());
                m.put("warmup_passes", warmup);
                m.put("pass_seconds", r.passSeconds());
                m.put("mb_per_s", r.mbPerSecond());
                m.put("articles_per_s", r.articlesPerSecond());
                m.put("cpu_seconds", r.cpuSeconds());
                m.put("mb_per_cpu_s", r.mbPerCpuSecond());
                results.add(m);
            }
            if (json != null) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("lexicon_compile_seconds", compile);
                doc.put("results", results);
                Files.writeString(json, JSON.writeValueAsString(doc));
            }
            return 0;
        }
    }

    @Command(name = "floor", mixinStandardHelpOptions = true, version = BenchCli.VERSION,
            description = "Spark's floor for a corpus: read the JSON Lines with an explicit schema, write the articles' metadata to Parquet.")
    static final class Floor implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "A generated corpus folder.")
        String corpus;

        @Option(names = "--output", paramLabel = "DIR", required = true, description = "Parquet output folder (replaced).")
        String output;

        @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]", description = "Spark master. Default: ${DEFAULT-VALUE}")
        String master;

        @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON.")
        Path json;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            SparkSession spark = SparkSession.builder().appName("conflict-tally-floor").master(master).getOrCreate();
            try {
                long start = System.nanoTime();
                long rows = IoFloor.run(spark, corpus, output);
                double s = (System.nanoTime() - start) / 1e9;
                spec.commandLine().getOut().printf("floor: %,d articles read and written in %.1f s%n", rows, s);
                if (json != null) {
                    Files.writeString(json, JSON.writeValueAsString(Map.of("articles", rows, "seconds", s)));
                }
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "rewrite", mixinStandardHelpOptions = true, version = BenchCli.VERSION,
            description = "Reads a table the job wrote and writes it again, several times in one JVM (the first run "
                    + "cold, the others warm): what writing that table costs apart from extracting it.")
    static final class Rewrite implements Callable<Integer> {
        @Option(names = "--table", paramLabel = "DIR", required = true,
                description = "A table folder of a job's output, e.g. target/bench/out/job-1G/facts.")
        String table;

        @Option(names = "--output", paramLabel = "DIR", required = true, description = "Parquet output folder (replaced).")
        String output;

        @Option(names = "--by-month", description = "Shuffle by month and write month folders, as the job writes facts and events.")
        boolean byMonth;

        @Option(names = "--times", paramLabel = "N", defaultValue = "3", description = "Runs. Default: ${DEFAULT-VALUE}")
        int times;

        @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]", description = "Spark master. Default: ${DEFAULT-VALUE}")
        String master;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SparkSession spark = SparkSettings.sessionBuilder("conflict-tally-rewrite", master).getOrCreate();
            try {
                for (int i = 1; i <= Math.max(1, times); i++) {
                    long start = System.nanoTime();
                    long rows = TableRewrite.run(spark, table, output, byMonth);
                    spec.commandLine().getOut().printf("rewrite %d: %,d rows read and written%s in %.1f s%n", i, rows,
                            byMonth ? " (shuffled by month, month folders)" : "", (System.nanoTime() - start) / 1e9);
                    spec.commandLine().getOut().flush();
                }
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, version = BenchCli.VERSION,
            description = "Generates the corpora, then measures the core alone, Spark's floor, the job with --no-extract "
                    + "and the whole job, each in a JVM of its own, and prints a table (also written to DIR/report.txt).")
    static final class Run implements Callable<Integer> {
        @CommandLine.Mixin
        CorpusOptions corpus = new CorpusOptions();

        @Option(names = "--size", paramLabel = "SIZE", split = ",", defaultValue = "100M",
                description = "Corpus sizes, smallest first, e.g. 100M,1G (decimal: 1G = 10^9 bytes of JSON). Default: ${DEFAULT-VALUE}")
        List<String> sizes;

        @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]", description = "Spark master of the job runs. Default: ${DEFAULT-VALUE}")
        String master;

        @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g",
                description = "-Xmx of every measured JVM (in local mode: driver and executor). Default: ${DEFAULT-VALUE}")
        String heap;

        @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
                description = "Runs of each Spark step per size; the table shows the fastest. Default: ${DEFAULT-VALUE}")
        int repeat;

        @Option(names = "--sample", paramLabel = "SIZE", defaultValue = "32M",
                description = "Text the core bench holds in memory. Default: ${DEFAULT-VALUE}")
        String sample;

        @Option(names = "--passes", paramLabel = "N", defaultValue = "5", description = "Timed passes of the core bench (after 3 warm-up). Default: ${DEFAULT-VALUE}")
        int passes;

        @Option(names = "--skip-core", description = "Do not measure the core alone.")
        boolean skipCore;

        @Option(names = "--skip-spark", description = "Do not run Spark (only generate and measure the core).")
        boolean skipSpark;

        @Option(names = "--jvm-flags", paramLabel = "FILE", defaultValue = HOME + "/scripts/jvm-flags",
                description = "Java options file for the Spark JVMs (Spark's module flags). Default: ${DEFAULT-VALUE}")
        Path jvmFlags;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            BenchRun run = new BenchRun(corpus, sizes.stream().map(Sizes::parse).sorted().toList(), master, heap,
                    repeat, sample, passes, jvmFlags, spec.commandLine().getOut());
            return run.run(!skipCore, !skipSpark);
        }
    }
}
