package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet in, as Spark writes it (a folder of part files with a _SUCCESS marker): real FA-KES articles written
 * here with typed columns (a numeric id, a DATE) read back through the job's input path give the articles of
 * the JSON Lines they came from; bad rows and files are rejects with their row and reason.
 */
@ExtendWith(SharedSpark.class)
class ParquetInputTest {
    private static final int ARTICLES = 30;
    private static final ArticleFields MAPPING = new ArticleFields("unit_id", "url", "source", "article_title",
            List.of("date"), List.of("article_content"), "auto", "fakes-");
    private static final StructType LAYOUT = new StructType()
            .add("unit_id", DataTypes.LongType).add("article_title", DataTypes.StringType)
            .add("article_content", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("date", DataTypes.DateType).add("location", DataTypes.StringType);

    @TempDir
    Path dir;

    @Test
    void articlesWrittenAsParquetReadBackAsFromJsonLines(SparkSession spark) throws IOException {
        SparkSettings.configure(spark);
        List<String> lines = Files.readAllLines(FaKesCsvTest.JSON_LINES, StandardCharsets.UTF_8).subList(0, ARTICLES);
        Files.write(dir.resolve("sample.jsonl"), lines);
        Dataset<Row> fromJson = loaded(spark, dir.resolve("sample.jsonl"), ArticleFields.DEFAULTS);
        List<Row> rows = new ArrayList<>();
        for (Row r : fromJson.filter(col(Records.REASON).isNull()).collectAsList()) {   // the same articles as columns
            rows.add(RowFactory.create(Long.parseLong(r.<String>getAs(Records.ARTICLE_ID).substring("fakes-".length())),
                    r.getAs("title"), null, r.getAs("source"), r.getAs("published"), "idlib"));
        }
        // The text is not in the job's records: take it from the JSON lines, by id.
        List<Row> withText = rows.stream().map(r -> RowFactory.create(r.get(0), r.get(1), text(lines, r.getLong(0)),
                r.get(3), r.get(4), r.get(5))).toList();
        Path table = dir.resolve("table");
        spark.createDataFrame(withText, LAYOUT).repartition(3).write().parquet(table.toString());
        assertTrue(Files.list(table).filter(p -> p.getFileName().toString().endsWith(".parquet")).count() >= 2,
                "a folder of part files");

        Dataset<Row> fromParquet = loaded(spark, table, MAPPING);

        assertEquals(ARTICLES, fromParquet.count());
        assertEquals(articles(fromJson), articles(fromParquet));
        assertTrue(fromParquet.collectAsList().stream().allMatch(r -> r.<Long>getAs(Records.POSITION) >= 1),
                "positions are row numbers from 1");
    }

    @Test
    void badRowsAndFilesAreRejectsWithTheirRow(SparkSession spark) throws IOException {
        SparkSettings.configure(spark);
        List<Row> rows = List.of(
                RowFactory.create(1L, "T", "Two people were killed in Idlib.", "nna", LocalDate.of(2017, 4, 5), null),
                RowFactory.create(2L, "T", null, "nna", LocalDate.of(2017, 4, 5), null),
                RowFactory.create(3L, "T", "Body.", "nna", null, null),
                RowFactory.create(4L, "T", "Body.", "nna", LocalDate.of(1017, 4, 5), null),
                RowFactory.create(5L, "T", "x".repeat(InputFiles.MAX_RECORD_BYTES + 1), "nna", LocalDate.of(2017, 4, 5), null));
        Path table = dir.resolve("table");
        spark.createDataFrame(rows, LAYOUT).coalesce(1).write().parquet(table.toString());
        Files.writeString(table.resolve("part-99999-not-parquet.parquet"), "this is no Parquet file\n");
        // A table without the text column: every row a reject, none dropped.
        spark.createDataFrame(List.of(RowFactory.create(6L, "T")), new StructType()
                .add("unit_id", DataTypes.LongType).add("article_title", DataTypes.StringType))
                .coalesce(1).write().parquet(dir.resolve("titles").toString());

        Dataset<Row> records = loaded(spark, dir, MAPPING);

        assertEquals(List.of(
                "part-00000 1 fakes-1",
                "part-00000 2 missing text",
                "part-00000 3 no publication date",
                "part-00000 4 implausible publication date",
                "part-00000 5 too long",
                "part-99999 0 unreadable file",
                "part-00000 1 missing text"), outcomes(records));   // table/ before titles/
        String unreadable = records.filter(col(Records.INPUT).contains("part-99999")).first().getAs(Records.REASON);
        assertTrue(unreadable.contains("is not a Parquet file"), unreadable);
    }

    private static String text(List<String> lines, long unitId) {
        String line = lines.stream().filter(l -> l.contains("\"fakes-" + unitId + "\"")).findFirst().orElseThrow();
        return new org.conflicttally.article.JsonArticleParser(ArticleFields.DEFAULTS).parse("x", 1, line) instanceof
                org.conflicttally.article.ParseResult.Accepted a ? a.article().text() : null;
    }

    private Dataset<Row> loaded(SparkSession spark, Path path, ArticleFields fields) throws IOException {
        Corpus corpus = Corpus.expand(List.of(path.toString()), spark.sparkContext().hadoopConfiguration());
        return CorpusLoader.scan(spark, corpus, fields, ScanRows.withoutFacts()).records();
    }

    /** The articles as the tables keep them, but where they came from. */
    private static List<String> articles(Dataset<Row> records) {
        return records.filter(col(Records.REASON).isNull())
                .select(Records.ARTICLE_ID, "source", "url", "title", "published", "chars", Records.EXCERPT)
                .toJSON().collectAsList().stream().sorted().toList();
    }

    /** "part position id-or-reason-kind" of every record, in path and row order. */
    private static List<String> outcomes(Dataset<Row> records) {
        return records.orderBy(col(Records.INPUT), col(Records.POSITION)).collectAsList().stream()
                .map(r -> Stream.of(r.<String>getAs(Records.INPUT).replaceAll(".*/(part-\\d+).*", "$1"),
                        String.valueOf(r.<Long>getAs(Records.POSITION)),
                        r.getAs(Records.REASON) == null ? r.<String>getAs(Records.ARTICLE_ID)
                                : Rejection.kindOf(r.getAs(Records.REASON))).reduce((a, b) -> a + " " + b).orElseThrow())
                .toList();
    }
}
