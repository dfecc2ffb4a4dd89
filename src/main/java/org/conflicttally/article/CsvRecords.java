package org.conflicttally.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The records of a CSV file (RFC 4180) as bytes, streamed: a record ends at a line break outside quotes, so a
 * quoted field may hold line breaks. Only the quoting is followed here; {@link CsvFields} splits a record into
 * fields, by the same rules, once it is decoded. Works on bytes
 * because {@code "}, {@code ,}, CR and LF are never part of a multi-byte UTF-8 character, and a record is
 * decoded whole (UTF-8, else Windows-1252 with a warning) as a JSON line is.
 *
 * <p>At most {@code maxBytes + 1} bytes of a record are held: a longer one is read to its end and reported
 * with its size. Not thread-safe: one reader per file.
 */
final class CsvRecords {
    private static final int BUFFER = 1 << 16;
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote in a quoted field: its end, or the first of two. */
    private static final int QUOTE_IN_QUOTED = 3;

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
    /** Line of the file the record being read, or the last one read, starts on. */
    private long start = 1;
    private byte[] record = new byte[1024];

    CsvRecords(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next record, blank lines included (the caller skips them); null at the end of the file. */
    Raw next() throws IOException {
        start = line;
        long total = 0;
        int kept = 0;
        int state = FIELD_START;
        while (true) {
            if (position == limit && !fill()) {
                return total == 0 ? null : raw(start, kept, total, state == QUOTED);
            }
            byte b = buffer[position++];
            if (b == '\n') {
                line++;
                if (state != QUOTED) {   // CRLF as LF: the CR is no part of the record
                    boolean cr = kept == total && kept > 0 && record[kept - 1] == '\r';
                    return raw(start, cr ? kept - 1 : kept, cr ? total - 1 : total, false);
                }
            }
            state = next(state, b);
            total++;
            if (kept <= maxBytes) {
                if (kept == record.length) {
                    record = Arrays.copyOf(record, Math.min(record.length * 2, maxBytes + 1));
                }
                record[kept++] = b;
            }
        }
    }

    /**
     * Where a byte leaves the quoting: a quote opens a quoted field only at the start of a field (elsewhere it
     * is kept as written), and a quote in a quoted field either ends it or, doubled, stands for one quote.
     */
    private static int next(int state, byte b) {
        return switch (state) {
            case QUOTED -> b == '"' ? QUOTE_IN_QUOTED : QUOTED;
            case QUOTE_IN_QUOTED -> b == '"' ? QUOTED : b == ',' ? FIELD_START : UNQUOTED;
            default -> b == ',' ? FIELD_START : b == '"' && state == FIELD_START ? QUOTED : UNQUOTED;
        };
    }

    /** The line the record being read (or, between two, the last one read) starts on. */
    long line() {
        return start;
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
