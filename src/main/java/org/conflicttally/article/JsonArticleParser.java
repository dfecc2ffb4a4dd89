package org.conflicttally.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** One JSON Lines record (one line) to an article, with field names from {@link JsonFields}. */
public final class JsonArticleParser implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Deeper JSON is rejected ("JSON over limits"): articles are flat records, and depth costs stack. */
    public static final int MAX_NESTING_DEPTH = 64;

    // ObjectMapper is thread-safe once configured; one per JVM, never shipped with the parser.
    // Trailing tokens fail: "{...}{...}" on one line is two records glued together, not one.
    // Jackson's read constraints (nesting depth; number and string lengths at Jackson's defaults) turn
    // hostile JSON into a reject instead of a StackOverflowError or a huge allocation.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A stray control byte inside a string is scraped text, not broken JSON: ScrapedText removes it.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private final JsonFields fields;

    public JsonArticleParser(JsonFields fields) {
        this.fields = fields;
    }

    /** A line as bytes, as Hadoop reads it: bytes that are not UTF-8 become a rejection, not U+FFFD. */
    public ParseResult parse(String input, long line, byte[] bytes, int length) {
        Utf8.Decoded decoded = Utf8.decode(bytes, length);
        if (!decoded.ok()) {
            return new Rejection(input, line, decoded.problem(), Utf8.excerptOf(bytes, length));
        }
        ParseResult result = parse(input, line, decoded.text());
        if (decoded.warning() == null || !(result instanceof ParseResult.Accepted a)) {
            return result;
        }
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.add(0, decoded.warning());
        return new ParseResult.Accepted(input, line, a.article(), warnings);
    }

    /** @param line the 1-based line number, for the rejects table */
    public ParseResult parse(String input, long line, String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            return reject(input, line, "JSON over limits: " + e.getOriginalMessage(), json);
        } catch (JsonProcessingException e) {
            return reject(input, line, "malformed JSON: " + e.getOriginalMessage(), json);
        }
        if (node == null || !node.isObject()) {
            return reject(input, line, "not a JSON object", json);
        }
        Optional<String> text = first(node, fields.text());
        if (text.isEmpty()) {
            return reject(input, line, "missing text: none of " + fields.text() + " is a non-empty string", json);
        }
        Optional<String> date = first(node, fields.published());
        if (date.isEmpty()) {
            return reject(input, line, "no publication date: none of " + fields.published() + " is set", json);
        }
        Optional<LocalDate> published = PublicationDates.parse(date.get());
        if (published.isEmpty()) {
            Optional<LocalDate> anyYear = PublicationDates.parseAnyYear(date.get());
            return reject(input, line, anyYear.isPresent() ? PublicationDates.implausible(anyYear.get())
                    : "unparseable date: \"" + Rejection.excerptOf(date.get()) + "\"", json);
        }
        ScrapedText.Cleaned body = ScrapedText.clean(text.get());
        String binary = ScrapedText.binaryProblem(body, text.get().length(), "the text field");
        if (binary != null) {
            return reject(input, line, binary, json);
        }
        String rawTitle = scalar(node, fields.title());
        ScrapedText.Cleaned title = ScrapedText.clean(rawTitle == null ? "" : rawTitle);
        String url = scalar(node, fields.url());
        String id = scalar(node, fields.id());
        if (id == null) {
            id = derivedId(url != null ? url : text.get());
        }
        Article article = new Article(id, scalar(node, fields.source()), url, title.text(), published.get(),
                body.text());
        return ParseResult.accepted(input, line, article,
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
    private static Optional<String> first(JsonNode node, List<String> names) {
        return names.stream().map(name -> node.get(name))
                .filter(v -> v != null && v.isTextual() && !v.textValue().isBlank())
                .map(JsonNode::textValue)
                .findFirst();
    }

    /** A string or number field as text (ids are often numbers); null when absent, blank or structured. */
    private static String scalar(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static Rejection reject(String input, long line, String reason, String json) {
        return new Rejection(input, line, reason, Rejection.excerptOf(json));
    }
}
