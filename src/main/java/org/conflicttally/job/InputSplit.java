package org.conflicttally.job;

import java.io.Serializable;
import java.util.Objects;

/**
 * What one task reads of one input file: the whole file, or a piece of a large uncompressed JSON Lines file,
 * so that one big file keeps every core busy without its text being shuffled. A piece holds the lines that
 * start in {@code [start, end)}: the line that crosses {@code end} is read to its end, and a piece that does
 * not start a file skips the line it starts in (the piece before holds it), as Hadoop's text splits do.
 *
 * <p>A plain class, not a record: Spark ships task data with Kryo, whose field serializer cannot make
 * records.
 */
final class InputSplit implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long WHOLE = -1;

    private final String file;
    private final long start;
    private final long end;

    /**
     * @param file  the file's path (as the job saw it)
     * @param start first byte of the piece; 0 for a whole file
     * @param end   byte after the piece; {@link #WHOLE} for a whole file
     */
    InputSplit(String file, long start, long end) {
        this.file = file;
        this.start = start;
        this.end = end;
    }

    static InputSplit whole(String file) {
        return new InputSplit(file, 0, WHOLE);
    }

    String file() {
        return file;
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    boolean isPiece() {
        return end != WHOLE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSplit s && s.file.equals(file) && s.start == start && s.end == end;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, start, end);
    }

    @Override
    public String toString() {
        return isPiece() ? file + "[" + start + ", " + end + ")" : file;
    }
}
