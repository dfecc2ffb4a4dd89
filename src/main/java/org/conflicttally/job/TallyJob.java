package org.conflicttally.job;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.JsonFields;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.ConfigException;
import org.conflicttally.lexicon.LexiconSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line: reads a corpus, writes the tables under {@code --output}, prints a summary. The same
 * class runs under spark-submit (which sets the master) and from {@code scripts/run} (local mode).
 *
 * <p>Defaults that name project folders resolve against the system property {@value #HOME_PROPERTY}
 * (scripts/run sets it to the project folder), else the working directory.
 */
@Command(name = "conflict-tally", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        versionProvider = TallyJob.Version.class, usageHelpAutoWidth = false,
        description = "Counts killed, injured, displaced and incidents per actor and month from news articles, "
                + "on Spark. Writes Parquet tables and summary.json under --output and prints a summary.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the tables are written and every input record is an article or a reject",
                "1:the run failed", "2:bad flags, a missing input path or bad lexicons"})
public final class TallyJob implements Callable<Integer> {
    static final String HOME_PROPERTY = "conflicttally.home";
    private static final String HOME = "${sys:" + HOME_PROPERTY + ":-.}";

    @Parameters(paramLabel = "CORPUS", arity = "0..*", defaultValue = HOME + "/seeds",
            description = "Files or folders (searched recursively) of articles: *.txt (one article a file), "
                    + "*.jsonl or *.json (JSON Lines, also .gz/.bz2). Local paths or Hadoop URIs (hdfs://, s3a://).")
    List<String> corpus;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = HOME + "/target/tally",
            description = "Output folder; replaced by each run (refused if it holds other files), or updated with --mode update.")
    String output;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "overwrite",
            description = "overwrite: write the output folder afresh. update: add the articles to an earlier run's "
                    + "output, recomputing only the months their facts touch (articles already there are rejected).")
    RunMode mode;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Lexicon folder. Default: " + HOME + "/conf/lexicons if it exists, else the copy bundled in the jar.")
    Path lexicons;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master. Default: the one spark-submit sets, else local[*].")
    String master;

    @Option(names = "--json-id", paramLabel = "FIELD", defaultValue = "id",
            description = "JSON field of the article id (a missing id is derived from the url or text).")
    String jsonId;

    @Option(names = "--json-url", paramLabel = "FIELD", defaultValue = "url", description = "JSON field of the url.")
    String jsonUrl;

    @Option(names = "--json-source", paramLabel = "FIELD", defaultValue = "source",
            description = "JSON field of the outlet.")
    String jsonSource;

    @Option(names = "--json-title", paramLabel = "FIELD", defaultValue = "title",
            description = "JSON field of the headline.")
    String jsonTitle;

    @Option(names = "--json-published", paramLabel = "FIELD", split = ",", defaultValue = "published,date",
            description = "JSON fields of the publication date, first present wins.")
    List<String> jsonPublished;

    @Option(names = "--json-text", paramLabel = "FIELD", split = ",", defaultValue = "text,body,content",
            description = "JSON fields of the article text, first present wins.")
    List<String> jsonText;

    @Spec
    CommandSpec spec;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Rows of the casualties table printed in the summary.")
    int top;

    @Option(names = ConfigFile.FLAG, paramLabel = "FILE", description = "Job options from a properties file, keys "
            + "named as the flags without -- and corpus for the input paths (conf/conflict-tally.properties lists "
            + "them). Flags and corpus paths given here win over the file.")
    Path config;   // read by ConfigFile before parsing; here for --help and validation

    @Option(names = "--no-extract", defaultValue = "false",
            description = "Benchmarking only: load the corpus and write the tables without extracting facts "
                    + "(facts, the extractor's warnings and the monthly tables come out empty): the I/O floor "
                    + "that scripts/bench compares the whole job with.")
    boolean noExtract;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job; returns the exit code instead of exiting, so tests and notebooks can call it. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new TallyJob()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, given) -> {   // an unknown flag: one line, not the whole usage
            e.getCommandLine().getErr().println("conflict-tally: " + e.getMessage() + " (--help lists the flags)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Mistakes a user can fix get one line, not a stack trace.
            if (e instanceof ConfigException || e instanceof FileNotFoundException
                    || e instanceof FileAlreadyExistsException) {
                commandLine.getErr().println("conflict-tally: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        String[] withConfig;
        try {
            withConfig = ConfigFile.apply(cli, args);
        } catch (ConfigException e) {
            cli.getErr().println("conflict-tally: " + e.getMessage());
            return 2;
        }
        return cli.execute(withConfig);
    }

    @Override
    public Integer call() throws Exception {
        LexiconSource lexiconSource = lexicons();
        FactExtractor.forSource(lexiconSource);   // a bad lexicon line fails here, with file:line, before Spark starts
        JsonFields fields = new JsonFields(jsonId, jsonUrl, jsonSource, jsonTitle, jsonPublished, jsonText);
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = ownSession ? newSession() : SparkSession.getDefaultSession().get();
        try {
            configure(spark);
            RunSummary summary = new Pipeline(spark,
                    new Pipeline.Settings(corpus, output, lexiconSource, fields, top, !noExtract, mode)).run();
            PrintWriter out = spec.commandLine().getOut();
            out.print(summary.toText());
            out.flush();
            return summary.accountingHolds() ? 0 : 1;
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    private LexiconSource lexicons() {
        if (lexicons != null) {
            return LexiconSource.fromDirectory(lexicons);
        }
        Path conf = Path.of(System.getProperty(HOME_PROPERTY, "."), "conf", "lexicons");
        return Files.isDirectory(conf) ? LexiconSource.fromDirectory(conf) : LexiconSource.bundled();
    }

    private static final String LISTING_THRESHOLD = "spark.sql.sources.parallelPartitionDiscovery.threshold";

    /** A session of our own; a notebook's or a test's existing session is used as it is. */
    private SparkSession newSession() {
        return sessionBuilder("conflict-tally", master).getOrCreate();
    }

    /**
     * The settings of a session the job starts itself (also what scripts/bench rewrite measures with).
     *
     * @param master null for the one spark-submit passes, else local[*]
     */
    public static SparkSession.Builder sessionBuilder(String appName, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                // The job persists its stages on disk. Java serialization keeps every object of a block it
                // writes until it resets (every 100 objects): 100 column batches of article text, about 1 GB
                // of heap in a 1 GB corpus. Kryo keeps none (scripts/bench: heap after GC 1.2 GB -> 0.3 GB).
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                // Shuffles by month (facts, events) end in partitions of whole months, of uneven sizes. Adaptive
                // execution would merge them into one partition per core, and the last, largest one ran alone
                // for seconds; partitions of about 16 MB keep the cores busy to the end (scripts/bench, 1G:
                // 92.8 s -> 89.1 s).
                .config("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false")
                .config("spark.sql.adaptive.advisoryPartitionSizeInBytes", "16m");
        SparkConf submitted = new SparkConf();   // spark-submit passes its --master and --conf as properties
        String effectiveMaster = master != null ? master : submitted.get("spark.master", "local[*]");
        builder.master(effectiveMaster);
        if (!submitted.contains(LocalFiles.PROPERTY)) {   // file: paths without a chmod process per folder and file
            builder.config(LocalFiles.PROPERTY, LocalFiles.class.getName());
        }
        // The job reads back the tables it wrote, whose month folders (hundreds) Spark lists with a job of
        // a task per folder above 32 folders: 1.1 to 1.6 s each time on the 1G bench corpus in local[2], where
        // listing them in the driver takes milliseconds. In local mode those tasks run on the same few cores
        // anyway; on a cluster the listing job is kept (many folders on an object store list faster in parallel).
        if (effectiveMaster.startsWith("local") && !submitted.contains(LISTING_THRESHOLD)) {
            builder.config(LISTING_THRESHOLD, "100000");
        }
        return builder;
    }

    /** Settings the tables depend on: runtime SQL settings, so they apply to an existing session too. */
    public static void configure(SparkSession spark) {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        // java.time.LocalDate in rows, as the core uses; java.sql.Date would shift with the JVM's zone.
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        // Lets adaptive execution shrink the partitions of persisted stages too. Without it every stage
        // after a persisted shuffle runs spark.sql.shuffle.partitions (200) tasks: 49 s instead of 11 s for
        // the one seed article in local mode.
        spark.conf().set("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
        // The stages the job persists are read whole, never filtered on a column: compressing them column by
        // column (statistics of every string) cost a tenth of the job's CPU and saved nothing (scripts/bench).
        spark.conf().set("spark.sql.inMemoryColumnarStorage.compressed", "false");
        // Parquet pages in zstd rather than snappy: a third smaller (facts, mostly sentences), for about the
        // same CPU; pandas/pyarrow, DuckDB and polars read it.
        spark.conf().set("spark.sql.parquet.compression.codec", "zstd");
    }

    /** {@code --version}: the extractor version is what decides the facts. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"conflict-tally, extractor " + FactExtractor.VERSION};
        }
    }
}
