package org.conflicttally.article;

/**
 * What one input record became: an article, or a {@link Rejection} with its reason. Parsers return one of
 * the two for every record and never throw on bad input, so that the job can account for every record.
 */
public sealed interface ParseResult permits ParseResult.Accepted, Rejection {

    /** The file the record came from (as the job saw its path). */
    String input();

    /** The 1-based line number in a JSON Lines file; 0 for a record that is a whole file. */
    long position();

    /** A record that became an article. */
    record Accepted(String input, long position, Article article) implements ParseResult {
    }

    static ParseResult accepted(String input, long position, Article article) {
        return new Accepted(input, position, article);
    }
}
