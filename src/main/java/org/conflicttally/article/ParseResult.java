package org.conflicttally.article;

import java.util.List;

/**
 * What one input record became: an article, or a {@link Rejection} with its reason. Parsers return one of
 * the two for every record and never throw on bad input, so that the job can account for every record.
 */
public sealed interface ParseResult permits ParseResult.Accepted, Rejection {

    /** The file the record came from (as the job saw its path). */
    String input();

    /** The 1-based line number in a JSON Lines file; 0 for a record that is a whole file. */
    long position();

    /**
     * A record that became an article.
     *
     * @param warnings what the parser had to guess (text read as Windows-1252), for the warnings table
     */
    record Accepted(String input, long position, Article article, List<String> warnings) implements ParseResult {
        public Accepted {
            warnings = List.copyOf(warnings);
        }

        public Accepted(String input, long position, Article article) {
            this(input, position, article, List.of());
        }
    }

    static ParseResult accepted(String input, long position, Article article) {
        return new Accepted(input, position, article);
    }

    /** An article with the decoder's warning, if any. */
    static ParseResult accepted(String input, long position, Article article, String warning) {
        return new Accepted(input, position, article, warning == null ? List.of() : List.of(warning));
    }
}
