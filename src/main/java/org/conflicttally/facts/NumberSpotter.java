package org.conflicttally.facts;

import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.numbers.Quantity;
import org.conflicttally.text.Tokens;

/**
 * Finds the numbers of a sentence that may be counts: digits and number words, "a soldier" as one, and
 * not the numbers that are dates, times, money, ages or too large to believe (those become warnings).
 * Stateless: everything it finds goes into the {@link Sentence}.
 */
final class NumberSpotter {
    private NumberSpotter() {
    }

    /** Fills {@code s.quantities} and {@code s.absurd}; the sentence's times must be known. */
    static void spot(Sentence s) {
        Tokens t = s.t;
        int to = s.to;
        int timeIdx = 0;
        for (int i = s.from; i < to; i++) {
            while (timeIdx < s.times.size() && s.times.get(timeIdx).to() <= i) {
                timeIdx++;
            }
            if (timeIdx < s.times.size() && s.times.get(timeIdx).from() <= i) {
                i = s.times.get(timeIdx).to() - 1; // numbers inside dates are not counts
                continue;
            }
            Quantity q = mayStartNumber(s, i) ? s.lex.numbers.read(t, i, to) : null;
            if (q != null && exponent(s, q.to() - 1) || q == null && t.isNumber(i) && implausible(s, i)) {
                s.absurd.add(i);
                int last = q == null ? i : q.to() - 1;
                // skip the exponent too: "10^400" is no "400"
                i = exponent(s, last) && last + 2 < to && t.isNumber(last + 2) ? last + 2 : last;
                continue;
            }
            if (q == null && s.may(i, Lexicons.INDEFINITE)) { // "a", "another"
                q = indefinite(s, i);
            }
            if (q != null) {
                if (countable(s, q)) {
                    s.quantities.add(q);
                }
                i = q.to() - 1;
            }
        }
    }

    private static boolean mayStartNumber(Sentence s, int i) {
        return s.t.isNumber(i) || s.may(i, Lexicons.NUMBER)
                || s.t.hyphenated(i) && s.lex.numbers.mayStart(s.t, i); // "twenty-five"
    }

    /** "10^400": an exponent makes any count absurd. */
    private static boolean exponent(Sentence s, int last) {
        return last + 1 < s.to && s.t.rawEquals(last + 1, "^") && s.t.end(last) == s.t.start(last + 1);
    }

    /** Digits too many for any count of people or incidents ("99999999999999999999 killed", "5 billion"). */
    private static boolean implausible(Sentence s, int i) {
        if (exponent(s, i)) {
            return true;
        }
        int digits = 0;
        String raw = s.t.raw(i);
        for (int k = 0; k < raw.length(); k++) {
            if (Character.isDigit(raw.charAt(k))) {
                digits++;
            }
        }
        if (raw.indexOf('.') < 0 && digits >= 10) {
            return true;
        }
        return i + 1 < s.to && s.is(i + 1, WordClass.ABSURD_SCALE);
    }

    /**
     * "a soldier", "another civilian", "the victim": one person, if a singular person noun follows; "another
     * was wounded": one person, if a verb follows right away.
     */
    private static Quantity indefinite(Sentence s, int i) {
        Quantity one = new Quantity(i, i + 1, 1L, 1L, 1L, Quantity.EXACT, Quantity.Flag.INDEFINITE);
        if (s.is(i, WordClass.ONE_ALONE) && (i + 1 < s.to
                && (s.cue(Cue.AUX, i + 1, s.to) > i + 1 || s.triggerAt(i + 1) != null) || objectAlone(s, i))) {
            return one;
        }
        boolean indefinite = s.is(i, WordClass.INDEFINITE) || s.is(i, WordClass.ONE_ALONE);
        if (!indefinite && !s.is(i, WordClass.SINGULAR_DEFINITE)) {
            return null;
        }
        for (int k = i + 1; k < Math.min(s.to, i + 4); k++) {
            if (s.t.isNumber(k) || s.t.isPunct(k)) {
                return null;
            }
            PhraseTrie.Match<String> n = s.noun(k, s.to);
            if (n != null) {
                return n.values().contains("person_one") && (indefinite || singularHead(s, n.to())) ? one : null;
            }
            if (s.is(k, WordClass.NP_END)) {
                return null;
            }
        }
        return null;
    }

    /** "killing one policeman and injuring another": a verb right before it, and the phrase ends with it. */
    private static boolean objectAlone(Sentence s, int i) {
        boolean verbBefore = false;
        for (int k = Math.max(s.from, i - 3); k < i; k++) {
            PhraseTrie.Match<Trigger> tr = s.triggerAt(k);
            verbBefore |= tr != null && tr.to() == i;
        }
        return verbBefore && (i + 1 >= s.to || s.t.isPunct(i + 1) || s.is(i + 1, WordClass.NP_END));
    }

    /**
     * "the driver was killed", "the father and a son": a singular person noun after "the" heads its phrase,
     * not "the leader's car" nor "the father of".
     */
    private static boolean singularHead(Sentence s, int after) {
        return after >= s.to || !s.is(after, WordClass.GENITIVE) && !s.is(after, WordClass.PARTITIVE)
                && s.noun(after, s.to) == null;
    }

    /** Numbers that are never counts: money, times, ages. */
    private static boolean countable(Sentence s, Quantity q) {
        Tokens t = s.t;
        int before = q.from() - 1;
        if (before >= s.from) {
            if (s.is(before, WordClass.NO_COUNT_AFTER)) {
                return false; // money, ages, numbered things, page furniture ("Get short URL 6319")
            }
            if (t.isNumber(q.from()) && t.raw(q.from()).length() >= 5 && s.lex.times.isMonthName(t.lower(before))) {
                return false; // "Apr 232017": a day and a year run together
            }
            if (clockTime(s, q, before)) {
                return false; // "Wed 01 Oct 2014 at 1459": the time of day a page was posted
            }
        }
        int after = q.to();
        if (after + 1 < s.to && t.isPunct(after) && isJoiner(t.firstChar(after)) && t.isNumber(after + 1)
                && t.end(q.to() - 1) == t.start(after)) {
            return false; // "16:45", "25-01-2016", "3/10/2016"
        }
        if (before - 1 >= s.from && t.isPunct(before) && isJoiner(t.firstChar(before)) && t.isNumber(before - 1)
                && t.end(before) == t.start(q.from())) {
            return false;
        }
        return true;
    }

    /** "at 1459" right after a date: four digits that read as hours and minutes, a clock time. */
    private static boolean clockTime(Sentence s, Quantity q, int before) {
        int clock = s.fourDigits(q.from());
        if (q.to() != q.from() + 1 || clock < 0 || !s.is(before, WordClass.CLOCK_BEFORE) || before - 1 < s.from) {
            return false;
        }
        if (clock / 100 > 23 || clock % 100 > 59) {
            return false;
        }
        for (org.conflicttally.dates.TimeExpression e : s.times) {
            if (e.to() == before) {
                return true;
            }
        }
        return false;
    }

    /** Characters that join the parts of a time or a date written in digits. */
    private static boolean isJoiner(char c) {
        return c == ':' || c == '-' || c == '/' || c == '.';
    }
}
