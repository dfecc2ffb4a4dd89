package org.conflicttally.job;

import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.Seekable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.security.AccessControlException;
import org.apache.hadoop.util.LineReader;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.FieldArticles;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.Rejection;
import org.conflicttally.article.TxtArticleParser;

/**
 * Reads one input file or a piece of one ({@link InputSplit}), on an executor, into {@link Records} rows, facts
 * included ({@link ScanRows}): a {@code .txt} file is one record, a JSON Lines file one record a non-blank
 * line (numbered from 1, blank lines counted; in a piece, from the piece's first line), a CSV file one record
 * a row ({@link CsvRows}, at the line it starts on), a Parquet file one record a row
 * ({@link ParquetArticles}, numbered from 1), a WARC file one record a response record ({@link WarcRows}:
 * positions are byte offsets). Every failure that is the file's fault becomes a reject, so that one bad file
 * never stops a run:
 *
 * <ul>
 *   <li>a record (a .txt file, a line) over {@value #MAX_RECORD_BYTES} bytes: "too long", and only its first
 *       bytes are ever held in memory;</li>
 *   <li>a file that vanished or may not be read: "unreadable file";</li>
 *   <li>a compressed file that does not decompress (not gzip, truncated): "unreadable file", after the
 *       lines read before the damage;</li>
 *   <li>a JSON Lines file without a record: "empty file", so that it shows in the rejects.</li>
 * </ul>
 *
 * An I/O error of the file system itself (a network timeout, a lost datanode) is not the file's fault: it
 * fails the task, and Spark retries it.
 *
 * <p>File names are used as they are, never as glob patterns or comma-separated lists (as Hadoop's input
 * formats read them): a file named {@code a[1].jsonl} or {@code b,c.jsonl} is read like any other.
 */
final class InputFiles implements FlatMapFunction<InputSplit, Row> {
    private static final long serialVersionUID = 1L;

    /** The largest record read: 1 MiB, over 100 times the longest article of the seeds (9 KB). */
    static final int MAX_RECORD_BYTES = 1 << 20;

    private final JsonArticleParser parser;
    private final FieldArticles fields;
    private final HadoopConf conf;
    private final ScanRows rows;

    /**
     * @param fields which fields of JSON Lines, CSV and Parquet records hold what
     * @param rows   makes each record's row, facts included
     */
    InputFiles(ArticleFields fields, HadoopConf conf, ScanRows rows) {
        this.parser = new JsonArticleParser(fields);
        this.fields = new FieldArticles(fields);
        this.conf = conf;
        this.rows = rows;
    }

    @Override
    public Iterator<Row> call(InputSplit split) throws IOException {
        String file = split.file();
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(conf.get());
        if (fs instanceof ChecksumFileSystem checksummed) {
            // Local files: the checksumming layer looks for a .NAME.crc beside each file, which fails on
            // names Hadoop cannot make a relative path of ("m:n.jsonl"). Input files have no .crc anyway.
            fs = checksummed.getRawFileSystem();
        }
        Corpus.Format format = Corpus.Format.of(path.getName());
        SourceStream source;
        try {
            if (format == Corpus.Format.PARQUET) {
                return new ParquetArticles(file, fs, path, conf.get(), fields, rows);
            }
            source = new SourceStream(fs.open(path));
        } catch (FileNotFoundException | AccessDeniedException | AccessControlException e) {
            Row unreadable = rows.row(unreadable(file, split.isPiece() ? 1 : 0, e), split.start());
            return (split.isPiece() ? List.of(unreadable, Records.piece(file, split.start(), 0, 1))
                    : List.of(unreadable)).iterator();
        } catch (IllegalArgumentException e) {   // a name the file system cannot handle
            return List.of(rows.row(unreadable(file, 0, new IOException(e.getMessage(), e)), split.start())).iterator();
        }
        if (format == Corpus.Format.WARC) {
            return new WarcRows(file, source, () -> source.failed, rows);
        }
        if (format == Corpus.Format.TXT) {
            try (source) {
                return List.of(rows.row(txt(file, source, fs, path), 0)).iterator();
            }
        }
        return format == Corpus.Format.CSV ? new CsvRows(file, source, conf.get(), path, fields, rows)
                : new JsonLines(split, source, conf.get(), path);
    }

    private static ParseResult txt(String file, SourceStream in, FileSystem fs, Path path) throws IOException {
        byte[] bytes = in.readNBytes(MAX_RECORD_BYTES + 1);
        if (bytes.length > MAX_RECORD_BYTES) {
            return new Rejection(file, 0, tooLong(fs.getFileStatus(path).getLen()),
                    Rejection.excerptOf(bytes, bytes.length));
        }
        return guarded(file, 0, bytes, bytes.length, () -> TxtArticleParser.parse(file, bytes));
    }

