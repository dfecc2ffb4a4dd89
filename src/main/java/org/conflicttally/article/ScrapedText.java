package org.conflicttally.article;

import java.util.Locale;

/**
 * Text as scrapers leave it: stray control characters, terminal escape sequences from a scraper's
 * coloured log output, and invisible format characters inside words and numbers. They are removed and
 * the article is kept; what was removed becomes one warning. Only text that is mostly control characters
 * is binary data (an image, an archive, UTF-16 read as UTF-8) and rejected.
 *
 * <p>Removed:
 * <ul>
 *   <li>stray control characters: C0 (U+0000..U+001F) but tab, line feed, form feed and carriage return;
 *       DEL; C1 (U+0080..U+009F), which only encoding accidents put into UTF-8 text;</li>
 *   <li>escape sequences, whole: CSI ("ESC [31m", "ESC [0m", "ESC [2J"), OSC ("ESC ]0;title BEL") and the
 *       other string commands (DCS, SOS, PM, APC) up to their terminator (BEL or ESC \) or the end of the
 *       line, and the character-set escapes ("ESC (B") and cursor and keypad modes ("ESC 7", "ESC =");
 *       a lone ESC is a stray control character, and the word after it stays;</li>
 *   <li>colour codes whose ESC a scraper already dropped: '[', 1 to 3 digits (';'-separated groups), 'm'
 *       ("[31m", "[1;31m", "[0m"), unless a ']' follows ("[2m]" is an annotation). A colour code never
 *       leaves "31m" behind, which a count reads as 31 million;</li>
 *   <li>invisible format characters: zero-width space, non-joiner and joiner (U+200B..U+200D), word joiner
 *       (U+2060), a byte-order mark inside the text (U+FEFF) and the soft hyphen (U+00AD), so that
 *       "1\u200B200" reads 1200 and "kil\u00ADled" killed. They carry nothing the tables use and are not
 *       reported.</li>
 * </ul>
 * Binary: more than one character in {@value #BINARY_ONE_IN} is a stray control character (NUL included)
 * outside escape sequences. Text has a few at most; UTF-16 read as bytes is half NULs, archives and
 * executables are full of NULs and control bytes. Pure, allocation-free when there is nothing to remove.
 */
public final class ScrapedText {
    /** Text is binary when more than one character in this many is a stray control character. */
    public static final int BINARY_ONE_IN = 10;
    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';
    /** How far a string command (OSC, DCS, ...) may run looking for its terminator. */
    private static final int MAX_STRING_COMMAND = 512;

    private ScrapedText() {
    }

    /**
     * The text with the characters above removed, and what was removed.
     *
     * @param controls  stray control characters removed
     * @param sequences escape sequences and ESC-less colour codes removed
     * @param firstAt   where the first removed control or sequence was, in {@link #text} (-1 when none)
     * @param first     that control character or sequence as written, escaped for printing (null when none)
     */
    public record Cleaned(String text, int controls, int sequences, int firstAt, String first) {
        /** Whether controls or escape sequences were removed (invisible characters alone are not reported). */
        public boolean reported() {
            return controls + sequences > 0;
        }

        /** What was removed from two texts, {@code b} placed at {@code bOffset} after {@code a}'s start. */
        public static Cleaned concat(Cleaned a, Cleaned b, int bOffset) {
            boolean fromA = a.reported() || !b.reported();
            return new Cleaned(null, a.controls + b.controls, a.sequences + b.sequences,
                    fromA ? a.firstAt : b.firstAt + bOffset, fromA ? a.first : b.first);
        }
    }

    /** Removes what scrapers leave in text (see the class comment); returns {@code s} itself when clean. */
    public static Cleaned clean(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !suspect(s, i)) {
            i++;
        }
        if (i == n) {
            return new Cleaned(s, 0, 0, -1, null);
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        int controls = 0;
        int sequences = 0;
        int firstAt = -1;
        String first = null;
        while (i < n) {
            char c = s.charAt(i);
            int end = c == ESC ? escapeEnd(s, i) : c == '[' ? orphanColourEnd(s, i) : -1;
            if (end > i) {
                sequences++;
            } else if (isStrayControl(c)) {
                end = i + 1;
                controls++;
            } else if (isInvisible(c)) {
                i++;
                continue;
            } else {
                out.append(c);
                i++;
                continue;
            }
            if (firstAt < 0) {
                firstAt = out.length();
                first = printable(s, i, end);
            }
            i = end;
        }
        return new Cleaned(out.toString(), controls, sequences, firstAt, first);
    }

