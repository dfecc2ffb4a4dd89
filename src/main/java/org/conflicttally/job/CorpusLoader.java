package org.conflicttally.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.JsonFields;
import org.conflicttally.article.TxtArticleParser;

/**
 * Reads a {@link Corpus} into {@link Records} rows: every input record becomes exactly one row. Spark does no
 * schema inference (that would read the input twice, and drop malformed lines out of our sight): each
 * record goes through the plain-Java parsers, which turn bad input into rejects with a reason.
 */
final class CorpusLoader {
    private CorpusLoader() {
    }

    static Dataset<Row> load(SparkSession spark, Corpus corpus, JsonFields fields) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Dataset<Row>> parts = new ArrayList<>();
        if (!corpus.txt().isEmpty()) {
            // binaryFiles, not wholeTextFiles: the parser sees the bytes and rejects what is not UTF-8.
            JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", corpus.txt()))
                    .map(file -> Records.row(TxtArticleParser.parse(file._1(), file._2().toArray())));
            parts.add(spark.createDataFrame(rows, Records.SCHEMA));
        }
        if (!corpus.jsonLines().isEmpty()) {
            @SuppressWarnings("unchecked")
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                    String.join(",", corpus.jsonLines()), WholeFileTextInputFormat.class,
                    LongWritable.class, Text.class, jsc.hadoopConfiguration());
            JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit(
                    new JsonLinesReader(new JsonArticleParser(fields)), true);
            parts.add(spark.createDataFrame(rows, Records.SCHEMA));
        }
        if (!corpus.unsupported().isEmpty()) {
            parts.add(spark.createDataFrame(corpus.unsupported().stream().map(Records::row).toList(), Records.SCHEMA));
        }
        return parts.stream().reduce(Dataset::union)
                .orElseGet(() -> spark.createDataFrame(List.of(), Records.SCHEMA));
    }
}
