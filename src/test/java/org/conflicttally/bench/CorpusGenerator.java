package org.conflicttally.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus: JSON Lines articles ({@code id, source, published, title, text}, the FA-KES
 * layout) recombined from a {@link SeedPool}, in part files of about {@code partBytes} each, so that Spark
 * reads them in parallel. Each part has its own random stream derived from the seed, so parts can be written
 * by several threads and the corpus is the same byte for byte whatever the thread count.
 */
final class CorpusGenerator {
    /** Bump when a change to the generator changes its output: cached corpora are then regenerated. */
    static final int VERSION = 1;
    static final long DEFAULT_PART_BYTES = 32_000_000L;

    private static final JsonFactory JSON = new JsonFactory();

    private final SeedPool pool;

    CorpusGenerator(SeedPool pool) {
        this.pool = pool;
    }

    /** The folder a corpus of this size and seed goes to, under {@code root}. */
    static Path folder(Path root, long size, long seed) {
        return root.resolve("corpus-" + Sizes.label(size) + "-seed" + seed);
    }

    /**
     * The corpus of this size and seed in {@code dir}: reused when the folder holds one made with the same
     * parameters, else (re)written.
     */
    Manifest generate(Path dir, long size, long seed, long partBytes, int threads) throws IOException {
        Optional<Manifest> old = existing(dir, size, seed, partBytes);
        if (old.isPresent()) {
            return old.get();
        }
        clear(dir);
        Files.createDirectories(dir);
        int parts = (int) Math.max(1, (size + partBytes - 1) / partBytes);
        ExecutorService exec = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, parts)));
        try {
            List<Future<Manifest.Part>> futures = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int part = p;
                long target = size / parts + (p < size % parts ? 1 : 0);   // even parts: even tasks
                futures.add(exec.submit(() -> writePart(dir, part, target, seed)));
            }
            List<Manifest.Part> written = new ArrayList<>();
            for (Future<Manifest.Part> f : futures) {
                written.add(f.get());
            }
            MessageDigest all = sha256();
            long articles = 0;
            long jsonBytes = 0;
            long textBytes = 0;
            for (Manifest.Part p : written) {
                all.update(p.sha256().getBytes(StandardCharsets.US_ASCII));
                articles += p.articles();
                jsonBytes += p.bytes();
                textBytes += p.textBytes();
            }
            Manifest m = new Manifest(VERSION, seed, size, partBytes, pool.fingerprint, written, articles, jsonBytes,
                    textBytes, HexFormat.of().formatHex(all.digest()));
            m.write(dir);
            return m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("generator failed", e.getCause());
        } finally {
            exec.shutdownNow();
        }
    }

    /** The corpus already in {@code dir} when it was made with these parameters and is complete. */
    Optional<Manifest> existing(Path dir, long size, long seed, long partBytes) {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            return Optional.empty();
        }
        try {
            Manifest m = Manifest.read(dir);
            return m.sameParameters(VERSION, seed, size, partBytes, pool.fingerprint) && m.filesPresent(dir)
                    ? Optional.of(m) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();   // unreadable: regenerate
        }
    }

    /** Writes articles to part {@code part} until it holds at least {@code target} bytes. */
    Manifest.Part writePart(Path dir, int part, long target, long seed) {
        String file = String.format(Locale.ROOT, "part-%05d.jsonl", part);
        SplitMix64 rnd = new SplitMix64(SplitMix64.mix(seed, part));
        ArticleWriter writer = new ArticleWriter(pool);
        MessageDigest digest = sha256();
        long articles = 0;
        long textBytes = 0;
        try (CountingStream counted = new CountingStream(new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(dir.resolve(file)), 1 << 16), digest));
             JsonGenerator json = JSON.createGenerator(counted, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            while (counted.count + json.getOutputBuffered() < target) {
                ArticleWriter.Generated a = writer.next(rnd);
                json.writeStartObject();
                json.writeStringField("id", "bench-" + seed + "-" + part + "-" + articles);
                json.writeStringField("source", a.source());
                json.writeStringField("published", a.published().toString());
                json.writeStringField("title", a.title());
                json.writeStringField("text", a.text());
                json.writeEndObject();
                json.writeRaw('\n');
                articles++;
                textBytes += utf8Length(a.title()) + (a.title().isEmpty() ? 0 : 2) + utf8Length(a.text());
            }
            json.flush();
            counted.flush();
            return new Manifest.Part(file, counted.count, articles, textBytes, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Removes an earlier corpus's part files and manifest (only those: the folder is ours). */
    private static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.equals(Manifest.FILE) || n.startsWith("part-") && n.endsWith(".jsonl")) {
                    Files.delete(f);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
