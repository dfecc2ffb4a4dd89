package org.conflicttally.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The records of a CSV file (RFC 4180) as bytes, streamed: a record ends at a line break outside quotes, so a
 * quoted field may hold line breaks. Quotes are only counted here (a doubled quote counts twice, so it never
 * ends a quoted field); {@link CsvFields} splits a record into fields once it is decoded. Works on bytes
 * because {@code "}, {@code ,}, CR and LF are never part of a multi-byte UTF-8 character, and a record is
 * decoded whole (UTF-8, else Windows-1252 with a warning) as a JSON line is.
 *
 * <p>At most {@code maxBytes + 1} bytes of a record are held: a longer one is read to its end and reported
 * with its size. Not thread-safe: one reader per file.
 */
final class CsvRecords {
    private static final int BUFFER = 1 << 16;

    /**
     * One record.
     *
     * @param line         line of the file where it starts, from 1
     * @param bytes        its bytes without the line break ({@code length} of them; at most maxBytes + 1 kept),
     *                     in a buffer the next record reuses
     * @param totalBytes   its size, kept or not
     * @param unterminated whether a quoted field was still open at the end of the file
     */
    record Raw(long line, byte[] bytes, int length, long totalBytes, boolean unterminated) {
        boolean blank() {
            for (int i = 0; i < length; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                    return false;
                }
            }
            return totalBytes == length;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long line = 1;
    private byte[] record = new byte[1024];

    CsvRecords(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next record, blank lines included (the caller skips them); null at the end of the file. */
    Raw next() throws IOException {
        long start = line;
        long total = 0;
        int kept = 0;
        boolean quoted = false;
        while (true) {
            if (position == limit && !fill()) {
                if (total == 0) {
                    return null;
                }
                return raw(start, kept, total, quoted);
            }
            byte b = buffer[position++];
            if (b == '\n') {
                line++;
                if (!quoted) {   // CRLF as LF: the CR is no part of the record
                    boolean cr = kept == total && kept > 0 && record[kept - 1] == '\r';
                    return raw(start, cr ? kept - 1 : kept, cr ? total - 1 : total, false);
                }
            } else if (b == '"') {
                quoted = !quoted;
            }
            total++;
            if (kept <= maxBytes) {
                if (kept == record.length) {
                    record = Arrays.copyOf(record, Math.min(record.length * 2, maxBytes + 1));
                }
                record[kept++] = b;
            }
        }
    }

    /** Lines read so far: the line the next record starts on. */
    long line() {
        return line;
    }

    private Raw raw(long start, int kept, long total, boolean unterminated) {
        return new Raw(start, record, kept, total, unterminated);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
