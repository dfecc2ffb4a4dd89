package org.conflicttally.facts;

/**
 * Who a sentence says its figures come from: "according to the Syrian Observatory", "the Turkish Defence
 * Ministry said". A claimant's name never acts: its tokens are kept so that attribution skips them.
 */
final class Claimant {
    private final Sentence s;
    /** By token of the sentence: whether it is part of the claimant's name. */
    private final boolean[] tokens;
    private String name;

    private Claimant(Sentence s) {
        this.s = s;
        this.tokens = new boolean[s.to - s.from];
    }

    /** The sentence's first claimant; a lower-case "the ministry" takes the full name the article gave it. */
    static Claimant find(Sentence s, ArticleContext ctx) {
        Claimant c = new Claimant(s);
        for (int i = s.from; i < s.to; i++) {
            int after = s.cue(Cue.CLAIM_BEFORE, i, s.to);
            if (after > i) {
                int end = c.nameAfter(after);
                if (end > after) {
                    c.set(after, end, ctx);
                    return c;
                }
            }
            int cue = s.cue(Cue.CLAIM_AFTER, i, s.to);
            // "X said", "X accuses the regime of": X is the claimant -- but not in "Assad was accused of"
            if (cue > i && !(cue < s.to && s.is(cue, WordClass.RESPONSIBILITY)) && !(i > s.from && s.is(i - 1, WordClass.BE))) {
                int start = c.nameBefore(i);
                if (start < i) {
                    c.set(start, i, ctx);
                    return c;
                }
            }
        }
        return c;
    }

    /** The claimant's name, or null. */
    String name() {
        return name;
    }

    /** Whether token {@code k} is part of the claimant's name. */
    boolean covers(int k) {
        return tokens[k - s.from];
    }

    private void set(int a, int b, ArticleContext ctx) {
        for (int i = a; i < b; i++) {
            tokens[i - s.from] = true;
        }
        int first = a;
        if (s.is(first, WordClass.ARTICLE)) {
            first++;
        }
        if (first >= b) {
            return;
        }
        String text = s.t.text().substring(s.t.start(first), s.t.end(b - 1));
        String headWord = s.t.lower(b - 1);
        if (!s.t.capitalized(first)) {
            text = ctx.nameByHeadWord.getOrDefault(headWord, text);
        }
        name = text;
    }

    /** A name after "according to": capitalised words, "the", and a few lower-case nouns; never a date. */
    private int nameAfter(int i) {
        int k = i;
        while (k < s.to && k - i < 8 && s.t.isWord(k) && !inTime(k) && (nameLike(k) || s.is(k, WordClass.DEFINITE)
                || s.is(k, WordClass.NAME_LINK) && k > i && s.t.capitalized(k - 1) || s.is(k, WordClass.NAME_NOUN))) {
            k++;
        }
        while (k > i && (s.is(k - 1, WordClass.DEFINITE) || s.is(k - 1, WordClass.NAME_LINK))) {
            k--;
        }
        return k;
    }

    /** A name before "said": walks back over capitalised words, "the" and a few lower-case nouns. */
    private int nameBefore(int i) {
        int k = i;
        while (k - 1 >= s.from && i - k < 8 && s.t.isWord(k - 1) && (nameLike(k - 1) || s.is(k - 1, WordClass.NAME_NOUN)
                || s.is(k - 1, WordClass.NAME_LINK) || s.is(k - 1, WordClass.GENITIVE))) {
            k--;
        }
        if (k - 1 >= s.from && s.is(k - 1, WordClass.DEFINITE)) {
            k--;
        }
        while (k < i && (s.is(k, WordClass.NAME_LINK) || s.is(k, WordClass.GENITIVE))) {
            k++;
        }
        return k;
    }

    /** Whether token {@code k} is part of a time expression: "said Wednesday that" names no one. */
    private boolean inTime(int k) {
        for (org.conflicttally.dates.TimeExpression e : s.times) {
            if (e.from() <= k && k < e.to()) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised, or a name part such as "al-Mahjoub". */
    private boolean nameLike(int k) {
        if (s.t.capitalized(k)) {
            return true;
        }
        String raw = s.t.raw(k);
        int dash = raw.indexOf('-');
        return dash > 0 && dash + 1 < raw.length() && Character.isUpperCase(raw.charAt(dash + 1));
    }
}
