package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.conflicttally.article.ArticleFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One input file to record rows, without Spark: bounded records, damaged and vanished files, and the line
 * between a bad file (a reject) and a failing file system (the task fails, and Spark retries it).
 */
class InputFilesTest {
    private static final String GOOD = "{\"id\": \"%s\", \"published\": \"2020-02-27\", \"title\": \"T\", \"text\": \"Two killed.\"}\n";

    @TempDir
    Path dir;

    @Test
    void aLineOverTheLimitIsRejectedAndTheNextLinesAreRead() throws IOException {
        Path file = dir.resolve("long.jsonl");
        String huge = "{\"id\": \"huge\", \"published\": \"2020-02-27\", \"text\": \"" + "x".repeat(3 * InputFiles.MAX_RECORD_BYTES) + "\"}\n";
        Files.writeString(file, GOOD.formatted("a") + huge + "\n" + GOOD.formatted("b"));

        List<String> rows = read(file);

        assertEquals(List.of("1 a", "2 too long: " + (huge.length()) + " bytes; a record may have at most 1048576", "4 b"), rows);
        Row tooLong = rows(file).get(1);
        String excerpt = field(tooLong, Records.EXCERPT);
        assertTrue(excerpt.startsWith("{\"id\": \"huge\", \"published\": \"2020-02-27\", \"text\": \"xxx"), excerpt);
        assertEquals(200, excerpt.length());
    }

