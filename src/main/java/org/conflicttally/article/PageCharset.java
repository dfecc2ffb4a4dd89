package org.conflicttally.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML page from its bytes, in the charset it declares: the HTTP header's
 * {@code Content-Type: text/html; charset=...} first, else a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">} in its first
 * {@value #SNIFF_BYTES} bytes, as browsers read it. Labels that browsers read as Windows-1252 (ISO-8859-1,
 * US-ASCII) are read as Windows-1252. A page that declares UTF-8, or nothing, is read as the project reads
 * every text ({@link Utf8}: strict UTF-8, else plausibly Windows-1252 with a warning, else a reject).
 */
final class PageCharset {
    /** How far browsers look for a meta charset (the HTML standard's prescan: 1024 bytes). */
    static final int SNIFF_BYTES = 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageCharset() {
    }

    /**
     * @param declared the charset parameter of the HTTP Content-Type, or null
     */
    static Utf8.Decoded decode(byte[] bytes, int length, String declared) {
        if (length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return strict(bytes, length, StandardCharsets.UTF_16, "UTF-16 (byte-order mark)");
        }
        String label = declared != null && !declared.isBlank() ? declared.strip() : sniff(bytes, length);
        if (label == null) {
            return Utf8.decode(bytes, length);
        }
        Charset charset = charset(label);
        if (charset == null) {
            Utf8.Decoded d = Utf8.decode(bytes, length);
            return d.ok() ? new Utf8.Decoded(d.text(), null, "unknown charset '" + Rejection.excerptOf(label)
                    + "' declared: read as " + (d.warning() == null ? "UTF-8" : "Windows-1252")) : d;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return Utf8.decode(bytes, length);
        }
        return strict(bytes, length, charset, charset.name());
    }

    /** The charset a page's first bytes declare in a meta tag, or null. */
    static String sniff(byte[] bytes, int length) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    /** The charset of a label as browsers read it; null for one Java does not know. */
    static Charset charset(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("iso8859-1") || l.equals("latin1") || l.equals("l1")
                || l.equals("us-ascii") || l.equals("ascii") || l.equals("cp1252")) {
            return WINDOWS_1252;   // the HTML standard's encoding table maps these labels to windows-1252
        }
        try {
            return Charset.isSupported(l) ? Charset.forName(l) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    /** The bytes in the declared charset; bytes it does not define become U+FFFD, with a warning. */
    private static Utf8.Decoded strict(byte[] bytes, int length, Charset charset, String name) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            return new Utf8.Decoded(strip(text), null, null);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, 0, length, charset);   // replaces what it cannot read
            return new Utf8.Decoded(strip(text), null, "bytes not valid in the declared charset " + name
                    + ": replaced by U+FFFD");
        }
    }

    private static String strip(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
