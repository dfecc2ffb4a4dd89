package org.conflicttally.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The fallback for bytes that are not UTF-8. Old news pages and their scrapers often save Windows-1252 (or
 * Latin-1, which it extends): "Caf\xE9", curly quotes as 0x93/0x94. Such a record is read as Windows-1252,
 * with a warning, when all of this holds:
 *
 * <ul>
 *   <li>not binary: at most one byte in {@value ScrapedText#BINARY_ONE_IN} a control byte other than tab,
 *       line feed, form feed and carriage return (else reject "not text"; the few stray ones the parsers
 *       remove, see {@link ScrapedText});</li>
 *   <li>no valid UTF-8 multi-byte sequence (a file that mixes UTF-8 with stray bytes would be garbled);</li>
 *   <li>no byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D);</li>
 *   <li>at most {@value #MAX_HIGH_PERCENT}% of the bytes above 0x7F: Western text in Windows-1252 is mostly
 *       ASCII; Cyrillic, Greek or Arabic in their own single-byte code pages is mostly not, and would read
 *       as nonsense.</li>
 * </ul>
 * Anything else that is not UTF-8 is rejected with the reason.
 */
final class Windows1252 {
    static final int MAX_HIGH_PERCENT = 25;
    private static final Charset CHARSET = Charset.forName("windows-1252");

    private Windows1252() {
    }

    /**
     * @param badByte where strict UTF-8 decoding failed
     */
    static Utf8.Decoded fallback(byte[] bytes, int length, int badByte) {
        String notUtf8 = "not UTF-8: invalid byte sequence at byte " + badByte;
        String binary = ScrapedText.binaryProblem(new String(bytes, 0, length, StandardCharsets.ISO_8859_1), "byte",
                false);
        if (binary != null) {
            return new Utf8.Decoded(null, binary, null);
        }
        int high = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                high++;
                int n = utf8SequenceAt(bytes, i, length);
                if (n > 1) {
                    return new Utf8.Decoded(null, notUtf8 + " in UTF-8 text (mixed encodings)", null);
                }
            }
        }
        if (high * 100L > (long) MAX_HIGH_PERCENT * length) {
            return new Utf8.Decoded(null, notUtf8 + ", and " + (high * 100L / length)
                    + "% of the bytes are above 0x7F: not Western text in Windows-1252 either", null);
        }
        String text;
        try {
            text = CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return new Utf8.Decoded(null, notUtf8 + ", and not Windows-1252 either (a byte it leaves undefined)", null);
        }
        return new Utf8.Decoded(text, null, "not UTF-8 (byte " + hex(bytes[badByte] & 0xFF) + " at byte " + badByte
                + "): read as Windows-1252");
    }

    /** The length of the valid UTF-8 multi-byte sequence starting at {@code i}, else 1. */
    private static int utf8SequenceAt(byte[] b, int i, int length) {
        int lead = b[i] & 0xFF;
        int n = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1;
        if (n == 1 || i + n > length) {
            return 1;
        }
        for (int k = 1; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 1;
            }
        }
        return n;
    }

    private static String hex(int b) {
        return String.format(Locale.ROOT, "0x%02X", b);
    }
}