    @Test
    void aTxtFileOverTheLimitIsRejected() throws IOException {
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, "Title\n\n27 February 2020\n" + "Two killed. ".repeat(InputFiles.MAX_RECORD_BYTES / 10));
        assertEquals(List.of("0 too long: " + Files.size(file) + " bytes; a record may have at most 1048576"), read(file));
    }

    @Test
    void aJsonLinesFileWithoutRecordsIsAnEmptyFileReject() throws IOException {
        Files.writeString(dir.resolve("empty.jsonl"), "");
        Files.writeString(dir.resolve("blank.jsonl"), "\n  \n\t\r\n");
        assertEquals(List.of("0 empty file: no JSON Lines record"), read(dir.resolve("empty.jsonl")));
        assertEquals(List.of("0 empty file: no JSON Lines record"), read(dir.resolve("blank.jsonl")));
    }

    @Test
    void aFileThatIsNotGzipIsUnreadable() throws IOException {
        Files.writeString(dir.resolve("fake.jsonl.gz"), GOOD.formatted("a"));
        assertEquals(List.of("0 unreadable file: IOException: not a gzip file"), read(dir.resolve("fake.jsonl.gz")));
    }

    @Test
    void aTruncatedGzipKeepsTheLinesBeforeTheDamage() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 1; i <= 20_000; i++) {
                out.write(GOOD.formatted("id" + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = gz.toByteArray();
        Path file = dir.resolve("cut.jsonl.gz");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        List<String> rows = read(file);

        String last = rows.get(rows.size() - 1);
        assertTrue(rows.size() > 1000 && rows.size() < 20_000, rows.size() + " rows");
        assertEquals(rows.size() + " unreadable file", last.substring(0, last.indexOf(':')), last);
        for (int i = 0; i < rows.size() - 1; i++) {
            assertEquals((i + 1) + " id" + (i + 1), rows.get(i));
        }
    }

    @Test
    void aCsvFileIsReadGzippedAndATruncatedOneKeepsTheRowsBeforeTheDamage() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("id,published,title,text\r\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= 20_000; i++) {
                out.write(("id" + i + ",2020-02-27,T,\"Two killed,\r\nthree wounded.\"\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = gz.toByteArray();
        Files.write(dir.resolve("whole.csv.gz"), bytes);
        Files.write(dir.resolve("cut.csv.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        assertEquals(20_000, read(dir.resolve("whole.csv.gz")).size());
        assertEquals("40000 id20000", read(dir.resolve("whole.csv.gz")).get(19_999), "a record a row, two lines each");
        List<String> rows = read(dir.resolve("cut.csv.gz"));
        String last = rows.get(rows.size() - 1);
        assertTrue(rows.size() > 1000 && rows.size() < 20_000, rows.size() + " rows");
        assertTrue(last.startsWith((2 * rows.size()) + " unreadable file"), last);   // the row reading stopped in
        for (int i = 0; i < rows.size() - 1; i++) {
            assertEquals((2 * i + 2) + " id" + (i + 1), rows.get(i));
        }
    }

    @Test
    void aFailingFileSystemFailsTheTaskOfACsvOrParquetFile() throws IOException {
        Path file = dir.resolve("flaky.csv");
        Files.writeString(file, "id,published,title,text\n" + "a,2020-02-27,T,Two killed.\n".repeat(10_000));
        Configuration conf = FlakyFileSystem.register(new Configuration());
        InputFiles input = new InputFiles(ArticleFields.DEFAULTS, new HadoopConf(conf), ScanRows.withoutFacts());
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> input.call(InputSplit.whole("flaky:" + file)).forEachRemaining(row -> { }));
        assertEquals(FlakyFileSystem.FAILURE, e.getCause().getMessage());

        Path parquet = dir.resolve("flaky.parquet");   // its footer is at the end: the first seek fails
        Files.writeString(parquet, "x".repeat(5000));
        e = assertThrows(UncheckedIOException.class,
                () -> input.call(InputSplit.whole("flaky:" + parquet)).forEachRemaining(row -> { }));
        assertEquals(FlakyFileSystem.FAILURE, e.getCause().getMessage());
        // The same bytes on a disk that works: a reject, the file's fault.
        assertTrue(read(parquet).get(0).startsWith("0 unreadable file: IOException: "), read(parquet).toString());
    }

    @Test
    void aFileThatVanishedAfterListingIsUnreadable() throws IOException {
        List<String> rows = read(dir.resolve("gone.jsonl"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).startsWith("0 unreadable file: FileNotFoundException: "), rows.get(0));
    }

    @Test
    void namesAreNotPatterns() throws IOException {
        for (String name : List.of("a[1].jsonl", "b,c.jsonl", "d{e}.jsonl", "f*.jsonl", "m:n.jsonl", "h%20.jsonl")) {
            Files.writeString(dir.resolve(name), GOOD.formatted(name));
            assertEquals(List.of("1 " + name), read(dir.resolve(name)), name);
        }
    }

    @Test
    void aFailingFileSystemFailsTheTaskSoThatSparkRetriesIt() throws IOException {
        Path file = dir.resolve("flaky.jsonl");
        Files.writeString(file, GOOD.formatted("a").repeat(1000));
        Configuration conf = FlakyFileSystem.register(new Configuration());
        InputFiles input = new InputFiles(ArticleFields.DEFAULTS, new HadoopConf(conf), ScanRows.withoutFacts());
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> input.call(InputSplit.whole("flaky:" + file)).forEachRemaining(row -> { }));
        assertEquals(FlakyFileSystem.FAILURE, e.getCause().getMessage());
    }

    @Test
    void piecesCutAnywhereHoldEveryLineOnceWithItsLineNumber() throws IOException {
        // LF, CRLF and a lone CR end lines (as Hadoop's LineReader reads them); blank lines count as lines.
        Path file = dir.resolve("pieces.jsonl");
        String text = GOOD.formatted("a") + "\n" + GOOD.formatted("b").replace("\n", "\r\n") + "{broken\n\r\n"
                + GOOD.formatted("c").replace("\n", "\r") + GOOD.formatted("d").trim();
        Files.writeString(file, text);
        List<String> whole = read(file);
        assertEquals(List.of("1 a", "3 b", "4 malformed JSON", "6 c", "7 d"),
                whole.stream().map(r -> r.replaceFirst(": .*", "")).toList());

        InputFiles input = new InputFiles(ArticleFields.DEFAULTS, new HadoopConf(new Configuration()),
                ScanRows.withoutFacts());
        for (int cut = 1; cut < text.length(); cut++) {
            for (int cut2 = cut + 1; cut2 <= text.length(); cut2 += 7) {
                long[] bounds = {0, cut, cut2, text.length()};
                List<String> joined = new ArrayList<>();
                long linesBefore = 0;
                for (int p = 0; p + 1 < bounds.length; p++) {
                    List<Row> rows = new ArrayList<>();
                    input.call(new InputSplit("file:" + file, bounds[p], bounds[p + 1])).forEachRemaining(rows::add);
                    Row piece = rows.remove(rows.size() - 1);
                    assertEquals(bounds[p], piece.getLong(Records.SCHEMA.fieldIndex(Records.PIECE)));
                    for (Row r : rows) {
                        String reason = field(r, Records.REASON);
                        joined.add((linesBefore + r.getLong(Records.SCHEMA.fieldIndex(Records.POSITION))) + " "
                                + (reason == null ? field(r, Records.ARTICLE_ID) : reason));
                    }
                    linesBefore += piece.getLong(Records.SCHEMA.fieldIndex(Records.PIECE_LINES));
                }
                assertEquals(whole, joined, "pieces cut at " + cut + " and " + cut2);
                assertEquals(7, linesBefore, "lines in all pieces, cut at " + cut + " and " + cut2);
            }
        }
    }

    /** "position article_id" of each article, "position reason" of each reject. */
    private static List<String> read(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (Row r : rows(file)) {
            String reason = field(r, Records.REASON);
            out.add(r.getLong(Records.SCHEMA.fieldIndex(Records.POSITION)) + " "
                    + (reason == null ? field(r, Records.ARTICLE_ID) : reason));
        }
        return out;
    }

    private static List<Row> rows(Path file) throws IOException {
        InputFiles input = new InputFiles(ArticleFields.DEFAULTS, new HadoopConf(new Configuration()), ScanRows.withoutFacts());
        List<Row> rows = new ArrayList<>();
        input.call(InputSplit.whole("file:" + file)).forEachRemaining(rows::add);
        return rows;
    }

    private static String field(Row r, String name) {
        return (String) r.get(Records.SCHEMA.fieldIndex(name));
    }
}
