package org.conflicttally.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.JsonFields;

/**
 * Reads a {@link Corpus} into {@link Records} rows: every input record becomes exactly one row. Spark does no
 * schema inference (that would read the input twice, and drop malformed lines out of our sight): each
 * record goes through the plain-Java parsers, which turn bad input into rejects with a reason.
 */
final class CorpusLoader {
    /** Files read by one task, at most, unless that leaves cores idle: small .txt articles come by thousands. */
    private static final int FILES_PER_TASK = 64;

    private CorpusLoader() {
    }

    static Dataset<Row> load(SparkSession spark, Corpus corpus, JsonFields fields) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Dataset<Row>> parts = new ArrayList<>();
        List<String> files = new ArrayList<>(corpus.txt());
        files.addAll(corpus.jsonLines());
        if (!files.isEmpty()) {
            // Not binaryFiles or textFile: they read a list of paths as globs joined by commas, so that a
            // file named a[1].jsonl or b,c.txt fails the run. InputFiles opens each file by its name.
            int slices = Math.min(files.size(), Math.max(jsc.defaultParallelism(), files.size() / FILES_PER_TASK));
            JavaRDD<Row> rows = jsc.parallelize(files, slices)
                    .flatMap(new InputFiles(new JsonArticleParser(fields), new HadoopConf(jsc.hadoopConfiguration())));
            parts.add(spark.createDataFrame(rows, Records.SCHEMA));
        }
        if (!corpus.unsupported().isEmpty()) {
            parts.add(spark.createDataFrame(corpus.unsupported().stream().map(Records::row).toList(), Records.SCHEMA));
        }
        return parts.stream().reduce(Dataset::union)
                .orElseGet(() -> spark.createDataFrame(List.of(), Records.SCHEMA));
    }
}
