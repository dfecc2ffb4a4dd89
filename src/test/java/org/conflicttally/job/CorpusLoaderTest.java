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
import org.conflicttally.article.JsonFields;
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

    private static Dataset<Row> load(SparkSession spark, Path dir) throws IOException {
        TallyJob.configure(spark);
        Corpus corpus = Corpus.expand(List.of(dir.toString()), spark.sparkContext().hadoopConfiguration());
        return DuplicateArticles.markDuplicates(CorpusLoader.load(spark, corpus, JsonFields.DEFAULTS));
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
