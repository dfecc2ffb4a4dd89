package org.conflicttally.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of the lexicon files (actors, places, triggers, ...), read once on the driver and shipped to
 * executors as data. Compiling it into matchers happens once per JVM (see
 * {@link org.conflicttally.facts.FactExtractor#forSource}), never per article.
 */
public final class LexiconSource implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Every lexicon file the extractor reads, in conf/lexicons/ and bundled in the jar. */
    public static final String[] FILES = {
        "actors.tsv", "places.tsv", "triggers.tsv", "nouns.tsv", "quantities.tsv", "cues.tsv", "words.tsv",
        "times.tsv", "bounds.tsv"
    };
    /** Where the jar keeps its copy of conf/lexicons (see the resources section of pom.xml). */
    static final String BUNDLED_PREFIX = "/conflict-tally/lexicons/";

    private final String origin;
    private final Map<String, String> files;

    private LexiconSource(String origin, Map<String, String> files) {
        this.origin = origin;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Reads every lexicon file from a folder such as {@code conf/lexicons}. */
    public static LexiconSource fromDirectory(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : FILES) {
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) {
                throw new ConfigException(p.toString(), 0, "lexicon file missing");
            }
            try {
                files.put(name, Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ConfigException(p + ": cannot read lexicon file: " + e.getMessage(), e);
            }
        }
        return new LexiconSource(dir.toString(), files);
    }

    /** The lexicons bundled in the jar: a copy of {@code conf/lexicons} at build time. */
    public static LexiconSource bundled() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in = LexiconSource.class.getResourceAsStream(BUNDLED_PREFIX + name)) {
                if (in == null) {
                    throw new ConfigException("classpath:" + BUNDLED_PREFIX + name, 0, "lexicon missing from the jar");
                }
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ConfigException("classpath:" + BUNDLED_PREFIX + name + ": " + e.getMessage(), e);
            }
        }
        return new LexiconSource("bundled", files);
    }

    /** For tests: lexicons given as text. */
    public static LexiconSource of(String origin, Map<String, String> files) {
        return new LexiconSource(origin, files);
    }

    /** The parsed rows of one file; a malformed line fails with the file and line. */
    public TsvFile file(String name) {
        String text = files.get(name);
        if (text == null) {
            throw new ConfigException(origin + "/" + name, 0, "lexicon file missing");
        }
        return TsvFile.parse(origin + "/" + name, text);
    }

    public String origin() {
        return origin;
    }

    /** A key that changes when any file changes: executors cache compiled extractors by it. */
    public String fingerprint() {
        return Integer.toHexString(files.hashCode()) + ":" + files.values().stream().mapToInt(String::length).sum();
    }
}
