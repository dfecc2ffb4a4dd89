package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.Article;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.CsvArticles;
import org.conflicttally.article.FieldArticles;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.ParseResult;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The FA-KES dataset in its authors' own CSV layout (unit_id, article_title, article_content, source, date as
 * month/day/year, location; quoted fields, doubled quotes, CRLF) read with a field mapping gives the articles
 * and the facts of seeds/fa-kes.jsonl, the same 744 articles as JSON Lines. The CSV is
 * ../shared/corpus/fa-kes.csv, beside the project as the evaluation data is: without it the test is skipped.
 */
@ExtendWith(SharedSpark.class)
class FaKesCsvTest {
    static final Path CSV = Path.of("../shared/corpus/fa-kes.csv");
    static final Path JSON_LINES = Path.of("seeds/fa-kes.jsonl");
    /** The mapping the README shows: scripts/run ../shared/corpus/fa-kes.csv --field-id unit_id ... */
    static final ArticleFields MAPPING = new ArticleFields("unit_id", "url", "source", "article_title",
            List.of("date"), List.of("article_content"), "M/d/yyyy", "fakes-");

    @Test
    void theCsvGivesTheArticlesOfTheJsonLines() throws IOException {
        assumeTrue(Files.exists(CSV), CSV.toAbsolutePath() + " is not there (the shared evaluation folder)");
        List<Article> fromCsv = new ArrayList<>();
        try (InputStream in = Files.newInputStream(CSV)) {
            CsvArticles csv = new CsvArticles(CSV.toString(), in, new FieldArticles(MAPPING), InputFiles.MAX_RECORD_BYTES);
            for (ParseResult r = csv.next(); r != null; r = csv.next()) {
                fromCsv.add(assertInstanceOf(ParseResult.Accepted.class, r, r.toString()).article());
            }
        }
        JsonArticleParser json = new JsonArticleParser(ArticleFields.DEFAULTS);
        List<String> lines = Files.readAllLines(JSON_LINES, StandardCharsets.UTF_8);
        List<Article> fromJson = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            fromJson.add(((ParseResult.Accepted) json.parse("fa-kes.jsonl", i + 1, lines.get(i))).article());
        }
        assertEquals(744, fromCsv.size());
        assertEquals(fromJson, fromCsv, "id, source, url, title, published and text, article by article");
    }

    @Test
    void theJobReadsTheSameFactsFromTheCsvAsFromTheJsonLines(SparkSession spark) throws IOException {
        assumeTrue(Files.exists(CSV), CSV.toAbsolutePath() + " is not there (the shared evaluation folder)");
        SparkSettings.configure(spark);
        ScanRows extracting = ScanRows.extracting(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
        CorpusLoader.Scan csv = scan(spark, CSV, MAPPING, extracting);
        CorpusLoader.Scan json = scan(spark, JSON_LINES, ArticleFields.DEFAULTS, extracting);

        assertEquals(744, csv.inputRecords());
        assertEquals(json.inputRecords(), csv.inputRecords());
        List<String> csvArticles = articles(csv);
        assertEquals(articles(json), csvArticles);
        assertEquals(744, csvArticles.size(), "every row an article");
        // A record's position is the line it starts on: the first row follows the header, and rows whose text
        // holds line breaks push the next ones down.
        Row first = csv.records().orderBy(col(Records.POSITION)).first();
        assertEquals(2L, first.<Long>getAs(Records.POSITION));
        assertEquals("fakes-1914947530", first.getAs(Records.ARTICLE_ID));
        csv.unpersist();
        json.unpersist();
    }

    private static CorpusLoader.Scan scan(SparkSession spark, Path file, ArticleFields fields, ScanRows rows)
            throws IOException {
        Corpus corpus = Corpus.expand(List.of(file.toString()), spark.sparkContext().hadoopConfiguration());
        return CorpusLoader.scan(spark, corpus, fields, rows);
    }

    /** Every article's row as JSON, but where it came from: metadata, warnings and facts (sentences included). */
    private static List<String> articles(CorpusLoader.Scan scan) {
        return scan.records().filter(col(Records.REASON).isNull())
                .select(Records.ARTICLE_ID, "source", "url", "title", "published", "chars", Records.EXCERPT,
                        Records.WARNINGS, Records.FACTS)
                .toJSON().collectAsList().stream().sorted().toList();   // sorted whole: ids repeat
    }
}
