package org.conflicttally.numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflicttally.text.Tokens;

/** Multi-word phrases matched over pieces, longest first; each phrase is cut into pieces as text is. */
final class PiecePhrases<T> {
    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    private record Entry<T>(String[] words, T value) {
    }

    record Match<T>(T value, int to) {
    }

    /** Adds a phrase; false when it is already there. */
    boolean add(String phrase, T value) {
        Tokens t = Tokens.of(phrase.strip());
        Pieces p = Pieces.of(t, 0, t.size());
        int n = 0;
        while (p.has(n)) {
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("empty phrase");
        }
        String[] words = new String[n];
        for (int k = 0; k < n; k++) {
            words[k] = p.lower(k);
        }
        if (p.kind[0] == Tokens.NUMBER) {
            throw new IllegalArgumentException("a phrase starting with a figure: " + phrase);
        }
        List<Entry<T>> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>(2));
        for (Entry<T> e : list) {
            if (Arrays.equals(e.words, words)) {
                return false;
            }
        }
        list.add(new Entry<>(words, value));
        list.sort((x, y) -> y.words.length - x.words.length);
        return true;
    }

    /** The longest phrase at piece {@code i} (which must exist), or null. */
    Match<T> longest(Pieces p, int i) {
        if (p.kind[i] == Tokens.NUMBER) {
            return null; // no phrase starts with a figure (see add)
        }
        List<Entry<T>> list = byFirst.get(p.lower(i));
        if (list == null) {
            return null;
        }
        for (Entry<T> e : list) {
            if (!p.has(i + e.words.length - 1)) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < e.words.length && same; k++) {
                same = p.is(i + k, e.words[k]);
            }
            if (same) {
                return new Match<>(e.value, i + e.words.length);
            }
        }
        return null;
    }
}
