package org.conflicttally.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one decoded CSV record (RFC 4180): separated by commas; a field that starts with a quote is
 * quoted, may hold commas, line breaks and quotes written twice, and must end with its closing quote right
 * before a comma or the end of the record. A quote inside a field that does not start with one is kept as
 * written, as spreadsheet programs and Python's csv module read it.
 */
final class CsvFields {
    private CsvFields() {
    }

    /**
     * The fields, or the problem of a malformed record.
     *
     * @param problem null when the record is well formed
     */
    record Split(List<String> fields, String problem) {
    }

    static Split split(String record) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = record.length();
        while (true) {
            if (i < n && record.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    int quote = record.indexOf('"', i);
                    if (quote < 0) {
                        return new Split(fields, "unbalanced quote: field " + (fields.size() + 1)
                                + " opens a quote that the record does not close");
                    }
                    field.append(record, i, quote);
                    if (quote + 1 < n && record.charAt(quote + 1) == '"') {   // "" is one quote
                        field.append('"');
                        i = quote + 2;
                        continue;
                    }
                    i = quote + 1;
                    break;
                }
                fields.add(field.toString());
                if (i == n) {
                    return new Split(fields, null);
                }
                if (record.charAt(i) != ',') {
                    return new Split(fields, "unbalanced quote: text after the closing quote of field " + fields.size());
                }
                i++;
            } else {
                int comma = record.indexOf(',', i);
                if (comma < 0) {
                    fields.add(record.substring(i));
                    return new Split(fields, null);
                }
                fields.add(record.substring(i, comma));
                i = comma + 1;
            }
        }
    }
}
