package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Input to records: every record becomes an article or a reject, with line numbers and reasons. */
@ExtendWith(SharedSpark.class)
class CorpusLoaderTest {
    @TempDir
    Path dir;

    @Test
    void jsonLinesBecomeArticlesOrRejects(SparkSession spark) throws IOException {
        Files.writeString(dir.resolve("articles.jsonl"), String.join("\n",
                "{\"id\": \"good\", \"published\": \"2020-02-27\", \"title\": \"T\", \"text\": \"Two killed.\"}",
                "{\"id\": \"broken\", \"published\": \"2020-02-27\", \"text\": \"Two",
                "",
                "{\"id\": \"undated\", \"title\": \"T\", \"text\": \"Two killed.\"}") + "\n");

        Dataset<Row> records = load(spark, dir);

        assertEquals(3, records.count(), "the blank line is not a record");
        assertEquals(List.of("good"), articleIds(records));
        assertEquals(List.of("2 malformed JSON", "4 no publication date"), rejects(records));
        assertEquals(records.count(), articleIds(records).size() + rejects(records).size(), "records = articles + rejects");
    }

    @Test
    void foldersMayHoldTxtFilesDuplicatesAndOtherFiles(SparkSession spark) throws IOException {
        Files.copy(Path.of("seeds/000_c68c9f5cbdf4db3c.txt"), dir.resolve("000_c68c9f5cbdf4db3c.txt"));
        Files.createDirectory(dir.resolve("copy"));
        Files.copy(Path.of("seeds/000_c68c9f5cbdf4db3c.txt"), dir.resolve("copy/000_c68c9f5cbdf4db3c.txt"));
        Files.writeString(dir.resolve("README.md"), "# credits\n");                       // documentation: ignored
        Files.writeString(dir.resolve("page.html"), "<html>not an article</html>\n");
        Files.writeString(dir.resolve("000_c68c9f5cbdf4db3c.expected.json"), "{\n}\n");   // golden file: ignored
        Files.writeString(dir.resolve("_SUCCESS"), "");                                    // Hadoop marker: ignored

        Dataset<Row> records = load(spark, dir);

        assertEquals(3, records.count());
        assertEquals(List.of("000_c68c9f5cbdf4db3c"), articleIds(records));
        Row article = records.filter(col(Records.REASON).isNull()).first();
        assertTrue(article.<String>getAs(Records.INPUT).endsWith("/000_c68c9f5cbdf4db3c.txt")
                && !article.<String>getAs(Records.INPUT).contains("/copy/"), "the first path in order stays");
        assertEquals(List.of("0 duplicate article id", "0 unsupported file type"), rejects(records));
    }

    @Test
    void aFileReadInPiecesGivesTheRecordsOfTheWholeFile(SparkSession spark) throws IOException {
        StringBuilder text = new StringBuilder();
        int records = 0;
        for (int i = 1; i <= 300; i++) {
            String line = i % 17 == 0 ? "{broken\n" : i % 13 == 0 ? "\n" : i % 11 == 0 ? json("dup", i) : json("a" + i, i);
            text.append(line);
            records += line.isBlank() ? 0 : 1;
        }
        Files.writeString(dir.resolve("big.jsonl"), text);
        Files.writeString(dir.resolve("blank.jsonl"), "\n".repeat(3000));   // no record in any of its pieces
        SparkSettings.configure(spark);
        Corpus corpus = Corpus.expand(List.of(dir.toString()), spark.sparkContext().hadoopConfiguration());
        assertTrue(CorpusLoader.tasks(corpus.files(), 2, 1000, 1000).size() > 10, "read in many pieces");

        CorpusLoader.Scan whole = CorpusLoader.scan(spark, corpus, ArticleFields.DEFAULTS, ScanRows.withoutFacts());
        CorpusLoader.Scan pieces = CorpusLoader.scan(spark, corpus, ArticleFields.DEFAULTS, ScanRows.withoutFacts(), 1000, 1000);

        assertEquals(whole.inputRecords(), pieces.inputRecords());
        assertEquals(records + 1, pieces.inputRecords(), "every non-blank line, and the empty file");
        assertEquals(keys(DuplicateArticles.markDuplicates(whole.records())),
                keys(DuplicateArticles.markDuplicates(pieces.records())));
        assertEquals(List.of("0 empty file"), rejects(pieces.records().filter(col(Records.INPUT).endsWith("blank.jsonl"))));
        whole.unpersist();
        pieces.unpersist();
    }

    @Test
    void tasksReadSmallFilesTogetherAndLargeUncompressedFilesInPieces() {
        List<Corpus.InputFile> files = List.of(
                new Corpus.InputFile("a.txt", 10, Corpus.Format.TXT),
                new Corpus.InputFile("b.txt", 10, Corpus.Format.TXT),
                new Corpus.InputFile("big.jsonl", 1000, Corpus.Format.JSON_LINES),
                new Corpus.InputFile("big.jsonl.gz", 1000, Corpus.Format.JSON_LINES),
                new Corpus.InputFile("c.jsonl", 90, Corpus.Format.JSON_LINES));
        assertEquals(List.of(
                        List.of(InputSplit.whole("a.txt"), InputSplit.whole("b.txt")),
                        List.of(new InputSplit("big.jsonl", 0, 100)), List.of(new InputSplit("big.jsonl", 100, 200)),
                        List.of(new InputSplit("big.jsonl", 200, 300)), List.of(new InputSplit("big.jsonl", 300, 400)),
                        List.of(new InputSplit("big.jsonl", 400, 500)), List.of(new InputSplit("big.jsonl", 500, 600)),
                        List.of(new InputSplit("big.jsonl", 600, 700)), List.of(new InputSplit("big.jsonl", 700, 800)),
                        List.of(new InputSplit("big.jsonl", 800, 900)), List.of(new InputSplit("big.jsonl", 900, 1000)),
                        List.of(InputSplit.whole("big.jsonl.gz")),   // compressed: read whole
                        List.of(InputSplit.whole("c.jsonl"))),
                CorpusLoader.tasks(files, 2, 100, 100));
    }

    private static String json(String id, int line) {
        return "{\"id\": \"" + id + "\", \"published\": \"2020-02-27\", \"title\": \"T\", \"text\": \"Line " + line + ".\"}\n";
    }

    /** "input:position id-or-reason" of every record, sorted. */
    private static List<String> keys(Dataset<Row> records) {
        return records.collectAsList().stream().map(r -> r.<String>getAs(Records.INPUT) + ":" + r.<Long>getAs(Records.POSITION)
                + " " + (r.getAs(Records.REASON) == null ? r.getAs(Records.ARTICLE_ID) : r.getAs(Records.REASON))).sorted().toList();
    }

    private static Dataset<Row> load(SparkSession spark, Path dir) throws IOException {
        SparkSettings.configure(spark);
        Corpus corpus = Corpus.expand(List.of(dir.toString()), spark.sparkContext().hadoopConfiguration());
        return DuplicateArticles.markDuplicates(CorpusLoader.scan(spark, corpus, ArticleFields.DEFAULTS, ScanRows.withoutFacts()).records());
    }

    private static List<String> articleIds(Dataset<Row> records) {
        return records.filter(col(Records.REASON).isNull()).select(Records.ARTICLE_ID)
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    }

    /** "position kind-of-reason" of each reject, sorted. */
    private static List<String> rejects(Dataset<Row> records) {
        return records.filter(col(Records.REASON).isNotNull()).collectAsList().stream()
                .map(r -> r.<Long>getAs(Records.POSITION) + " " + Rejection.kindOf(r.getAs(Records.REASON)))
                .sorted().toList();
    }
}