    /**
     * Why the text is binary data rather than text (see the class comment), or null when it is text.
     *
     * @param unit       what a position counts ("character", or "byte" for single-byte text)
     * @param c1Controls whether U+0080..U+009F are control characters (not in Windows-1252 bytes read as
     *                   Latin-1, where they are letters and punctuation)
     */
    public static String binaryProblem(String s, String unit, boolean c1Controls) {
        int strays = 0;
        int nuls = 0;
        int firstAt = -1;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ESC) {
                int end = escapeEnd(s, i);
                if (end > i) {
                    i = end - 1;
                    continue;
                }
            }
            if (c1Controls ? isStrayControl(c) : c < 0x80 && isStrayControl(c)) {
                strays++;
                nuls += c == 0 ? 1 : 0;
                if (firstAt < 0) {
                    firstAt = i;
                }
            }
        }
        if ((long) strays * BINARY_ONE_IN <= n) {
            return null;
        }
        return "not text: " + strays + " of " + n + " " + unit + "s are control characters (" + nuls
                + " NUL), over 1 in " + BINARY_ONE_IN + ", the first " + hex(s.charAt(firstAt)) + " at " + unit
                + " " + firstAt + ": binary data or UTF-16";
    }

    /**
     * Why text that {@link #clean} removed {@code c} from was binary data, or null when it was text.
     *
     * @param length the length of the text before cleaning
     * @param where  which text ("the text field")
     */
    public static String binaryProblem(Cleaned c, int length, String where) {
        if ((long) c.controls() * BINARY_ONE_IN <= length) {
            return null;
        }
        return "not text: " + c.controls() + " of " + length + " characters of " + where
                + " are control characters, over 1 in " + BINARY_ONE_IN + ", the first (" + c.first()
                + "): binary data";
    }

    /** The warning for what {@link #clean} removed, or null when nothing is reported. */
    public static String warning(Cleaned c, String where, int offset) {
        if (!c.reported()) {
            return null;
        }
        StringBuilder w = new StringBuilder("removed ");
        if (c.controls() > 0) {
            w.append(c.controls()).append(c.controls() == 1 ? " control character" : " control characters");
        }
        if (c.sequences() > 0) {
            w.append(c.controls() > 0 ? " and " : "").append(c.sequences())
                    .append(c.sequences() == 1 ? " terminal escape sequence" : " terminal escape sequences");
        }
        return w.append(" from ").append(where).append(", the first (").append(c.first()).append(") at char ")
                .append(c.firstAt() + offset).append(": article kept").toString();
    }

    /** Whether cleaning may have to act at {@code i}: the fast scan's test. */
    private static boolean suspect(String s, int i) {
        char c = s.charAt(i);
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f'
                : c >= 0x7F && (c <= 0x9F || isInvisible(c)) || c == '[' && orphanColourEnd(s, i) > i;
    }

    static boolean isStrayControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f' : c >= 0x7F && c <= 0x9F;
    }

    private static boolean isInvisible(char c) {
        return c >= '\u200b' && c <= '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
    }

    /** The end of the escape sequence starting with ESC at {@code i}, or {@code i} when none is complete. */
    private static int escapeEnd(String s, int i) {
        int n = s.length();
        if (i + 1 >= n) {
            return i;
        }
        char k = s.charAt(i + 1);
        if (k == '[') { // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, a final byte 0x40-0x7E
            int j = i + 2;
            while (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x3F) {
                j++;
            }
            while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) {
                j++;
            }
            return j < n && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E ? j + 1 : i;
        }
        if (k == ']' || k == 'P' || k == 'X' || k == '^' || k == '_') { // string commands: to BEL, ESC \ or a line end
            int limit = Math.min(n, i + MAX_STRING_COMMAND);
            for (int j = i + 2; j < limit; j++) {
                char c = s.charAt(j);
                if (c == BEL) {
                    return j + 1;
                }
                if (c == ESC && j + 1 < n && s.charAt(j + 1) == '\\') {
                    return j + 2;
                }
                if (c == '\n' || c == '\r') {
                    return j;
                }
            }
            return limit == n ? n : i;
        }
        // ESC, intermediates 0x21-0x2F, a final 0x30-0x7E ("ESC (B", "ESC #8"); without intermediates only
        // the cursor saves and keypad modes ("ESC 7", "ESC ="): a stray ESC before a word keeps the word.
        int j = i + 1;
        while (j < n && j < i + 4 && s.charAt(j) >= 0x21 && s.charAt(j) <= 0x2F) {
            j++;
        }
        if (j == i + 1) {
            return "78=>".indexOf(k) >= 0 ? i + 2 : i;
        }
        return j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x7E ? j + 1 : i;
    }

    /** The end of an ESC-less colour code "[31m", "[1;31m" at {@code i} ('['), or {@code i} when none. */
    private static int orphanColourEnd(String s, int i) {
        int n = s.length();
        int j = i + 1;
        while (true) {
            int d = j;
            while (d < n && d - j < 3 && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
                d++;
            }
            if (d == j || d >= n) {
                return i;
            }
            char c = s.charAt(d);
            if (c == 'm') {
                return d + 1 < n && s.charAt(d + 1) == ']' ? i : d + 1;
            }
            if (c != ';') {
                return i;
            }
            j = d + 1;
        }
    }

    /** A removed control character or sequence as it prints: "\x1b[31m". */
    private static String printable(String s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < Math.min(to, from + 24); k++) {
            char c = s.charAt(k);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return to - from > 24 ? b.append("...").toString() : b.toString();
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "0x%02X", (int) c);
    }
}
