package org.conflicttally.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.conflicttally.article.HtmlArticleParser;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.Rejection;
import org.conflicttally.article.WarcPages;

/**
 * The response records of a WARC file as rows, read lazily ({@link WarcPages}: a page is an article or a
 * reject, its position the record's byte offset). A file damaged by its content ends in an "unreadable
 * file" reject after the records before the damage; a failure of the file system itself fails the task,
 * which Spark retries, as for the other formats.
 */
final class WarcRows implements Iterator<Row> {
    private final String file;
    private final WarcPages pages;
    private final BooleanSupplier sourceFailed;
    private final ScanRows rows;

    /**
     * @param sourceFailed whether the file system failed under the stream (rather than the file being bad)
     */
    WarcRows(String file, InputStream source, BooleanSupplier sourceFailed, ScanRows rows) {
        this.file = file;
        this.sourceFailed = sourceFailed;
        this.rows = rows;
        this.pages = new WarcPages(file, source, HtmlArticleParser.bundled());
        TaskContext task = TaskContext.get();
        if (task != null) {   // a task that stops early (limit, failure) still closes the file
            task.addTaskCompletionListener((TaskCompletionListener) context -> close(source));
        }
    }

    @Override
    public boolean hasNext() {
        return pages.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParseResult result = pages.next();
        if (result instanceof Rejection r && Rejection.kindOf(r.reason()).equals("unreadable file")
                && sourceFailed.getAsBoolean()) {
            throw new UncheckedIOException(new IOException("reading " + file + " at byte " + r.position() + ": "
                    + r.reason()));
        }
        return rows.row(result, 0);
    }

    private void close(InputStream source) {
        pages.close();
        try {
            source.close();
        } catch (IOException e) {
            // nothing more is read from it
        }
    }
}
