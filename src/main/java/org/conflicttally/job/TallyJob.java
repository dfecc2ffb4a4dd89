package org.conflicttally.job;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.PublishedFormat;
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
                    + "*.jsonl or *.json (JSON Lines), *.csv (a header, then an article a row), these also .gz/.bz2 "
                    + "but .txt, and *.parquet (a folder of part files too). Local paths or Hadoop URIs (hdfs://, s3a://).")
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

    // Field mapping of every input with fields (JSON Lines, CSV, Parquet). The --json-* names these flags had
    // before CSV and Parquet were read still work (ConfigFile.ALIASES), so that existing configs and scripts do.
    @Option(names = "--field-id", paramLabel = "FIELD", defaultValue = "id",
            description = "Field of the article id (a missing id is derived from the url or text). The --json-* "
                    + "names of these flags still work.")
    String fieldId;

    @Option(names = "--field-url", paramLabel = "FIELD", defaultValue = "url",
            description = "Field of the url.")
    String fieldUrl;

    @Option(names = "--field-source", paramLabel = "FIELD", defaultValue = "source",
            description = "Field of the outlet.")
    String fieldSource;

    @Option(names = "--field-title", paramLabel = "FIELD", defaultValue = "title",
            description = "Field of the headline.")
    String fieldTitle;

    @Option(names = "--field-published", paramLabel = "FIELD", split = ",",
            defaultValue = "published,date", description = "Fields of the publication date, first present wins.")
    List<String> fieldPublished;

    @Option(names = "--field-text", paramLabel = "FIELD", split = ",",
            defaultValue = "text,body,content", description = "Fields of the article text, first present wins.")
    List<String> fieldText;

    @Option(names = "--date-format", paramLabel = "PATTERN", defaultValue = PublishedFormat.AUTO,
            converter = DateFormatCheck.class,
            description = "How date fields are written: a java.time pattern (M/d/yyyy for 4/5/2017, "
                    + "dd.MM.yyyy, yyyy-MM-dd HH:mm:ss), or auto: ISO dates and the forms news pages print "
                    + "(27 February 2020, Feb 27, 2020). Typed Parquet dates and timestamps need none.")
    String dateFormat;

    @Option(names = "--id-prefix", paramLabel = "TEXT", defaultValue = "",
            description = "Put before every id read from the id field (fakes- makes 1914947530 "
                    + "fakes-1914947530), so that the numeric ids of two corpora do not collide.")
    String idPrefix;

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
        ArticleFields fields = new ArticleFields(fieldId, fieldUrl, fieldSource, fieldTitle, fieldPublished,
                fieldText, dateFormat, idPrefix);
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = ownSession ? newSession() : SparkSession.getDefaultSession().get();
        try {
            SparkSettings.configure(spark);
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

    /** A session of our own; a notebook's or a test's existing session is used as it is. */
    private SparkSession newSession() {
        return SparkSettings.sessionBuilder("conflict-tally", master).getOrCreate();
    }

    /** A bad {@code --date-format} fails while the flags are parsed: one line, exit code 2. */
    static final class DateFormatCheck implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return PublishedFormat.of(value).toString();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --version}: the extractor version is what decides the facts. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"conflict-tally, extractor " + FactExtractor.VERSION};
        }
    }
}
