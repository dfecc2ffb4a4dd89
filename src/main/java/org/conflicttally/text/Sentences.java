package org.conflicttally.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a tokenised document into sentences. A sentence ends at '.', '!' or '?' (with a closing quote
 * kept), or where a line ends: news files put headlines, captions and bylines on lines of their own.
 */
public final class Sentences {
    /** Words whose trailing '.' does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "prof",
            "sen", "rep", "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "brig", "adm", "cmdr", "rev", "jr", "sr", "inc", "co", "corp", "ltd", "approx", "est");

    private Sentences() {
    }

    /** One sentence: tokens [{@code from}, {@code to}); {@code headline} when it has no closing punctuation. */
    public record Span(int from, int to, boolean headline) {
    }

    public static List<Span> split(Tokens t) {
        List<Span> out = new ArrayList<>();
        int n = t.size();
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (i > from && t.newlinesBefore(i) > 0) {
                out.add(new Span(from, i, !endsWithStop(t, i - 1)));
                from = i;
            }
            if (t.isPunct(i) && isStop(t.firstChar(i)) && !abbreviation(t, i)) {
                int end = i + 1;
                while (end < n && t.isPunct(end) && isCloser(t.firstChar(end)) && t.newlinesBefore(end) == 0) {
                    end++;
                }
                out.add(new Span(from, end, false));
                from = end;
                i = end - 1;
            }
        }
        if (from < n) {
            out.add(new Span(from, n, !endsWithStop(t, n - 1)));
        }
        return out;
    }

    private static boolean endsWithStop(Tokens t, int last) {
        int i = last;
        while (i >= 0 && t.isPunct(i) && isCloser(t.firstChar(i))) {
            i--;
        }
        return i >= 0 && t.isPunct(i) && (isStop(t.firstChar(i)) || t.firstChar(i) == ':');
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean abbreviation(Tokens t, int dot) {
        if (t.firstChar(dot) != '.' || dot == 0 || t.end(dot - 1) != t.start(dot)) {
            return false;
        }
        int w = dot - 1;
        if (!t.isWord(w)) {
            return false;
        }
        String lw = t.lower(w);
        // an initial ("Khalifa H. Haftar") or a title ("Gen. Haftar")
        return (lw.length() == 1 && t.capitalized(w)) || ABBREVIATIONS.contains(lw);
    }
}
