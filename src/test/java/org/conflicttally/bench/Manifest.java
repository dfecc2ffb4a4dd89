package org.conflicttally.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the generator made, written beside the corpus as {@value #FILE} (the job skips files whose names start
 * with '_'). The parameters decide the bytes; a corpus whose manifest has the same parameters is reused.
 *
 * @param textBytes UTF-8 bytes of the articles' documents (title, blank line, body): the text the extractor
 *                  reads, the measure of MB/s
 * @param digest    SHA-256 over the SHA-256 of each part in order: equal digests, identical corpora
 */
record Manifest(
        @JsonProperty("generator_version") int generatorVersion,
        @JsonProperty("seed") long seed,
        @JsonProperty("size_bytes") long sizeBytes,
        @JsonProperty("part_bytes") long partBytes,
        @JsonProperty("seed_fingerprint") String seedFingerprint,
        @JsonProperty("parts") List<Part> parts,
        @JsonProperty("articles") long articles,
        @JsonProperty("json_bytes") long jsonBytes,
        @JsonProperty("text_bytes") long textBytes,
        @JsonProperty("digest") String digest) {

    static final String FILE = "_manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Part(@JsonProperty("file") String file, @JsonProperty("bytes") long bytes,
                @JsonProperty("articles") long articles, @JsonProperty("text_bytes") long textBytes,
                @JsonProperty("sha256") String sha256) {
    }

    boolean sameParameters(int version, long seed, long size, long part, String fingerprint) {
        return generatorVersion == version && this.seed == seed && sizeBytes == size && partBytes == part
                && seedFingerprint.equals(fingerprint);
    }

    /** Every part file is there with its size (a cheap check that a run was not interrupted). */
    boolean filesPresent(Path dir) {
        for (Part p : parts) {
            Path f = dir.resolve(p.file());
            try {
                if (!Files.isRegularFile(f) || Files.size(f) != p.bytes()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(this) + "\n");
    }

    static Manifest read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), Manifest.class);
    }
}
