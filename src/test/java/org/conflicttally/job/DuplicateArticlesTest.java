package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Duplicate ids, marked by joining back the keys of later records, and by the plain window: the same marks. */
@ExtendWith(SharedSpark.class)
class DuplicateArticlesTest {
    @Test
    void laterRecordsOfAnIdBecomeRejectsNamingTheFirst(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        rows.add(record("b.jsonl", 1, "x", null));
        rows.add(record("a.jsonl", 2, "x", null));
        rows.add(record("a.jsonl", 5, "x", null));
        rows.add(record("a.jsonl", 3, "y", null));
        rows.add(record("a.jsonl", 4, null, "malformed JSON: oops"));
        rows.add(record("c.jsonl", 1, null, "malformed JSON: oops"));
        Dataset<Row> records = spark.createDataFrame(rows, Records.SCHEMA).repartition(3);

        Map<String, String> expected = new TreeMap<>(Map.of(
                "a.jsonl:2", "",
                "a.jsonl:3", "",
                "a.jsonl:4", "malformed JSON: oops",
                "a.jsonl:5", "duplicate article id: x is first at a.jsonl:2",
                "b.jsonl:1", "duplicate article id: x is first at a.jsonl:2",
                "c.jsonl:1", "malformed JSON: oops"));
        assertEquals(expected, reasons(DuplicateArticles.markDuplicates(records)));
        assertEquals(expected, reasons(DuplicateArticles.byWindow(records)));
        assertEquals(List.of(Records.SCHEMA.fieldNames()),
                List.of(DuplicateArticles.markDuplicates(records).schema().fieldNames()));
    }

    private static Map<String, String> reasons(Dataset<Row> marked) {
        Map<String, String> byRecord = new TreeMap<>();
        for (Row r : marked.collectAsList()) {
            String reason = r.getAs(Records.REASON);
            byRecord.put(r.getAs(Records.INPUT) + ":" + r.<Long>getAs(Records.POSITION), reason == null ? "" : reason);
        }
        return byRecord;
    }

    /** A row of Records.SCHEMA with these values and nulls elsewhere. */
    private static Row record(String input, long position, String id, String reason) {
        Object[] values = new Object[Records.SCHEMA.size()];
        values[Records.SCHEMA.fieldIndex(Records.INPUT)] = input;
        values[Records.SCHEMA.fieldIndex(Records.POSITION)] = position;
        values[Records.SCHEMA.fieldIndex(Records.ARTICLE_ID)] = id;
        values[Records.SCHEMA.fieldIndex(Records.REASON)] = reason;
        values[Records.SCHEMA.fieldIndex(Records.PIECE)] = 0L;
        return RowFactory.create(values);
    }
}
