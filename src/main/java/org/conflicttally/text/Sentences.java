package org.conflicttally.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a tokenised document into sentences. A sentence ends at '.', '!' or '?' (with a closing quote
 * kept), or where a line ends: news files put headlines, captions and bylines on lines of their own.
 * A run of more than {@link #MAX_TOKENS} tokens without either (a table dump, a list, text whose stops were
 * lost) is cut into pieces of at most that many tokens: reading a sentence costs more than linear time in
 * its length, and no sentence of a news report is that long.
 */
public final class Sentences {
    /**
     * The most tokens one sentence may have. The longest real sentence of the seeds and the dev set has
     * 107 tokens, of the generated benchmark corpus 145: the cap leaves them whole with room to spare.
     */
    public static final int MAX_TOKENS = 250;

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
        for (Span s : splitAtStops(t)) {
            capped(t, s, out);
        }
        return out;
    }

    private static List<Span> splitAtStops(Tokens t) {
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

    /**
     * Adds {@code s}, cut into pieces of at most {@link #MAX_TOKENS} tokens when it is longer: each piece
     * ends after the last ',' or ';' of its second half when there is one (so that a clause stays whole),
     * else at the cap. The pieces keep the sentence's headline flag.
     */
    private static void capped(Tokens t, Span s, List<Span> out) {
        int from = s.from();
        while (s.to() - from > MAX_TOKENS) {
            int cut = from + MAX_TOKENS;
            for (int i = cut - 1; i >= from + MAX_TOKENS / 2; i--) {
                if (t.isPunct(i) && (t.firstChar(i) == ',' || t.firstChar(i) == ';')) {
                    cut = i + 1;
                    break;
                }
            }
            out.add(new Span(from, cut, s.headline()));
            from = cut;
        }
        out.add(new Span(from, s.to(), s.headline()));
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
