package org.conflicttally.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as the extractor sees it. Plain data, immutable.
 *
 * @param id        stable identifier (from the input, or derived from the file name)
 * @param source    outlet name, may be null
 * @param url       may be null
 * @param title     headline, may be empty but not null
 * @param published publication date; null when the input has none (the job rejects such articles)
 * @param text      the body, without the title
 */
public record Article(String id, String source, String url, String title, LocalDate published, String text) {

    /** What separates title and body in {@link #document()}; fact offsets count it. */
    public static final String TITLE_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /**
     * The text the extractor reads: title, a blank line, then the body. {@code char_start}/{@code char_end}
     * of a fact are offsets into this string.
     */
    public String document() {
        return title.isEmpty() ? text : title + TITLE_SEPARATOR + text;
    }

    /** Where the body starts in {@link #document()}. */
    public int bodyOffset() {
        return title.isEmpty() ? 0 : title.length() + TITLE_SEPARATOR.length();
    }
}
