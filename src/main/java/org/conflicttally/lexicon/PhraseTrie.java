package org.conflicttally.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflicttally.text.Tokens;
import org.conflicttally.text.Vocabulary;

/**
 * Multi-word phrases matched over tokens, longest first: a trie keyed by lower-cased tokens, built once
 * from a lexicon and read by many threads (it is never modified after {@link #freeze()}).
 *
 * <p>A phrase written with an upper-case letter in the lexicon ("IS", "SDF") matches only as written, so
 * that an acronym never matches an ordinary word; an all-lower-case phrase matches any case.
 *
 * <p>{@link #index} with a vocabulary that holds every word of the trie lets it follow tokens made against that
 * vocabulary by their word ids (an array read at the root, a short search below) instead of hashing Strings.
 */
public final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();
    private boolean frozen;
    /** Set by {@link #index}: the vocabulary whose ids {@link #rootById} and the nodes' child ids are. */
    private Vocabulary vocabulary;
    private Node<T>[] rootById;

    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<Entry<T>> entries;
        /** The values of the case-insensitive entries, precomputed so that a match allocates nothing. */
        List<T> plain;
        boolean anyExact;
        /** The word ids of {@link #next}'s keys, sorted, and the children in the same order (see {@link #index}). */
        int[] childIds;
        Node<T>[] children;
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

    /**
     * Lets the trie follow tokens made against {@code v} by word id; does nothing when a word of the trie
     * is not in {@code v} (the trie then keeps looking tokens up by their Strings). Freezes the trie.
     */
    @SuppressWarnings("unchecked")
    public PhraseTrie<T> index(Vocabulary v) {
        freeze();
        for (String w : words()) {
            if (v.id(w) == Vocabulary.UNKNOWN) {
                return this;
            }
        }
        Node<T>[] byId = new Node[v.size()];
        if (root.next != null) {
            for (Map.Entry<String, Node<T>> e : root.next.entrySet()) {
                byId[v.id(e.getKey())] = e.getValue();
                indexBelow(e.getValue(), v);
            }
        }
        rootById = byId;
        vocabulary = v;
        return this;
    }

    @SuppressWarnings("unchecked")
    private static <T> void indexBelow(Node<T> node, Vocabulary v) {
        if (node.next == null) {
            return;
        }
        java.util.TreeMap<Integer, Node<T>> sorted = new java.util.TreeMap<>();
        for (Map.Entry<String, Node<T>> e : node.next.entrySet()) {
            sorted.put(v.id(e.getKey()), e.getValue());
            indexBelow(e.getValue(), v);
        }
        node.childIds = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
        node.children = sorted.values().toArray(new Node[0]);
    }

    /** The child of {@code node} for token {@code k}, or null. */
    private Node<T> child(Node<T> node, Tokens t, int k) {
        if (vocabulary != null && t.vocabulary() == vocabulary) {
            int id = t.wordId(k);
            if (id < 0) {
                return null; // not in the vocabulary, so in no phrase
            }
            if (node == root) {
                return rootById[id];
            }
            int at = java.util.Arrays.binarySearch(node.childIds, id);
            return at < 0 ? null : node.children[at];
        }
        return node.next.get(t.lower(k));
    }

    /** The longest phrase starting at token {@code i} and ending at or before {@code end}, or null. */
    public Match<T> longest(Tokens t, int i, int end) {
        Node<T> node = root;
        Match<T> best = null;
        for (int k = i; k < end && node.next != null; k++) {
            node = child(node, t, k);
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

    /** The lower-cased words of all phrases, at any position: for a {@link org.conflicttally.text.Vocabulary}. */
    public java.util.Set<String> words() {
        java.util.Set<String> out = new java.util.HashSet<>();
        collect(root, out);
        return out;
    }

    private static <T> void collect(Node<T> node, java.util.Set<String> out) {
        if (node.next != null) {
            for (Map.Entry<String, Node<T>> e : node.next.entrySet()) {
                out.add(e.getKey());
                collect(e.getValue(), out);
            }
        }
    }

    /** Whether some phrase starts with token {@code i}: a cheap pre-check for hot loops. */
    public boolean mayStartAt(Tokens t, int i) {
        return root.next != null && child(root, t, i) != null;
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
