package org.conflicttally.job;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.conflicttally.article.JsonArticleParser;
import scala.Tuple2;

/**
 * The lines of one JSON Lines file (one split, see {@link WholeFileTextInputFormat}) to record rows,
 * numbering lines from 1. Blank lines are not records: they are skipped but counted in the numbering.
 */
final class JsonLinesReader implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;

    private final JsonArticleParser parser;

    JsonLinesReader(JsonArticleParser parser) {
        this.parser = parser;
    }

    @Override
    public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
        String input = ((FileSplit) split).getPath().toString();
        return new Iterator<>() {
            private long lineNumber;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    Text line = lines.next()._2();   // Hadoop reuses this object: parse it now
                    lineNumber++;
                    if (!isBlank(line)) {
                        next = Records.row(parser.parse(input, lineNumber, line.getBytes(), line.getLength()));
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    private static boolean isBlank(Text line) {
        byte[] b = line.getBytes();
        for (int i = 0; i < line.getLength(); i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
