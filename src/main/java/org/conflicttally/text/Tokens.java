package org.conflicttally.text;

import java.util.Arrays;

/**
 * The tokens of one document, as parallel arrays rather than one object a token: the extractor's hot loop
 * walks millions of tokens and should not churn the young generation with wrapper objects.
 *
 * <p>Kinds: a WORD is letters and digits that start with a letter, keeping in-word hyphens and dots of
 * abbreviations ("al-Nusra", "U.S.", "S-400"); "'s" is a WORD of its own. A NUMBER is digits with
 * thousands separators and decimals ("3,600", "3.6"), in ASCII or Arabic-Indic digits; when a hyphen and letters follow ("10-year-old",
 * "500-man") they stay attached and {@link #hyphenSuffix} is set. Everything else is one PUNCT char.
 *
 * <p>Tokenised against a {@link Vocabulary}, each token also gets the id of its lower-cased form
 * ({@link #wordId}), and {@link #lower} gives the vocabulary's String for a known word; the lower-cased
 * String of any other token is made only when asked for. One instance a document, one thread.
 */
public final class Tokens {
    public static final byte WORD = 1;
    public static final byte NUMBER = 2;
    public static final byte PUNCT = 3;

    private final String text;
    private final Vocabulary vocabulary;
    private int size;
    private int[] start;
    private int[] end;
    private byte[] kind;
    private byte[] newlinesBefore;
    private boolean[] hyphenSuffix;
    /** Words with an ASCII hyphen inside ("twenty-five"), noted while scanning: see {@link #hyphenated}. */
    private boolean[] hyphenated;
    private boolean scannedHyphen;
    /** Filled when first asked for (see {@link #lower}), or while scanning a token the vocabulary cannot fold. */
    private String[] lower;
    private int[] wordId;

    private Tokens(String text, Vocabulary vocabulary, int capacity) {
        this.text = text;
        this.vocabulary = vocabulary;
        start = new int[capacity];
        end = new int[capacity];
        kind = new byte[capacity];
        newlinesBefore = new byte[capacity];
        hyphenSuffix = new boolean[capacity];
        hyphenated = new boolean[capacity];
        lower = new String[capacity];
        wordId = new int[capacity];
    }

    /** Splits {@code text} into tokens. */
    public static Tokens of(String text) {
        return of(text, Vocabulary.EMPTY);
    }

    /** Splits {@code text} into tokens, with the id of each in {@code vocabulary}. */
    public static Tokens of(String text, Vocabulary vocabulary) {
        Tokens t = new Tokens(text, vocabulary, Math.max(16, text.length() / 5));
        t.scan();
        return t;
    }

