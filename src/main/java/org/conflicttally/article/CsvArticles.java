package org.conflicttally.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file to articles, one a record: the first non-blank record is the header, which names the fields that
 * {@link FieldArticles} maps (as a JSON Lines file's keys); every other non-blank record becomes an article or
 * a {@link Rejection}, at the line where it starts (a quoted field may span lines; the header is line 1 of a
 * file that starts with it). Bad records are rejected one by one and reading goes on:
 *
 * <ul>
 *   <li>"malformed CSV": fields other than the header's count, text after a closing quote, or a quote still
 *       open at the end of the file (the rest of the file is that one record);</li>
 *   <li>"too long", "not UTF-8", "not text": as a JSON line (a record is decoded whole, UTF-8 else Windows-1252
 *       with a warning, and a byte-order mark at the start of the file is dropped);</li>
 *   <li>what the fields lack ("missing text", "unparseable date", ...): as for every input with fields.</li>
 * </ul>
 *
 * A header that cannot be read makes the file one reject ("malformed CSV header"), since no record of it can
 * be mapped; a file without a record is one reject "empty file". Not thread-safe: one reader per file.
 */
public final class CsvArticles {
    private final String input;
    private final CsvRecords records;
    private final FieldArticles fields;
    private final int maxBytes;
    private Map<String, Integer> header;
    private int columns;
    private long results;
    private boolean done;

    /**
     * @param in       the file's bytes, decompressed; the caller closes it
     * @param maxBytes the longest record read; longer ones are rejected "too long"
     */
    public CsvArticles(String input, InputStream in, FieldArticles fields, int maxBytes) {
        this.input = input;
        this.records = new CsvRecords(in, maxBytes);
        this.fields = fields;
        this.maxBytes = maxBytes;
    }

    /**
     * The next record as an article or a reject; null at the end of the file.
     *
     * @throws IOException when the stream fails (a file system fault, a damaged compressed file)
     */
    public ParseResult next() throws IOException {
        while (!done) {
            CsvRecords.Raw raw = records.next();
            if (raw == null) {
                done = true;
                return results > 0 ? null : counted(new Rejection(input, 0,
                        "empty file: no CSV " + (header == null ? "header" : "record"), ""));
            }
            if (raw.blank()) {
                continue;
            }
            if (header == null) {
                Rejection bad = readHeader(raw);
                if (bad != null) {
                    done = true;
                    return counted(bad);
                }
                continue;
            }
            return counted(record(raw));
        }
        return null;
    }

    /** The line the record being read, or the last one read, starts on: where a damaged file stopped. */
    public long line() {
        return records.line();
    }

    private ParseResult counted(ParseResult result) {
        results++;
        return result;
    }

    private ParseResult record(CsvRecords.Raw raw) {
        long line = raw.line();
        String problem = framing(raw);
        if (problem != null) {
            return new Rejection(input, line, problem, Rejection.excerptOf(raw.bytes(), raw.length()));
        }
        Utf8.Decoded decoded = Utf8.decode(raw.bytes(), raw.length());
        if (!decoded.ok()) {
            return new Rejection(input, line, decoded.problem(), Utf8.excerptOf(raw.bytes(), raw.length()));
        }
        String text = decoded.text();
        CsvFields.Split split = CsvFields.split(text);
        if (split.problem() != null) {
            return new Rejection(input, line, "malformed CSV: " + split.problem(), Rejection.excerptOf(text));
        }
        List<String> values = split.fields();
        if (values.size() != columns) {
            return new Rejection(input, line, "malformed CSV: " + values.size() + " fields where the header has "
                    + columns, Rejection.excerptOf(text));
        }
        ParseResult result = fields.parse(input, line, name -> {
            Integer column = header.get(name);
            return column == null ? null : values.get(column);
        }, () -> Rejection.excerptOf(text));
        if (decoded.warning() != null && result instanceof ParseResult.Accepted a) {
            List<String> warnings = new java.util.ArrayList<>(a.warnings());
            warnings.add(0, decoded.warning()); // the row read as Windows-1252, then what its text lost
            return new ParseResult.Accepted(input, line, a.article(), warnings);
        }
        return result;
    }

    /** Why a record's bytes are no record at all (a quote open to the end, too long), else null. */
    private String framing(CsvRecords.Raw raw) {
        if (raw.unterminated()) {
            return "malformed CSV: unbalanced quote: a quoted field is still open at the end of the file ("
                    + raw.totalBytes() + " bytes from line " + raw.line() + " on are this one record)";
        }
        return raw.totalBytes() > maxBytes ? Rejection.tooLong(raw.totalBytes(), maxBytes) : null;
    }

    private Rejection readHeader(CsvRecords.Raw raw) {
        String problem = framing(raw);
        Utf8.Decoded decoded = problem == null ? Utf8.decode(raw.bytes(), raw.length()) : null;
        if (problem == null && !decoded.ok()) {
            problem = decoded.problem();
        }
        CsvFields.Split split = problem == null ? CsvFields.split(decoded.text()) : null;
        if (problem == null && split.problem() != null) {
            problem = split.problem();
        }
        if (problem != null) {
            return new Rejection(input, raw.line(), "malformed CSV header: " + problem
                    + "; no record of the file can be read", Utf8.excerptOf(raw.bytes(), raw.length()));
        }
        header = new HashMap<>();
        List<String> names = split.fields();
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i).strip(), i);   // a repeated name: the first column of that name
        }
        columns = names.size();
        return null;
    }
}
