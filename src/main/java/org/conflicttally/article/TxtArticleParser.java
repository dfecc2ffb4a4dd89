package org.conflicttally.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One article a {@code .txt} file, as news pages are saved: the title on the first non-blank line, a date line
 * near the top ("27 February, 2020"), then the body. The file name without its extension is the id.
 */
public final class TxtArticleParser {
    /** How many non-blank lines after the title may hold the date line (bylines, "2 min read" come first). */
    public static final int DATE_LINES = 12;

    private TxtArticleParser() {
    }

    /**
     * @param input the file's path or URI; the id is its last segment without the extension
     * @param bytes the whole file
     */
    public static ParseResult parse(String input, byte[] bytes) {
        Utf8.Decoded decoded = Utf8.decode(bytes, bytes.length);
        if (!decoded.ok()) {
            return new Rejection(input, 0, decoded.problem(), Utf8.excerptOf(bytes, bytes.length));
        }
        ScrapedText.Cleaned cleaned = ScrapedText.clean(decoded.text());
        String content = cleaned.text();
        int titleStart = firstNonBlankLine(content);
        if (titleStart < 0) {
            return reject(input, "empty file", "");
        }
        int titleEnd = lineEnd(content, titleStart);
        String title = content.substring(titleStart, titleEnd).strip();
        String text = stripLeadingNewlines(content.substring(titleEnd));
        Optional<LocalDate> published = PublicationDates.find(text, DATE_LINES);
        if (published.isEmpty()) {
            Optional<LocalDate> anyYear = PublicationDates.findAnyYear(text, DATE_LINES);
            return reject(input, anyYear.isPresent() ? PublicationDates.implausible(anyYear.get())
                    : "no publication date: no date line in the first " + DATE_LINES + " lines after the title", content);
        }
        List<String> warnings = new ArrayList<>(2);
        for (String w : new String[] {decoded.warning(), ScrapedText.warning(cleaned, "the file", 0)}) {
            if (w != null) {
                warnings.add(w);
            }
        }
        return new ParseResult.Accepted(input, 0, new Article(idOf(input), null, null, title, published.get(), text),
                warnings);
    }

    /** The last path segment without its extension: {@code seeds/000_c68c.txt -> 000_c68c}. */
    static String idOf(String input) {
        String name = input.substring(input.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Rejection reject(String input, String reason, String content) {
        return new Rejection(input, 0, reason, Rejection.excerptOf(content));
    }

    private static int firstNonBlankLine(String s) {
        for (int start = 0; start < s.length(); start = lineEnd(s, start) + 1) {
            if (!s.substring(start, lineEnd(s, start)).isBlank()) {
                return start;
            }
        }
        return -1;
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    private static String stripLeadingNewlines(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        return s.substring(i);
    }
}
