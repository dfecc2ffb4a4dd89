package org.conflicttally.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflicttally.lexicon.ConfigException;
import org.conflicttally.lexicon.TsvFile;

/**
 * The words of {@code pages.tsv} compiled once: which class and id words mark page furniture, which phrases
 * start a furniture block, and which meta tags and JSON-LD keys hold a page's title and publication date.
 * Immutable; shared by all threads.
 */
public final class PageLexicon {
    static final String FILE = "pages.tsv";
    /** Where the jar keeps its copy of conf/lexicons (see the resources section of pom.xml). */
    private static final String BUNDLED = "/conflict-tally/lexicons/" + FILE;
    private static final List<String> KINDS = List.of("furniture_class", "furniture_start", "title_meta", "date_meta",
            "jsonld_date");

    private static volatile PageLexicon bundled;

    private final Set<String> furnitureClasses;
    private final List<String> furnitureStarts;
    private final List<String> titleMeta;
    private final List<String> dateMeta;
    private final List<String> jsonLdDate;

    private PageLexicon(Map<String, List<String>> values) {
        furnitureClasses = Set.copyOf(values.get("furniture_class"));
        furnitureStarts = List.copyOf(values.get("furniture_start"));
        titleMeta = List.copyOf(values.get("title_meta"));
        dateMeta = List.copyOf(values.get("date_meta"));
        jsonLdDate = List.copyOf(values.get("jsonld_date"));
    }

    /** The copy bundled in the jar, compiled once per JVM. */
    public static PageLexicon bundled() {
        PageLexicon p = bundled;
        if (p == null) {
            try (InputStream in = PageLexicon.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new ConfigException("classpath:" + BUNDLED, 0, "lexicon missing from the jar");
                }
                p = compile(TsvFile.parse("conf/lexicons/" + FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new ConfigException("classpath:" + BUNDLED + ": " + e.getMessage(), e);
            }
            bundled = p;
        }
        return p;
    }

    /** Compiles the rows; a bad row fails with file and line. */
    public static PageLexicon compile(TsvFile file) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        KINDS.forEach(k -> values.put(k, new ArrayList<>()));
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (TsvFile.Row row : file.rows()) {
            row.expectColumns(2, 2);
            String kind = row.oneOf(0, "kind", KINDS);
            boolean caseSensitive = kind.equals("jsonld_date");   // JSON keys; the rest is matched lower-cased
            for (String phrase : row.phrases(1, kind)) {
                String value = caseSensitive ? phrase : phrase.toLowerCase(Locale.ROOT);
                if (kind.equals("furniture_class") && !value.matches("[a-z0-9]+")) {
                    throw row.error("'" + phrase + "' is not one class word (letters and digits; names are split at - and _)");
                }
                if (!seen.computeIfAbsent(kind, k -> new HashSet<>()).add(value)) {
                    throw row.error("duplicate " + kind + " '" + phrase + "'");
                }
                values.get(kind).add(value);
            }
        }
        for (String kind : KINDS) {
            if (values.get(kind).isEmpty()) {
                throw new ConfigException(file.name(), 0, "no row of kind " + kind);
            }
        }
        return new PageLexicon(values);
    }

    /** Whether a lower-cased word of a class or id names page furniture ("share" of "share-bar"). */
    boolean isFurnitureClass(String word) {
        return furnitureClasses.contains(word);
    }

    /** Whether a block's text, lower-cased, starts with a furniture phrase ("read more: ..."). */
    boolean startsAsFurniture(String lowerCased) {
        for (String s : furnitureStarts) {
            if (lowerCased.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Meta names or properties of the headline, in order of trust (lower-cased). */
    List<String> titleMeta() {
        return titleMeta;
    }

    /** Meta names, properties or itemprops of the publication date, in order of trust (lower-cased). */
    List<String> dateMeta() {
        return dateMeta;
    }

    /** JSON-LD keys of the publication date, in order of trust. */
    List<String> jsonLdDate() {
        return jsonLdDate;
    }
}
