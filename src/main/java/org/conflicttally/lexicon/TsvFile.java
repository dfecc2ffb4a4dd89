package org.conflicttally.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon file: tab-separated rows; lines starting with '#' and blank lines are comments. Every row
 * keeps its line number so that a bad entry fails with file and line.
 */
public final class TsvFile {
    private final String name;
    private final List<Row> rows;

    private TsvFile(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    public static TsvFile parse(String name, String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(new Row(name, i + 1, line.split("\t", -1)));
        }
        return new TsvFile(name, List.copyOf(rows));
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One row of a lexicon file. */
    public record Row(String file, int line, String[] cells) {
        /** The trimmed cell, failing with file and line when the row is too short or the cell empty. */
        public String required(int index, String what) {
            if (index >= cells.length || cells[index].isBlank()) {
                throw error("missing " + what + " (column " + (index + 1) + ")");
            }
            return cells[index].trim();
        }

        /** The trimmed cell, or "" when absent. */
        public String optional(int index) {
            return index < cells.length ? cells[index].trim() : "";
        }

        /** Requires exactly this many columns (trailing empty ones allowed). */
        public Row expectColumns(int min, int max) {
            if (cells.length < min || cells.length > max) {
                throw error("expected " + (min == max ? String.valueOf(min) : min + " to " + max)
                        + " tab-separated columns, found " + cells.length);
            }
            return this;
        }

        /** The cell as a whole number, failing with file and line when it is not one. */
        public long wholeNumber(int index, String what) {
            return parsed(index, what, Long::parseLong, "not a whole number");
        }

        /** The cell as a number ("0.5"), failing with file and line when it is not one. */
        public double number(int index, String what) {
            return parsed(index, what, Double::parseDouble, "not a number");
        }

        private <T> T parsed(int index, String what, java.util.function.Function<String, T> parse, String problem) {
            String s = required(index, what);
            try {
                return parse.apply(s);
            } catch (NumberFormatException e) {
                throw error(problem + ": '" + s + "'");
            }
        }

        /** The cell, which must be one of {@code allowed}; the error lists them. */
        public String oneOf(int index, String what, java.util.Collection<String> allowed) {
            String v = required(index, what);
            if (!allowed.contains(v)) {
                throw error("unknown " + what + " '" + v + "' (" + String.join(", ", new java.util.TreeSet<>(allowed))
                        + ")");
            }
            return v;
        }

        /** The phrases of a cell written "a|b|c", trimmed; an empty one fails with file and line. */
        public List<String> phrases(int index, String what) {
            List<String> out = new ArrayList<>();
            for (String p : required(index, what).split("\\|", -1)) {
                if (p.isBlank()) {
                    throw error("empty phrase in " + what);
                }
                out.add(p.strip());
            }
            return out;
        }

        public ConfigException error(String problem) {
            return new ConfigException(file, line, problem);
        }
    }
}
