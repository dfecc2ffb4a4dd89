package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.Rejection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a corpus of everything that goes wrong in real ones (generated here): malformed and
 * truncated JSON, empty and binary files, invalid UTF-8 and Windows-1252, a line and a file over the size
 * limit, deep JSON, absurd numbers, implausible and missing dates, HTML, hostile file names and ids. The
 * run succeeds, every record is an article or a reject with its place and reason, absurd figures are
 * warnings and never facts, and nothing is written outside the output folder.
 */
@ExtendWith(SharedSpark.class)
class HostileCorpusTest {
    @TempDir
    static Path tmp;
    static Path corpus;
    static Path out;
    static int exit;

    private static String json(String id, String published, String text) {
        return "{\"id\": \"" + id + "\", \"published\": \"" + published + "\", \"title\": \"T\", \"text\": \"" + text + "\"}";
    }

    @BeforeAll
    static void runOnAHostileCorpus(SparkSession spark) throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        out = tmp.resolve("out");
        Files.writeString(corpus.resolve("good.jsonl"), String.join("\n",
                json("good-1", "2020-02-27", "Two Turkish soldiers were killed in Syrian regime shelling in Idlib."),
                json("absurd", "2020-01-06", "Reports said 10^400 people were killed on Monday. "
                        + "A statement said 99999999999999999999 killed in the strike. "
                        + "The ministry said 60000000 people were displaced on Monday. "
                        + "Officials said 9223372036854775808 soldiers were wounded."),
                json("../../escape", "2020-02-27", "Three civilians were killed in an air strike on Aleppo."),
                "{\"@class\": \"java.lang.ProcessBuilder\", \"id\": \"${jndi:ldap://127.0.0.1/x}\", \"published\": "
                        + "\"2020-02-27\", \"text\": \"'; DROP TABLE facts; -- Four people were injured.\"}",
                "") + "\n");
        List<byte[]> broken = new ArrayList<>();
        broken.add(utf8("{\"id\": \"cut\", \"published\": \"2020-02-27\", \"text\": \"Two"));            // 1 malformed
        broken.add(utf8("[1, 2]"));                                                                      // 2 not an object
        broken.add(utf8("{\"id\": \"deep\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"));  // 3 over limits
        broken.add(utf8(json("year0", "0000-01-01", "Two killed.")));                                    // 4 implausible date
        broken.add(utf8(json("year9999", "9999-12-31", "Two killed.")));                                 // 5 implausible date
        broken.add(utf8("{\"id\": \"undated\", \"text\": \"Two killed.\"}"));                            // 6 no date
        broken.add(utf8("{\"id\": \"textless\", \"published\": \"2020-02-27\"}"));                       // 7 missing text
        broken.add(json("cp1252", "2020-02-27", "\u201cFive\u201d people were killed in Alep \u2013 caf\u00e9 hit.")
                .getBytes(Charset.forName("windows-1252")));                                             // 8 article, warning
        broken.add(json("cp1251", "2020-02-27", "\u0414\u0432\u043e\u0435 \u0443\u0431\u0438\u0442\u044b \u0432 "
                + "\u0418\u0434\u043b\u0438\u0431\u0435 \u0441\u0435\u0433\u043e\u0434\u043d\u044f \u0443\u0442\u0440\u043e\u043c")
                .getBytes(Charset.forName("windows-1251")));                                             // 9 not UTF-8
        broken.add(utf8(json("huge-line", "2020-02-27", "x".repeat(2 * InputFiles.MAX_RECORD_BYTES))));  // 10 too long
        broken.add(utf8(json("good-1", "2020-02-28", "Again.")));   // 11 first of its id (files in name order)
        broken.add(utf8("{\"id\": " + "9".repeat(5000) + ", \"published\": \"2020-02-27\", \"text\": \"T\"}")); // 12 over limits
        Files.write(corpus.resolve("broken.jsonl"), join(broken));
        Files.writeString(corpus.resolve("empty.jsonl"), "");
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.write(corpus.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Files.write(corpus.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(corpus.resolve("page.html"), "<html><body>27 February 2020: two killed</body></html>\n");
        Files.writeString(corpus.resolve("page.txt"), "<!DOCTYPE html>\n<html><body><p>Two killed</p></body></html>\n");
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 shelled\n\n27 February 2020\nTwo civilians were killed in the caf\u00e9."
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("huge.txt"), "Title\n\n27 February 2020\n" + "Two killed. ".repeat(InputFiles.MAX_RECORD_BYTES / 10));
        String seed = Files.readString(Path.of("seeds/000_c68c9f5cbdf4db3c.txt"));
        String body = seed.substring(seed.indexOf("27 February, 2020"));
        Files.writeString(corpus.resolve("long.txt"), "A long page\n\n" + body + body.substring(body.indexOf('\n')).repeat(60));
        Files.writeString(corpus.resolve("weird[1],name*.jsonl"), json("weird", "2020-02-27", "Six people were killed.") + "\n");
        Files.writeString(corpus.resolve("fake.jsonl.gz"), json("gz", "2020-02-27", "Two killed.") + "\n");
        Files.writeString(corpus.resolve("y0.txt"), "Title\n\n1 January 0000\nTwo killed.\n");
        Files.writeString(corpus.resolve("README.md"), "# not input\n");
        Files.writeString(corpus.resolve(".hidden.jsonl"), "not input\n");

        exit = TallyJob.run(corpus.toString(), "--output", out.toString());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(List<byte[]> lines) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] line : lines) {
            all.writeBytes(line);
            all.write('\n');
        }
        return all.toByteArray();
    }

    @Test
    void theRunSucceedsAndAccountsForEveryRecord() throws IOException {
        assertEquals(0, exit);
        JsonNode summary = new ObjectMapper().readTree(out.resolve(TableWriter.SUMMARY).toFile());
        // good.jsonl 4 records (3 articles: good-1 comes first in broken.jsonl); broken.jsonl 12 records
        // (2 articles); 10 files that are one reject each; latin1.txt, long.txt, weird[1],name*.jsonl an article each.
        assertEquals(28, summary.get("input_records").asLong());
        assertEquals(8, summary.get("articles").asLong());
        assertEquals(20, summary.get("rejects").asLong());
        assertEquals(summary.get("input_records").asLong(),
                summary.get("articles").asLong() + summary.get("rejects").asLong());
        Map<String, Long> byKind = new TreeMap<>();
        summary.get("rejects_by_reason").fields().forEachRemaining(e -> byKind.put(e.getKey(), e.getValue().asLong()));
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("malformed JSON", 1L), Map.entry("not a JSON object", 1L), Map.entry("JSON over limits", 2L),
                Map.entry("implausible publication date", 3L), Map.entry("no publication date", 2L),
                Map.entry("missing text", 1L), Map.entry("not UTF-8", 1L), Map.entry("too long", 2L),
                Map.entry("duplicate article id", 1L), Map.entry("empty file", 2L), Map.entry("not text", 1L),
                Map.entry("unsupported file type", 2L), Map.entry("unreadable file", 1L))), byKind);
        assertTrue(Files.exists(out.resolve(TableWriter.SUCCESS)));
    }

    @Test
    void everyRejectSaysWhereAndWhy(SparkSession spark) {
        List<String> rejects = new ArrayList<>();
        for (Row r : read(spark, "rejects").collectAsList()) {
            String input = r.getAs("input");
            assertTrue(input.startsWith("file:" + corpus), input);
            assertTrue(r.<String>getAs("excerpt") != null, r.toString());
            rejects.add(input.substring(input.lastIndexOf('/') + 1) + ":" + r.<Long>getAs("position") + " "
                    + Rejection.kindOf(r.getAs("reason")));
        }
        assertEquals(List.of("binary.txt:0 not text", "broken.jsonl:1 malformed JSON", "broken.jsonl:10 too long",
                "broken.jsonl:12 JSON over limits",
                "broken.jsonl:2 not a JSON object", "broken.jsonl:3 JSON over limits",
                "broken.jsonl:4 implausible publication date", "broken.jsonl:5 implausible publication date",
                "broken.jsonl:6 no publication date", "broken.jsonl:7 missing text", "broken.jsonl:9 not UTF-8",
                "empty.jsonl:0 empty file", "empty.txt:0 empty file", "fake.jsonl.gz:0 unreadable file",
                "good.jsonl:1 duplicate article id", "huge.txt:0 too long", "image.png:0 unsupported file type", "page.html:0 unsupported file type",
                "page.txt:0 no publication date", "y0.txt:0 implausible publication date"),
                rejects.stream().sorted().toList());
    }

    @Test
    void absurdNumbersAndGuessedEncodingsAreWarningsNotFacts(SparkSession spark) {
        Map<String, Long> warningsByArticle = read(spark, "warnings").collectAsList().stream()
                .collect(Collectors.groupingBy(r -> r.<String>getAs("article_id"), TreeMap::new, Collectors.counting()));
        assertEquals(new TreeMap<>(Map.of("absurd", 4L, "cp1252", 1L, "latin1", 1L)), warningsByArticle);
        List<String> absurd = read(spark, "warnings").filter(col("article_id").equalTo("absurd"))
                .select("warning").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertTrue(absurd.stream().allMatch(w -> w.startsWith("implausible")), absurd.toString());
        assertEquals(0, read(spark, "facts").filter(col("article_id").equalTo("absurd")).count());

        // No fact anywhere holds a figure above the caps (50 million people, 1 million incidents) or below 0.
        for (String column : List.of("value_low", "value_best", "value_high")) {
            assertEquals(0, read(spark, "facts").filter(col(column).lt(0).or(col(column).gt(50_000_000L))).count(), column);
        }
        assertEquals(0, read(spark, "facts").filter(col("category").equalTo("incident")
                .and(col("value_best").gt(1_000_000L))).count());

        JsonNode summary = readSummary();
        assertEquals(6, summary.get("warnings").asLong());
    }

    @Test
    void textReadAsWindows1252AndVeryLongArticlesAreArticles(SparkSession spark) {
        Map<String, Row> articles = read(spark, "articles").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.<String>getAs("article_id"), r -> r));
        assertEquals(Stream.of("good-1", "absurd", "../../escape", "${jndi:ldap://127.0.0.1/x}", "cp1252", "latin1",
                "long", "weird").sorted().toList(), articles.keySet().stream().sorted().toList());
        assertEquals("Caf\u00e9 shelled", articles.get("latin1").getAs("title"));
        assertTrue(articles.get("long").<Integer>getAs("chars") > 150_000, "a long article is read whole");
        assertTrue(read(spark, "facts").filter(col("article_id").equalTo("cp1252")).count() > 0);
    }

    @Test
    void inputNeverNamesAnOutputPath(SparkSession spark) throws IOException {
        // "../../escape" and the other ids are data: rows of the tables, never parts of a path.
        assertTrue(read(spark, "facts").filter(col("article_id").equalTo("../../escape")).count() > 0);
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> outside = all.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(corpus) && !p.startsWith(out)).toList();
            assertEquals(List.of(), outside);
        }
        for (String table : List.of("facts", "articles", "warnings")) {
            assertFalse(Files.exists(out.resolve(table).resolve("../../escape").normalize()), table);
        }
        try (Stream<Path> tables = Files.list(out)) {
            // Only the tables of schema.json, summary.json and _SUCCESS (with Hadoop's .crc files).
            List<String> names = tables.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList();
            List<String> expected = new ArrayList<>(OutputSchema.load().tables().stream().map(OutputSchema.Table::name).toList());
            expected.add(TableWriter.SUMMARY);
            expected.add(TableWriter.SUCCESS);
            assertEquals(expected.stream().sorted().toList(), names);
        }
    }

    private static JsonNode readSummary() {
        try {
            return new ObjectMapper().readTree(out.resolve(TableWriter.SUMMARY).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Dataset<Row> read(SparkSession spark, String table) {
        return spark.read().parquet(out.resolve(table).toString());
    }
}