    /**
     * The lines of a JSON Lines file (or of a piece of one) as rows, read lazily: a file of any size streams
     * through. A piece numbers its lines from 1 and ends with a {@link Records#piece} row.
     */
    private final class JsonLines implements Iterator<Row> {
        private final String file;
        private final InputSplit split;
        private final SourceStream source;
        private final Text line = new Text();
        private LineReader lines;
        /** Byte offset in the file of the next line (pieces only: compressed files are never pieces). */
        private long offset;
        private long lineNumber;
        private long records;
        private Row next;
        private boolean done;
        private boolean pieceRowDue;

        JsonLines(InputSplit split, SourceStream source, Configuration conf, Path path) throws IOException {
            this.file = split.file();
            this.split = split;
            this.source = source;
            this.pieceRowDue = split.isPiece();
            closeWithTask(this::close);
            CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
            try {
                if (split.isPiece() && codec != null) {
                    throw new IllegalArgumentException("a compressed file cannot be read in pieces: " + file);
                }
                if (split.start() > 0) {
                    source.seek(split.start() - 1);
                }
                lines = new LineReader(codec == null ? source : codec.createInputStream(source), conf);
                if (split.start() > 0) {   // the line that starts before the piece belongs to the piece before
                    offset = split.start() - 1 + lines.readLine(line, 1, Integer.MAX_VALUE);
                }
            } catch (IOException e) {
                next = damaged(e);
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                next = read();
            }
            if (next == null && pieceRowDue) {
                pieceRowDue = false;
                next = Records.piece(file, split.start(), lineNumber, records);
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

        /** The next record, or null for a blank line or the end of the file. */
        private Row read() {
            int consumed = 0;
            try {
                // Holds at most MAX_RECORD_BYTES + 1 bytes of a line, but consumes all of it.
                if (!split.isPiece() || offset < split.end()) {
                    consumed = lines.readLine(line, MAX_RECORD_BYTES + 1, Integer.MAX_VALUE);
                }
            } catch (IOException e) {
                return damaged(e);
            }
            if (consumed == 0) {
                close();
                // Whether a file read in pieces held no record at all, only all its pieces can tell (CorpusLoader).
                return records == 0 && !split.isPiece()
                        ? row(new Rejection(file, 0, "empty file: no JSON Lines record", "")) : null;
            }
            offset += consumed;
            lineNumber++;
            if (line.getLength() > MAX_RECORD_BYTES) {
                return row(new Rejection(file, lineNumber, tooLong(consumed),
                        Rejection.excerptOf(line.getBytes(), line.getLength())));
            }
            if (isBlank(line)) {
                return null;
            }
            byte[] bytes = line.getBytes();   // Text reuses its buffer: parse it now
            int length = line.getLength();
            long position = lineNumber;
            return row(guarded(file, position, bytes, length, () -> parser.parse(file, position, bytes, length)));
        }

        /** Every record of the file becomes its row here, and is counted. */
        private Row row(ParseResult result) {
            records++;
            return rows.row(result, split.start());
        }

        /** Reading stopped: a fault of the file becomes its last record; a fault of the file system fails the task. */
        private Row damaged(IOException e) {
            close();
            if (source.failed) {
                throw new UncheckedIOException("reading " + file + " after line " + lineNumber, e);
            }
            return row(unreadable(file, lineNumber == 0 && !split.isPiece() ? 0 : lineNumber + 1, e));
        }

        private void close() {
            done = true;
            try {
                if (lines != null) {
                    lines.close();
                }
                source.close();
            } catch (IOException e) {
                // nothing more is read from it
            }
        }
    }

    /** A task that stops early (limit, failure) still closes the file. */
    static void closeWithTask(Runnable close) {
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> close.run());
        }
    }

    /** As {@link #guarded(String, long, byte[], int, Supplier)}, for a record that is no bytes (a Parquet row). */
    static ParseResult guarded(String file, long position, Supplier<String> excerpt, Supplier<ParseResult> parse) {
        try {
            return parse.get();
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejection(file, position, "parser failed: " + e, excerpt.get());
        }
    }

    /** A parser that throws has a bug; the record still gets a row, and the run goes on. */
    private static ParseResult guarded(String file, long position, byte[] bytes, int length,
                                       Supplier<ParseResult> parse) {
        try {
            return parse.get();
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejection(file, position, "parser failed: " + e, Rejection.excerptOf(bytes, length));
        }
    }

    private static String tooLong(long bytes) {
        return Rejection.tooLong(bytes, MAX_RECORD_BYTES);
    }

    static Rejection unreadable(String file, long position, IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new Rejection(file, position, "unreadable file: " + e.getClass().getSimpleName() + message, "");
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

    /** The raw file, remembering whether it failed: a fault of the file system, not of the file's content. */
    static final class SourceStream extends FilterInputStream {
        volatile boolean failed;

        SourceStream(InputStream in) {
            super(in);
        }

        /** To the start of a piece, before anything is read. */
        void seek(long position) throws IOException {
            try {
                ((Seekable) in).seek(position);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }
}
