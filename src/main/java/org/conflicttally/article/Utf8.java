package org.conflicttally.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding. {@code new String(bytes, UTF_8)} would silently turn a Latin-1 or binary file into
 * U+FFFD soup that the extractor then reads as an article; input that is not UTF-8 must become a reject,
 * unless it is plausibly Windows-1252 (see {@link Windows1252}): then it is read as such, with a warning.
 * Text that is mostly control characters is binary data (see {@link ScrapedText#binaryProblem}); a few
 * stray ones stay in the text, for the parsers to remove with a warning ({@link ScrapedText#clean}).
 */
final class Utf8 {
    private static final char BOM = '\uFEFF';

    private Utf8() {
    }

    /**
     * Either the decoded text or why the bytes are not text.
     *
     * @param warning set when the text was read, but not as UTF-8 (it goes to the warnings table)
     */
    record Decoded(String text, String problem, String warning) {
        boolean ok() {
            return problem == null;
        }
    }

    /** Decodes {@code length} bytes, dropping a leading byte-order mark. */
    static Decoded decode(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);   // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return Windows1252.fallback(bytes, length, in.position());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        String binary = ScrapedText.binaryProblem(text, "character", true);
        if (binary != null) {
            return new Decoded(null, binary, null);
        }
        return new Decoded(!text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text, null, null);
    }

    /** The excerpt of bytes that did not decode: read leniently, whatever they are. */
    static String excerptOf(byte[] bytes, int length) {
        // 4 bytes per character at most: enough bytes for the excerpt, however long the file.
        int head = Math.min(length, 4 * Rejection.EXCERPT_CHARS);
        return Rejection.excerptOf(new String(bytes, 0, head, StandardCharsets.UTF_8));
    }
}