    private void scan() {
        final String s = text;
        final int n = s.length();
        int i = 0;
        int newlines = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (c == '\n') {
                    newlines++;
                }
                i++;
                continue;
            }
            int j;
            byte k;
            boolean suffix = false;
            scannedHyphen = false;
            if (isDigit(c)) {
                j = scanNumber(s, i, n);
                k = NUMBER;
                if (j + 1 < n && s.charAt(j) == '-' && Character.isLetter(s.charAt(j + 1))) {
                    j = scanWord(s, j + 1, n);
                    suffix = true;
                }
            } else if (Character.isLetter(c)) {
                j = scanWord(s, i, n);
                k = WORD;
            } else if (isApostrophe(c) && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                j = i + 2;
                k = WORD;
            } else {
                j = i + 1;
                k = PUNCT;
            }
            add(i, j, k, newlines, suffix);
            newlines = 0;
            i = j;
        }
    }

    private static int scanNumber(String s, int i, int n) {
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < n && isDigit(s.charAt(j + 1)) && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private int scanWord(String s, int i, int n) {
        int j = i;
        int segStart = i;
        boolean sawDot = false;
        while (j < n) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '-' || c == '\u2010' || c == '\u2011') && j + 1 < n
                    && Character.isLetterOrDigit(s.charAt(j + 1))) {
                scannedHyphen |= c == '-';
                j++;
            } else if (c == '.' && j - segStart == 1) {
                // chains of single-letter abbreviations stay one word: "U.S.", "U.N."
                if (j + 2 < n && Character.isLetter(s.charAt(j + 1)) && s.charAt(j + 2) == '.') {
                    segStart = j + 1;
                    j += 2;
                    sawDot = true;
                    continue;
                }
                if (sawDot) {
                    j++;
                }
                break;
            } else {
                break;
            }
        }
        return j;
    }

    private void add(int from, int to, byte k, int newlines, boolean suffix) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            kind = Arrays.copyOf(kind, cap);
            newlinesBefore = Arrays.copyOf(newlinesBefore, cap);
            hyphenSuffix = Arrays.copyOf(hyphenSuffix, cap);
            hyphenated = Arrays.copyOf(hyphenated, cap);
            lower = Arrays.copyOf(lower, cap);
            wordId = Arrays.copyOf(wordId, cap);
        }
        start[size] = from;
        end[size] = to;
        kind[size] = k;
        newlinesBefore[size] = (byte) Math.min(newlines, 100);
        hyphenSuffix[size] = suffix;
        hyphenated[size] = k == WORD && scannedHyphen;
        // only words are lower-cased: a number keeps "10-Year-Old", punctuation is itself
        int id = vocabulary.find(text, from, to, k == WORD);
        if (id == Vocabulary.NOT_ASCII) {
            String low = lowerOf(from, to, k);
            lower[size] = low;
            id = vocabulary.id(low);
        }
        wordId[size] = id;
        size++;
    }

    /** ASCII digits, and the Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) ones: "٣٥ killed". */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06f0' && c <= '\u06f9';
    }

    /** The value of a digit {@link #isDigit} takes (0 to 9), else -1. */
    public static int digitValue(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= '\u0660' && c <= '\u0669' ? c - '\u0660'
                : c >= '\u06f0' && c <= '\u06f9' ? c - '\u06f0' : -1;
    }

    /** {@code s} with every digit {@link #isDigit} takes in ASCII, for Double.parseDouble; {@code s} if all are. */
    public static String asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0660') {
                char[] cs = s.toCharArray();
                for (int k = i; k < cs.length; k++) {
                    int d = digitValue(cs[k]);
                    if (d >= 0) {
                        cs[k] = (char) ('0' + d);
                    }
                }
                return new String(cs);
            }
        }
        return s;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public byte kind(int i) {
        return kind[i];
    }

    public boolean isWord(int i) {
        return kind[i] == WORD;
    }

    public boolean isNumber(int i) {
        return kind[i] == NUMBER;
    }

    public boolean isPunct(int i) {
        return kind[i] == PUNCT;
    }

    private String lowerOf(int from, int to, byte k) {
        return k == WORD ? Lower.of(text, from, to) : text.substring(from, to);
    }

    /** Lower-cased token text; apostrophes in "'s" normalised to ASCII. */
    public String lower(int i) {
        String s = lower[i];
        if (s == null) {
            int id = wordId[i];
            s = id >= 0 ? vocabulary.word(id) : lowerOf(start[i], end[i], kind[i]);
            lower[i] = s;
        }
        return s;
    }

    /** The vocabulary the ids of {@link #wordId} refer to. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The id of {@link #lower}{@code (i)} in {@link #vocabulary()}, or {@link Vocabulary#UNKNOWN}. */
    public int wordId(int i) {
        return wordId[i];
    }

    /**
     * The id of {@link #lower}{@code (i)} in another vocabulary than the tokens were made with (a gazetteer's
     * words), or {@link Vocabulary#UNKNOWN}: read from the characters, no String made for an ASCII token.
     */
    public int wordIdIn(Vocabulary v, int i) {
        if (v == vocabulary) {
            return wordId[i];
        }
        int id = v.find(text, start[i], end[i], kind[i] == WORD);
        return id == Vocabulary.NOT_ASCII ? v.id(lower(i)) : id;
    }

    /** Whether the token is a WORD with an ASCII hyphen inside ("twenty-five", "al-Nusra"). */
    public boolean hyphenated(int i) {
        return hyphenated[i];
    }

    /** The token as written. */
    public String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    public boolean rawEquals(int i, String s) {
        return end[i] - start[i] == s.length() && text.regionMatches(start[i], s, 0, s.length());
    }

    public int newlinesBefore(int i) {
        return newlinesBefore[i];
    }

    public boolean hyphenSuffix(int i) {
        return hyphenSuffix[i];
    }

    public boolean capitalized(int i) {
        return kind[i] == WORD && Character.isUpperCase(text.charAt(start[i]));
    }

    public char firstChar(int i) {
        return text.charAt(start[i]);
    }
}
