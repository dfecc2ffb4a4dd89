package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.Rejection;
import org.conflicttally.article.TestWarcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** WARC files through the job's input path and the whole job: one row per response record, facts from the pages. */
@ExtendWith(SharedSpark.class)
class WarcInputTest {
    private static final String LEVANT = "https://www.levantobserver.example/news/syrian-regime-kills-two-turkish-soldiers";

    @TempDir
    Path dir;

    @Test
    void everyResponseRecordOfEveryWarcFileIsAnArticleOrAReject(SparkSession spark) throws IOException {
        Path crawl = dir.resolve("crawl");
        Files.createDirectories(crawl);
        TestWarcs.write(crawl.resolve("CC-NEWS-20200302061244-00001.warc.gz"), TestWarcs.CRAWL);
        Path plain = TestWarcs.write(crawl.resolve("CC-NEWS-20200302061244-00002.warc"), TestWarcs.CRAWL.subList(0, 4));
        byte[] bytes = Files.readAllBytes(plain);
        Files.write(crawl.resolve("CC-NEWS-20200302061244-00003.warc"), Arrays.copyOf(bytes, bytes.length - 700));
        SparkSettings.configure(spark);
        Corpus corpus = Corpus.expand(List.of(crawl.toString()), spark.sparkContext().hadoopConfiguration());

        CorpusLoader.Scan scan = CorpusLoader.scan(spark, corpus, org.conflicttally.article.ArticleFields.DEFAULTS,
                ScanRows.extracting(org.conflicttally.lexicon.LexiconSource.bundled()));
        Dataset<Row> records = scan.records();

        Map<String, Long> byKind = new TreeMap<>();
        for (Row r : records.collectAsList()) {
            String reason = r.getAs(Records.REASON);
            byKind.merge(reason == null ? "article" : Rejection.kindOf(reason), 1L, Long::sum);
        }
        // 9 responses + 4 + the truncated copy's 3 whole responses and its damaged last one (the 404 page)
        assertEquals(9 + 4 + 4, scan.inputRecords());
        assertEquals(Map.of("article", 4L + 2 + 2, "HTTP status not 200", 2L + 1, "not HTML", 1L,
                "not an article", 2L + 1 + 1, "unreadable file", 1L), byKind);
        Row levant = records.filter(col(Records.ARTICLE_ID).equalTo(LEVANT)
                .and(col(Records.INPUT).endsWith("00001.warc.gz"))).first();
        assertEquals("levantobserver.example", levant.getAs("source"));
        assertEquals(java.time.LocalDate.of(2020, 2, 27), levant.getAs("published"));
        assertTrue(levant.<Long>getAs(Records.POSITION) > 0, "the record's byte offset");
        List<Row> facts = levant.getList(levant.fieldIndex(Records.FACTS));
        assertTrue(facts.stream().anyMatch(f -> "killed".equals(f.getAs("type")) && Long.valueOf(2).equals(f.getAs("value_best"))),
                facts.toString());
        scan.unpersist();
    }

    @Test
    void theWholeJobReadsAWarcFileBesideJsonLines(SparkSession spark) throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        TestWarcs.write(corpus.resolve("crawl.warc.gz"), TestWarcs.CRAWL);
        Files.copy(Path.of("seeds/000_c68c9f5cbdf4db3c.txt"), corpus.resolve("000_c68c9f5cbdf4db3c.txt"));
        Path out = dir.resolve("tally");

        assertEquals(0, TallyJob.run(corpus.toString(), "--output", out.toString(), "--top", "0"));

        JsonNode summary = new ObjectMapper().readTree(out.resolve(TableWriter.SUMMARY).toFile());
        assertEquals(9 + 1, summary.get("input_records").asLong());
        assertEquals(4 + 1, summary.get("articles").asLong());
        assertEquals(5, summary.get("rejects").asLong());
        Dataset<Row> facts = spark.read().parquet(out.resolve("facts").toString());
        assertTrue(facts.filter(col("article_id").equalTo(LEVANT).and(col("type").equalTo("killed"))
                .and(col("value_best").equalTo(2))).count() >= 1);
        Dataset<Row> rejects = spark.read().parquet(out.resolve("rejects").toString());
        assertEquals(1, rejects.filter(col("reason").equalTo("HTTP status not 200: 404 Not Found")
                .and(col("excerpt").equalTo("https://www.levantobserver.example/news/no-such-story"))).count());
        Dataset<Row> warnings = spark.read().parquet(out.resolve("warnings").toString());
        assertEquals(1, warnings.filter(col("warning").startsWith("no publication date in the page's metadata")).count());
    }
}
