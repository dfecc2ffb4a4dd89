package org.conflicttally.article;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Which JSON fields hold what. Corpora name them differently ({@code body}, {@code content}, {@code date}):
 * for the date and the text, the first of several names present wins.
 */
public record JsonFields(String id, String url, String source, String title,
                         List<String> published, List<String> text) implements Serializable {

    public static final JsonFields DEFAULTS = new JsonFields("id", "url", "source", "title",
            List.of("published", "date"), List.of("text", "body", "content"));

    public JsonFields {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        published = List.copyOf(published);
        text = List.copyOf(text);
        if (published.isEmpty() || text.isEmpty()) {
            throw new IllegalArgumentException("at least one field name is needed for the date and the text");
        }
    }
}
