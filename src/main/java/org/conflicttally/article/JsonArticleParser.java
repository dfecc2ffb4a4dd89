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
import java.util.ArrayList;
import java.util.List;

/** One JSON Lines record (one line) to an article, with field names from {@link ArticleFields} (read by {@link FieldArticles}). */
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

    private final FieldArticles fields;

    public JsonArticleParser(ArticleFields fields) {
        this.fields = new FieldArticles(fields);
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
        return fields.parse(input, line, name -> value(node.get(name)), () -> Rejection.excerptOf(json));
    }

    /** A field as {@link FieldArticles.Values} gives it: strings, other scalars, null for nulls and structures. */
    private static Object value(JsonNode v) {
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return v.isNumber() ? v.numberValue() : v.asText();
    }

    private static Rejection reject(String input, long line, String reason, String json) {
        return new Rejection(input, line, reason, Rejection.excerptOf(json));
    }
}
