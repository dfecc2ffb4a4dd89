package org.conflicttally.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflicttally.article.Article;
import org.conflicttally.article.HtmlArticleParser;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.Rejection;
import org.conflicttally.article.TxtArticleParser;
import org.conflicttally.article.WarcPages;
import org.conflicttally.facts.Extraction;
import org.conflicttally.facts.Fact;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.ConfigException;
import org.conflicttally.lexicon.LexiconSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The extraction core alone, without Spark: articles in (a .txt article, JSON Lines articles, or '-' for
 * standard input), facts out as JSON Lines with {@code article_id} and the columns of the facts table.
 * Rejected records are reported on standard error. The interface the accuracy scorer drives (scripts/eval).
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Extract facts from articles; print them as JSON Lines on standard output.")
public final class ExtractCli implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "A .txt article, a .jsonl/.json file of articles, a .warc/.warc.gz crawl, or - for standard input "
                    + "(JSON Lines when it starts with '{', else one .txt article).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Folder of lexicon files (default: conf/lexicons when present, else the copy in the jar).")
    Path lexicons;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new ExtractCli()).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        FactExtractor fx;
        try {
            fx = FactExtractor.compile(lexiconSource(lexicons));
        } catch (ConfigException e) {
            System.err.println("extract: " + e.getMessage());
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        JsonArticleParser jsonParser = new JsonArticleParser(ArticleFields.DEFAULTS);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        int rejected = 0;
        for (String input : inputs) {
            byte[] bytes;
            try {
                bytes = input.equals("-") ? readAll(System.in) : Files.readAllBytes(Path.of(input));
            } catch (IOException e) {
                System.err.println("extract: cannot read " + input + ": " + e.getMessage());
                return 2;
            }
            for (ParseResult r : parse(input, bytes, jsonParser)) {
                if (r instanceof Rejection rej) {
                    rejected++;
                    System.err.println("extract: rejected " + rej.input() + (rej.position() > 0 ? ":" + rej.position() : "")
                            + ": " + rej.reason());
                    continue;
                }
                ParseResult.Accepted accepted = (ParseResult.Accepted) r;
                Article a = accepted.article();
                Extraction x = fx.read(a);
                for (String w : accepted.warnings()) {   // text read as Windows-1252, as the job's warnings table
                    System.err.println("extract: warning: " + a.id() + ": " + w);
                }
                for (String w : x.warnings()) {
                    System.err.println("extract: warning: " + a.id() + ": " + w);
                }
                for (Fact f : x.facts()) {
                    json.writeValue(out, FactJson.toMap(f));
                    out.write('\n');
                }
            }
        }
        out.flush();
        if (rejected > 0) {
            System.err.println("extract: " + rejected + " record(s) rejected");
        }
        return 0;
    }

    static List<ParseResult> parse(String input, byte[] bytes, JsonArticleParser jsonParser) {
        List<ParseResult> results = new ArrayList<>();
        if (input.endsWith(".warc") || input.endsWith(".warc.gz")) {   // crawled pages, as the job reads them
            try (WarcPages pages = new WarcPages(input, new ByteArrayInputStream(bytes), HtmlArticleParser.bundled())) {
                pages.forEachRemaining(results::add);
            }
            return results;
        }
        boolean jsonLines = input.endsWith(".jsonl") || input.endsWith(".json")
                || input.equals("-") && firstNonBlank(bytes) == '{';
        if (!jsonLines) {
            results.add(TxtArticleParser.parse(input.equals("-") ? "stdin.txt" : input, bytes));
            return results;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                results.add(jsonParser.parse(input, i + 1, lines[i]));
            }
        }
        return results;
    }

    private static int firstNonBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b;
            }
        }
        return -1;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    /** The lexicons named by a flag, else conf/lexicons in the working folder, else the jar's copy. */
    public static LexiconSource lexiconSource(Path dir) {
        if (dir != null) {
            return LexiconSource.fromDirectory(dir);
        }
        Path local = Path.of("conf", "lexicons");
        return Files.isDirectory(local) ? LexiconSource.fromDirectory(local) : LexiconSource.bundled();
    }

}
