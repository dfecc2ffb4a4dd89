package org.conflicttally.article;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * A record with named fields to an article, by the mapping of {@link ArticleFields}: one set of rules for
 * every input with fields (JSON Lines, CSV, Parquet), so that a field means the same, and a record missing
 * one is rejected with the same reason, whatever the file format. Immutable and thread-safe.
 */
public final class FieldArticles implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The fields of one record, as its format gives them: a String, a LocalDate (a typed date column), another
     * scalar (a Number, a Boolean); null for a field that is absent, null or structured.
     */
    @FunctionalInterface
    public interface Values {
        Object get(String name);
    }

    private final ArticleFields fields;
    private final PublishedFormat dates;

    public FieldArticles(ArticleFields fields) {
        this.fields = fields;
        this.dates = PublishedFormat.of(fields.dateFormat());
    }

    public ArticleFields fields() {
        return fields;
    }

    /**
     * @param position the record's line (JSON Lines, CSV) or row (Parquet) in its file, from 1
     * @param excerpt  the record as the rejects table shows it; asked for only when the record is rejected
     */
    public ParseResult parse(String input, long position, Values values, Supplier<String> excerpt) {
        String text = firstString(values, fields.text());
        if (text == null) {
            return new Rejection(input, position, "missing text: none of " + fields.text() + " is a non-empty string",
                    excerpt.get());
        }
        Object date = firstDate(values, fields.published());
        if (date == null) {
            return new Rejection(input, position, "no publication date: none of " + fields.published() + " is set",
                    excerpt.get());
        }
        LocalDate published = date instanceof LocalDate typed ? typed : dates.parseAnyYear((String) date);
        if (published == null) {
            return new Rejection(input, position, "unparseable date: \"" + Rejection.excerptOf((String) date) + "\""
                    + dates.expected(), excerpt.get());
        }
        if (!PublicationDates.plausible(published)) {
            return new Rejection(input, position, PublicationDates.implausible(published), excerpt.get());
        }
        // scraped text: control characters and escape sequences removed with a warning; binary data rejected
        ScrapedText.Cleaned body = ScrapedText.clean(text);
        String binary = ScrapedText.binaryProblem(body, text.length(), "the text field");
        if (binary != null) {
            return new Rejection(input, position, binary, excerpt.get());
        }
        String rawTitle = scalar(values, fields.title());
        ScrapedText.Cleaned title = ScrapedText.clean(rawTitle == null ? "" : rawTitle);
        String url = scalar(values, fields.url());
        String id = scalar(values, fields.id());
        id = id != null ? fields.idPrefix() + id : derivedId(url != null ? url : text);
        Article article = new Article(id, scalar(values, fields.source()), url, title.text(), published, body.text());
        return ParseResult.accepted(input, position, article,
                ScrapedText.warning(ScrapedText.Cleaned.concat(title, body, article.bodyOffset()), "the article", 0));
    }

    /**
     * A stable id for a record without one: from the url, else the text, so that re-running the job on the
     * same corpus (or the same article in two files) gives the same id.
     */
    static String derivedId(String basis) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The first of the named fields that holds a non-blank string. */
    private static String firstString(Values values, List<String> names) {
        for (String name : names) {
            if (values.get(name) instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    /** The first of the named fields that holds a typed date or a non-blank string. */
    private static Object firstDate(Values values, List<String> names) {
        for (String name : names) {
            Object v = values.get(name);
            if (v instanceof LocalDate || v instanceof String s && !s.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** A scalar field as text (ids are often numbers); null when absent, blank or structured. */
    private static String scalar(Values values, String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        String s = v.toString();
        return s.isBlank() ? null : s;
    }
}
