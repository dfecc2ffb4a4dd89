package org.conflicttally.article;

/**
 * An input record that did not become an article: a row of the {@code rejects} table.
 *
 * @param reason  {@code "kind"} or {@code "kind: detail"}; the job counts rejects by the kind before the colon
 * @param excerpt the start of the record (see {@link #excerptOf}), so a user can find and fix it
 */
public record Rejection(String input, long position, String reason, String excerpt) implements ParseResult {

    /** How many characters of a bad record the rejects table keeps. */
    public static final int EXCERPT_CHARS = 200;

    /**
     * The first {@value #EXCERPT_CHARS} characters of a record on one line: whitespace runs become one space
     * and other control characters (NUL in a binary file) U+FFFD, so the excerpt prints safely.
     */
    public static String excerptOf(String record) {
        if (record == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(record.length(), EXCERPT_CHARS));
        boolean space = false;
        for (int i = 0; i < record.length() && out.length() < EXCERPT_CHARS; i++) {
            char c = record.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
                if (out.length() == EXCERPT_CHARS) {
                    break;
                }
            }
            out.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        // Never end on half a surrogate pair: Parquet writers and terminals reject it.
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** The excerpt of a record's first {@code length} bytes, whatever they are (read leniently as UTF-8). */
    public static String excerptOf(byte[] bytes, int length) {
        return Utf8.excerptOf(bytes, length);
    }

    /** The reason of a record over the size the job reads: {@code bytes} long, {@code max} at most. */
    public static String tooLong(long bytes, long max) {
        return "too long: " + bytes + " bytes; a record may have at most " + max;
    }

    /** The kind of a reason: the part before the first colon. */
    public static String kindOf(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
