package org.conflicttally.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflicttally.text.Tokens;

/**
 * Multi-word phrases matched over tokens, longest first: a trie keyed by lower-cased tokens, built once
 * from a lexicon and read by many threads (it is never modified after {@link #freeze()}).
 *
 * <p>A phrase written with an upper-case letter in the lexicon ("IS", "SDF") matches only as written, so
 * that an acronym never matches an ordinary word; an all-lower-case phrase matches any case.
 */
public final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();
    private boolean frozen;

    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<Entry<T>> entries;
        /** The values of the case-insensitive entries, precomputed so that a match allocates nothing. */
        List<T> plain;
        boolean anyExact;
    }

    private record Entry<T>(T value, String[] exact) {
    }

    /** A match of tokens [{@code from}, {@code to}) with every value stored for that phrase. */
    public record Match<T>(int from, int to, List<T> values) {
        public T value() {
            return values.get(0);
        }
    }

    /**
     * Adds a phrase. Returns false when this exact phrase (same case rule) already had a value, so that a
     * loader can reject duplicates with the file and line.
     */
    public boolean add(String phrase, T value) {
        if (frozen) {
            throw new IllegalStateException("trie is frozen");
        }
        Tokens t = Tokens.of(phrase.strip());
        if (t.size() == 0) {
            throw new IllegalArgumentException("empty phrase");
        }
        boolean caseSensitive = !phrase.equals(phrase.toLowerCase(java.util.Locale.ROOT));
        String[] exact = caseSensitive ? new String[t.size()] : null;
        Node<T> node = root;
        for (int i = 0; i < t.size(); i++) {
            if (exact != null) {
                exact[i] = t.raw(i);
            }
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(t.lower(i), k -> new Node<>());
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        boolean fresh = true;
        for (Entry<T> e : node.entries) {
            if ((e.exact == null) == (exact == null)) {
                fresh = false;
            }
        }
        node.entries.add(new Entry<>(value, exact));
        return fresh;
    }

    public PhraseTrie<T> freeze() {
        if (!frozen) {
            prepare(root);
        }
        frozen = true;
        return this;
    }

    private static <T> void prepare(Node<T> node) {
        if (node.entries != null) {
            List<T> plain = new ArrayList<>(node.entries.size());
            for (Entry<T> e : node.entries) {
                if (e.exact == null) {
                    plain.add(e.value);
                } else {
                    node.anyExact = true;
                }
            }
            node.plain = plain.isEmpty() ? null : List.copyOf(plain);
        }
        if (node.next != null) {
            for (Node<T> n : node.next.values()) {
                prepare(n);
            }
        }
    }

    /** The longest phrase starting at token {@code i} and ending at or before {@code end}, or null. */
    public Match<T> longest(Tokens t, int i, int end) {
        Node<T> node = root;
        Match<T> best = null;
        for (int k = i; k < end && node.next != null; k++) {
            node = node.next.get(t.lower(k));
            if (node == null) {
                break;
            }
            if (node.entries != null) {
                List<T> values = node.anyExact || !frozen ? matching(node.entries, t, i) : node.plain;
                if (values != null) {
                    best = new Match<>(i, k + 1, values);
                }
            }
        }
        return best;
    }

    /** The lower-cased first words of all phrases. */
    public java.util.Set<String> firstWords() {
        return root.next == null ? java.util.Set.of() : java.util.Set.copyOf(root.next.keySet());
    }

    /** Whether some phrase starts with token {@code i}: a cheap pre-check for hot loops. */
    public boolean mayStartAt(Tokens t, int i) {
        return root.next != null && root.next.containsKey(t.lower(i));
    }

    private static <T> List<T> matching(List<Entry<T>> entries, Tokens t, int from) {
        List<T> out = null;
        for (Entry<T> e : entries) {
            if (e.exact != null) {
                boolean same = true;
                for (int k = 0; k < e.exact.length && same; k++) {
                    same = t.rawEquals(from + k, e.exact[k]);
                }
                if (!same) {
                    continue;
                }
            }
            if (out == null) {
                out = new ArrayList<>(entries.size());
            }
            out.add(e.value);
        }
        return out;
    }
}
