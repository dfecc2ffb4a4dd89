package org.conflicttally.article;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Which fields of a record hold what, for every input whose records have named fields: the keys of a JSON
 * Lines object, the header of a CSV file, the columns of a Parquet file. Corpora name them differently
 * ({@code body}, {@code content}, {@code article_content}): for the date and the text, the first of several
 * names present wins.
 *
 * @param dateFormat how the date fields are written: {@link PublishedFormat#AUTO} for the forms news pages
 *                   print ({@code 2020-02-27}, {@code 27 February 2020}, ...), else a java.time pattern
 *                   ({@code M/d/yyyy})
 * @param idPrefix   put before every id read from the id field ({@code fakes-}), so that the numeric ids of
 *                   two corpora do not collide; not before ids derived from the url or text
 */
public record ArticleFields(String id, String url, String source, String title,
                            List<String> published, List<String> text, String dateFormat, String idPrefix)
        implements Serializable {

    public static final ArticleFields DEFAULTS = new ArticleFields("id", "url", "source", "title",
            List.of("published", "date"), List.of("text", "body", "content"));

    public ArticleFields {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        published = List.copyOf(published);
        text = List.copyOf(text);
        if (published.isEmpty() || text.isEmpty()) {
            throw new IllegalArgumentException("at least one field name is needed for the date and the text");
        }
        dateFormat = PublishedFormat.of(dateFormat).toString();   // a bad pattern fails here, before any record is read
        idPrefix = idPrefix == null ? "" : idPrefix;
    }

    /** Dates in the forms news pages print, ids as the input has them. */
    public ArticleFields(String id, String url, String source, String title, List<String> published,
                         List<String> text) {
        this(id, url, source, title, published, text, PublishedFormat.AUTO, "");
    }
}
