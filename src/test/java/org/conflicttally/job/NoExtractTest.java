package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-extract}, the benchmark's I/O floor: the corpus is read and the articles written, no facts. */
@ExtendWith(SharedSpark.class)
class NoExtractTest {
    @Test
    void loadsAndWritesArticlesWithoutFacts(SparkSession spark, @TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("tally");
        assertEquals(0, TallyJob.run("seeds/000_c68c9f5cbdf4db3c.txt", "--output", out.toString(), "--no-extract"));
        JsonNode summary = new ObjectMapper().readTree(out.resolve(TableWriter.SUMMARY).toFile());
        assertEquals(1, summary.get("articles").asLong());
        assertEquals(0, summary.get("facts").asLong());
        Row article = spark.read().parquet(out.resolve("articles").toString()).first();
        assertEquals("000_c68c9f5cbdf4db3c", article.getAs("article_id"));
        assertEquals(0, article.<Integer>getAs("facts"));
    }
}
