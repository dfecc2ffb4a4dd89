package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job, on the shared local session, on records mutated from the FA-KES articles of {@code seeds/}
 * the way scraped corpora are damaged (generated here, the same records for the same {@link #SEED}): stray
 * control bytes, terminal colour codes, exotic thousands separators, truncated lines, invalid UTF-8, UTF-16
 * and NUL-heavy text, huge figures, repeated ids, missing fields. Every record ends as an article or a
 * reject, text that was merely dirty stays an article, and no figure above its bound (bounds.tsv) reaches
 * the events or the monthly tables.
 */
@ExtendWith(SharedSpark.class)
class ScrapedCorpusFuzzTest {
    private static final long SEED = 17;
    private static final int RECORDS = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sentences with figures no one should believe for one event, as scraped pages garble them. */
    private static final List<String> HUGE = List.of(
            "The strike killed \u001b[31m31m\u001b[0m people in Idlib on Monday.",
            "An air strike on Monday killed 150,000 civilians in Idlib.",
            "The shelling on Monday killed 2\u00a0000\u00a0000 people in Aleppo.",
            "Rebels carried out 20000 attacks on army posts on Monday.",
            "The ministry said 60000000 people were displaced on Monday.",
            "A statement said 99999999999999999999 killed in the strike.",
            "Officials said 3,500 million people were wounded on Monday.");
    private static final List<String> SEPARATORS = List.of(" ", "\u00a0", "\u202f", "\u2009", "\u2007", "\u200b",
            "'", "\u2060");

    /** What was done to a record, and what it must end as. */
    private enum Mutation {
        CONTROL_BYTES(true), COLOUR_CODES(true), SEPARATORS(true), ARABIC_DIGITS(true), HUGE_FIGURE(true),
        TRUNCATED(false), INVALID_UTF8(null), UTF16(false), NUL_HEAVY(false), DUPLICATE_ID(false),
        NO_DATE(false), UNTOUCHED(true);

        /** true: an article; false: a reject; null: either (invalid UTF-8 may read as Windows-1252). */
        final Boolean article;

        Mutation(Boolean article) {
            this.article = article;
        }
    }

    @TempDir
    static Path tmp;
    static Path out;
    static int exit;
    static final Map<String, Mutation> byId = new HashMap<>();
    static final Map<Integer, Mutation> byLine = new HashMap<>();

    @BeforeAll
    static void runOnAMutatedCorpus() throws IOException {
        List<String> seeds = Files.readAllLines(Path.of("seeds", "fa-kes.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        Random random = new Random(SEED);
        Mutation[] kinds = Mutation.values();
        ByteArrayOutputStream corpus = new ByteArrayOutputStream();
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= RECORDS; n++) {
            ObjectNode record = (ObjectNode) JSON.readTree(seeds.get(random.nextInt(seeds.size())));
            Mutation m = kinds[random.nextInt(kinds.length)];
            // a repeated id repeats one of a record that is an article: the repeat is the reject
            String id = m == Mutation.DUPLICATE_ID && !ids.isEmpty() ? ids.get(random.nextInt(ids.size())) : "fuzz-" + n;
            if (m == Mutation.DUPLICATE_ID && ids.isEmpty()) {
                m = Mutation.UNTOUCHED;
            }
            record.put("id", id);
            if (m.article == Boolean.TRUE) {
                ids.add(id);
            }
            byId.putIfAbsent(id, m);
            byLine.put(n, m);
            corpus.writeBytes(mutate(record, m, random));
            corpus.write('\n');
        }
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        Files.write(dir.resolve("scraped.jsonl"), corpus.toByteArray());
        out = tmp.resolve("out");
        exit = TallyJob.run(dir.toString(), "--output", out.toString());
    }

    /** The record's JSON line as bytes, damaged as {@code m} says. */
    private static byte[] mutate(ObjectNode record, Mutation m, Random random) throws IOException {
        String text = record.get("text").asText();
        switch (m) {
            case CONTROL_BYTES -> {
                StringBuilder t = new StringBuilder(text);
                for (int k = 1 + random.nextInt(5); k > 0; k--) {
                    char c = "\u0000\u0001\u0007\u0008\u000b\u001a\u001b\u001f\u007f".charAt(random.nextInt(9));
                    t.insert(random.nextInt(t.length() + 1), c);
                }
                record.put("text", t.toString());
                // half of them raw in the line (invalid JSON as scrapers write it), half escaped
                return random.nextBoolean() ? raw(record) : utf8(record);
            }
            case COLOUR_CODES -> {
                String[] words = text.split(" ", -1);
                for (int k = 0; k < words.length; k++) {
                    if (random.nextInt(8) == 0) {
                        words[k] = (random.nextBoolean() ? "\u001b[3" + random.nextInt(8) + "m" : "[1;3" + random.nextInt(8)
                                + "m") + words[k] + (random.nextBoolean() ? "\u001b[0m" : "[0m");
                    }
                }
                record.put("text", "\u001b]0;" + record.path("title").asText() + "\u0007" + String.join(" ", words));
                return random.nextBoolean() ? raw(record) : utf8(record);
            }
            case SEPARATORS -> {
                String sep = SEPARATORS.get(random.nextInt(SEPARATORS.size()));
                record.put("text", text + " Over " + (1 + random.nextInt(9)) + sep + "000 civilians have been killed "
                        + "and 3" + sep + "500 others were displaced.");
                return utf8(record);
            }
            case ARABIC_DIGITS -> {
                record.put("text", "\u0663\u0665 killed in the air strikes on Idlib. " + text);
                return utf8(record);
            }
            case HUGE_FIGURE -> {
                record.put("text", text + " " + HUGE.get(random.nextInt(HUGE.size())));
                return random.nextBoolean() ? raw(record) : utf8(record);
            }
            case TRUNCATED -> {
                byte[] line = utf8(record);
                return java.util.Arrays.copyOf(line, 1 + random.nextInt(line.length - 2));
            }
            case INVALID_UTF8 -> {
                byte[] line = utf8(record);
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    line[line.length / 2 + random.nextInt(line.length / 2 - 2)] = (byte) (0xC0 + random.nextInt(64));
                }
                return line;
            }
            case UTF16 -> {
                return JSON.writeValueAsString(record).getBytes(StandardCharsets.UTF_16LE);
            }
            case NUL_HEAVY -> {
                record.put("text", text.replaceAll("(.)", "$1\u0000\u0000"));
                return random.nextBoolean() ? raw(record) : utf8(record);
            }
            case NO_DATE -> {
                record.remove(List.of("published", "date"));
                return utf8(record);
            }
            default -> {
                return utf8(record);
            }
        }
    }

    private static byte[] utf8(ObjectNode record) throws IOException {
        return JSON.writeValueAsBytes(record);
    }

    /** The JSON line with the escaped control characters (but line breaks) written as raw bytes. */
    private static byte[] raw(ObjectNode record) throws IOException {
        String line = JSON.writeValueAsString(record);
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            if (line.startsWith("\\u00", i) && i + 6 <= line.length()) {
                int c = Integer.parseInt(line.substring(i + 4, i + 6), 16);
                if (c < 0x20 && c != '\n' && c != '\r' || c == 0x7F) {
                    b.append((char) c);
                    i += 5;
                    continue;
                }
            }
            b.append(line.charAt(i));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Dataset<Row> read(SparkSession spark, String table) {
        return spark.read().parquet(out.resolve(table).toString());
    }

    @Test
    void everyRecordIsAnArticleOrAReject(SparkSession spark) throws IOException {
        assertEquals(0, exit);
        JsonNode summary = JSON.readTree(out.resolve(TableWriter.SUMMARY).toFile());
        assertEquals(RECORDS, summary.get("input_records").asLong());
        long articles = read(spark, "articles").count();
        long rejects = read(spark, "rejects").count();
        assertEquals(summary.get("articles").asLong(), articles);
        assertEquals(summary.get("rejects").asLong(), rejects);
        assertEquals(RECORDS, articles + rejects);

        // What each record ends as, by what was done to it: dirty text stays an article.
        Set<String> articleIds = read(spark, "articles").select("article_id").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList().stream().collect(Collectors.toSet());
        Map<Integer, String> rejectByLine = read(spark, "rejects").collectAsList().stream()
                .collect(Collectors.toMap(r -> (int) (long) r.<Long>getAs("position"), r -> r.<String>getAs("reason")));
        Map<Mutation, Integer> mismatches = new TreeMap<>();
        for (Map.Entry<Integer, Mutation> e : byLine.entrySet()) {
            Mutation m = e.getValue();
            boolean rejected = rejectByLine.containsKey(e.getKey());
            if (m.article != null && m.article == rejected) {
                mismatches.merge(m, 1, Integer::sum);
                System.out.println("line " + e.getKey() + " " + m + ": " + rejectByLine.get(e.getKey()));
            }
        }
        assertEquals(Map.of(), mismatches);
        byId.forEach((id, m) -> {
            if (m.article == Boolean.TRUE) {
                assertTrue(articleIds.contains(id), id + " " + m);
            }
        });
        System.out.println("fuzz: " + RECORDS + " records = " + articles + " articles + " + rejects + " rejects; by reason "
                + summary.get("rejects_by_reason") + "; warnings " + summary.get("warnings"));
    }

    @Test
    void noFigureAboveItsBoundReachesTheEventsOrTheMonthlyTables(SparkSession spark) throws IOException {
        Map<String, long[]> bounds = bounds();
        for (Row r : read(spark, "facts").collectAsList()) {
            long[] b = bounds.get(r.<String>getAs("type"));
            long figure = point(r);
            assertTrue(figure <= b[1] && (r.<Boolean>getAs("cumulative") || figure <= b[0]), r.toString());
        }
        Map<String, Long> eventSums = new TreeMap<>();
        for (Row r : read(spark, "events").collectAsList()) {
            long[] b = bounds.get(r.<String>getAs("type"));
            for (String column : List.of("value_low", "value_best", "value_high")) {
                Long v = r.getAs(column);
                assertTrue(v == null || v <= b[0], column + " " + r);
            }
            eventSums.merge(r.getAs("month").toString() + " " + r.getAs("type"), point(r), Long::sum);
        }
        // The monthly tables are the events summed, and nothing else: per month and type, on one role.
        Map<String, Long> tableSums = new TreeMap<>();
        for (String table : List.of("casualties_by_actor_month", "displacements_by_actor_month", "incidents_by_actor_month")) {
            for (Row r : read(spark, table).filter(col("role").equalTo("actor")).collectAsList()) {
                Long best = r.getAs("value_best"); // null where no event of the cell has a best or a low
                tableSums.merge(r.getAs("month").toString() + " " + r.getAs("type"), best == null ? 0 : best, Long::sum);
            }
        }
        assertEquals(eventSums, tableSums);
        // and every huge figure that was injected left a warning in its article
        Set<String> notBelieved = read(spark, "warnings").filter(col("warning").startsWith("implausible"))
                .select("article_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream()
                .collect(Collectors.toSet());
        byId.forEach((id, m) -> assertTrue(m != Mutation.HUGE_FIGURE || notBelieved.contains(id), id));
    }

    /** The figure value_best sums: best, else low. */
    private static long point(Row r) {
        Long best = r.getAs("value_best");
        Long low = r.getAs("value_low");
        return best != null ? best : low != null ? low : 0;
    }

    /** bounds.tsv: type to {one event, any report}. */
    private static Map<String, long[]> bounds() throws IOException {
        Map<String, long[]> out = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("conf", "lexicons", "bounds.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] c = line.split("\t");
                out.put(c[0], new long[] {Long.parseLong(c[1]), Long.parseLong(c[2])});
            }
        }
        return out;
    }
}
