package org.conflicttally.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Row;
import org.conflicttally.article.CsvArticles;
import org.conflicttally.article.FieldArticles;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.Rejection;

/**
 * The records of a CSV file as rows ({@link CsvArticles} reads them), streamed. A CSV file is read whole by
 * one task, maybe compressed: a quoted field may hold line breaks, so a piece of the file could not tell
 * where its first record starts. A damaged compressed file ends with an "unreadable file" reject at the line
 * of the row it broke in; a fault of the file system fails the task, as for {@link InputFiles}' other formats.
 */
final class CsvRows implements Iterator<Row> {
    private final String file;
    private final InputFiles.SourceStream source;
    private final ScanRows rows;
    private CsvArticles csv;
    private Row next;
    private boolean done;
    private long records;

    CsvRows(String file, InputFiles.SourceStream source, Configuration conf, Path path, FieldArticles fields,
            ScanRows rows) {
        this.file = file;
        this.source = source;
        this.rows = rows;
        InputFiles.closeWithTask(this::close);
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
        try {
            csv = new CsvArticles(file, codec == null ? source : codec.createInputStream(source), fields,
                    InputFiles.MAX_RECORD_BYTES);
        } catch (IOException e) {
            next = damaged(e);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            try {
                ParseResult result = csv.next();
                if (result == null) {
                    close();
                } else {
                    records++;
                    next = rows.row(result, 0);
                }
            } catch (IOException e) {
                next = damaged(e);
            } catch (RuntimeException | StackOverflowError e) {   // a bug: the file stops here, with its reason
                close();
                next = rows.row(new Rejection(file, csv.line(), "parser failed: " + e, ""), 0);
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

    private Row damaged(IOException e) {
        close();
        if (source.failed) {
            throw new UncheckedIOException("reading " + file + " in the row at line " + (csv == null ? 1 : csv.line()), e);
        }
        return rows.row(InputFiles.unreadable(file, records == 0 ? 0 : csv.line(), e), 0);
    }

    private void close() {
        done = true;
        try {
            source.close();
        } catch (IOException e) {
            // nothing more is read from it
        }
    }
}
