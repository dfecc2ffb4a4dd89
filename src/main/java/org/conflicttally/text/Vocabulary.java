package org.conflicttally.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The words the lexicons and the reader know, each with an id, looked up straight from a document's
 * characters while it is tokenised: one probe a token, no String made or hashed for it. A known token's
 * {@link Tokens#lower} is then the vocabulary's own String (its hash computed once per JVM), and the
 * extractor's per-token tables are arrays indexed by id. Immutable; shared by the threads of an executor.
 *
 * <p>Words are stored as {@link Tokens#lower} gives them (lower case, "'s" with an ASCII apostrophe). The
 * fast path reads ASCII only; a token with any other character is looked up by its lower-cased String, so
 * that case folding stays exactly {@code String.toLowerCase(Locale.ROOT)}'s.
 */
public final class Vocabulary {
    /** Not a known word. */
    public static final int UNKNOWN = -1;
    /** Returned by {@link #find} for a token it cannot fold (not ASCII): look its lower-cased String up. */
    static final int NOT_ASCII = -2;

    public static final Vocabulary EMPTY = of(java.util.List.of());

    private final String[] words;
    /** Open addressing, linear probing: id + 1 of the word in each slot, 0 for an empty slot. */
    private final int[] slots;
    /** The hash of the word in each slot: most probes that miss end here, without reading the word. */
    private final int[] slotHashes;
    private final Map<String, Integer> ids;

    private Vocabulary(String[] words) {
        this.words = words;
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 3)) << 1; // at most a third full
        slots = new int[capacity];
        slotHashes = new int[capacity];
        ids = new HashMap<>(words.length * 2);
        for (int id = 0; id < words.length; id++) {
            String w = words[id];
            ids.put(w, id);
            int s = w.hashCode() & (capacity - 1);
            while (slots[s] != 0) {
                s = (s + 1) & (capacity - 1);
            }
            slots[s] = id + 1;
            slotHashes[s] = w.hashCode();
        }
    }

    /** A vocabulary of these words (lower case); ids follow their sorted order, so they never depend on input order. */
    public static Vocabulary of(Collection<String> words) {
        return new Vocabulary(new TreeSet<>(words).toArray(new String[0]));
    }

    public int size() {
        return words.length;
    }

    /** The word with this id. */
    public String word(int id) {
        return words[id];
    }

    /** The id of a lower-case word, or {@link #UNKNOWN}. */
    public int id(String lower) {
        Integer id = ids.get(lower);
        return id == null ? UNKNOWN : id;
    }

    /**
     * The id of characters [{@code from}, {@code to}) of {@code text}, lower-cased first when {@code fold};
     * {@link #UNKNOWN}, or {@link #NOT_ASCII} when a character is not ASCII. Computes the same hash as
     * {@link String#hashCode} of the (lower-cased) token, without making the String.
     */
    int find(String text, int from, int to, boolean fold) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return NOT_ASCII;
            }
            if (fold && c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            h = 31 * h + c;
        }
        int mask = slots.length - 1;
        for (int s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
            if (slotHashes[s] != h) {
                continue;
            }
            String w = words[slots[s] - 1];
            // most tokens are written in lower case already: compare as written first
            if (w.length() == to - from && (text.regionMatches(from, w, 0, w.length())
                    || fold && sameLetters(w, text, from))) {
                return slots[s] - 1;
            }
        }
        return UNKNOWN;
    }

    private static boolean sameLetters(String w, String text, int from) {
        for (int k = 0; k < w.length(); k++) {
            char c = text.charAt(from + k);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Vocabulary" + Arrays.asList(words).subList(0, Math.min(10, words.length)) + (words.length > 10 ? "..." : "");
    }
}
