package org.conflicttally.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflicttally.actors.ActorMention;
import org.conflicttally.dates.TimeExpression;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.numbers.Quantity;
import org.conflicttally.places.PlaceLexicon;
import org.conflicttally.text.Tokens;

/**
 * One sentence and what the lexicons find in it: the numbers that may be counts, trigger words, actors,
 * places and time expressions, with the per-token look-ups the reader's rules ask. The look-ups run behind
 * the article's token mask ({@link Lexicons#mask}): a trie is walked only where a phrase of it may start.
 * Annotated once, then read-only but for answers computed on first use. One instance per sentence.
 */
final class Sentence {
    final Lexicons lex;
    final Tokens t;
    final int from;
    final int to;
    /** Index of the sentence in the article. */
    final int index;
    final boolean headline;
    final LocalDate reference;
    /** Per token of the document: which lexicons may start a match there (see {@link Lexicons#mask}). */
    private final int[] mask;

    final List<Quantity> quantities = new ArrayList<>();
    /** Tokens of numbers too large to believe: reported as warnings when the sentence is read. */
    final List<Integer> absurd = new ArrayList<>(0);
    final List<PhraseTrie.Match<Trigger>> triggers = new ArrayList<>();
    final List<ActorMention> actors = new ArrayList<>();
    /** Countries named as places by an actor name ("in northern Syria"): for the article's country only. */
    private final List<String> placeCountries = new ArrayList<>(0);
    final List<PhraseTrie.Match<PlaceLexicon.Place>> places = new ArrayList<>();
    /** The gazetteer's places the sentence names, once the article has settled them ({@link GeoMentions}). */
    final List<GeoMentions.Located> located = new ArrayList<>(0);
    List<TimeExpression> times;
    // The same triggers and actors by the token they start at (at most one each: annotate matches the
    // longest), so that reading looks them up instead of scanning the lists for every number.
    private PhraseTrie.Match<?>[] triggerAtToken;
    private ActorMention[] actorAtToken;
    /** Tokens of the longest trigger: a trigger ending at k starts at k - this or later. */
    int longestTrigger;
    // Facts about the whole sentence that reading asks once per number: computed on first use.
    private Boolean refersBack;
    /** By {@link Cue#ordinal()}: where the first cue of that kind starts, {@code to} for none, -1 not yet known. */
    private int[] firstCueAt;

    Sentence(Lexicons lex, Tokens t, int[] mask, int from, int to, int index, boolean headline, LocalDate reference) {
        this.lex = lex;
        this.t = t;
        this.mask = mask;
        this.from = from;
        this.to = to;
        this.index = index;
        this.headline = headline;
        this.reference = reference;
    }

    /** Finds triggers, names, places, times and numbers: the per-token pass, before any reading. */
    void annotate() {
        times = hasBit(Lexicons.TIME)
                ? lex.times.find(t, from, to, reference, i -> (mask[i] & Lexicons.TIME) != 0) : List.of();
        for (int i = from; i < to; i++) {
            int m = mask[i];
            if (m == 0) {
                continue;
            }
            PhraseTrie.Match<Trigger> tr = (m & Lexicons.TRIGGER) != 0 ? lex.trigger(t, i, to) : null;
            if (tr != null) {
                triggers.add(tr);
                if (triggerAtToken == null) {
                    triggerAtToken = new PhraseTrie.Match<?>[to - from];
                }
                triggerAtToken[i - from] = tr;
                longestTrigger = Math.max(longestTrigger, tr.to() - tr.from());
            }
            ActorMention am = (m & Lexicons.ACTOR) != 0 ? lex.actors.match(t, i, to) : null;
            if (am != null && am.place()) {
                placeCountries.add(am.country()); // "the Iraqi city of Ramadi": no actor, but about Iraq
                am = null;
            }
            if (am != null) {
                actors.add(am);
                if (actorAtToken == null) {
                    actorAtToken = new ActorMention[to - from];
                }
                actorAtToken[i - from] = am;
            }
            PhraseTrie.Match<PlaceLexicon.Place> pl = (m & Lexicons.PLACE) != 0 ? lex.places.match(t, i, to) : null;
            if (pl != null) {
                places.add(pl);
            }
        }
        NumberSpotter.spot(this);
    }

    /** Adds the armed groups this sentence names to {@code counts}: an article's home group is the most named. */
    void countGroups(Map<String, Integer> counts) {
        for (ActorMention m : actors) {
            if (m.kind() == ActorMention.Kind.GROUP && m.code() != null && !m.code().endsWith("GOV")
                    && !m.code().endsWith("MIL")) {
                counts.merge(m.code(), 1, Integer::sum);
            }
        }
    }

    /** Adds the countries this sentence names (as actor or place) to {@code counts}. */
    void countCountries(Map<String, Integer> counts) {
        for (ActorMention m : actors) {
            if (m.country() != null) {
                counts.merge(m.country(), 1, Integer::sum);
            }
        }
        for (PhraseTrie.Match<PlaceLexicon.Place> p : places) {
            counts.merge(p.value().country(), 1, Integer::sum);
        }
        for (String c : placeCountries) {
            counts.merge(c, 1, Integer::sum);
        }
    }

    // ---- per-token look-ups

    /** Whether token {@code i} may start a phrase of the lexicon with this mask bit. */
    boolean may(int i, int bit) {
        return (mask[i] & bit) != 0;
    }

    /** Whether any token of the sentence may start a phrase of the lexicon with this mask bit. */
    boolean hasBit(int bit) {
        for (int i = from; i < to; i++) {
            if ((mask[i] & bit) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a word of class {@code c} (words.tsv). */
    boolean is(int i, WordClass c) {
        return lex.words.is(t, i, c);
    }

    /** End of the longest cue of {@code kind} starting at {@code i}, or -1. */
    int cue(Cue kind, int i, int end) {
        return i < end && (mask[i] & Lexicons.cueBit(kind)) != 0 ? lex.cue(kind, t, i, end) : -1;
    }

    /** Start of a cue of {@code kind} ending exactly at {@code end} (looking back at most 4 tokens), or -1. */
    int cueEndingAt(Cue kind, int end) {
        for (int i = Math.max(from, end - 4); i < end; i++) {
            if (cue(kind, i, end) == end) {
                return i;
            }
        }
        return -1;
    }

    /** Where the first cue of {@code kind} starts in the sentence, or {@code to} when there is none. */
    int firstCue(Cue kind) {
        if (firstCueAt == null) {
            firstCueAt = new int[Cue.values().length];
            java.util.Arrays.fill(firstCueAt, -1);
        }
        if (firstCueAt[kind.ordinal()] < 0) {
            int first = to;
            for (int i = from; i < to; i++) {
                if (cue(kind, i, to) > i) {
                    first = i;
                    break;
                }
            }
            firstCueAt[kind.ordinal()] = first;
        }
        return firstCueAt[kind.ordinal()];
    }

    /** Where the cue of {@code kind} nearest to token {@code p} starts (ties: the earlier), or -1. */
    int nearestCue(Cue kind, int p) {
        int best = -1;
        for (int i = firstCue(kind); i < to; i++) {
            if (cue(kind, i, to) > i && (best < 0 || Math.abs(i - p) < Math.abs(best - p))) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether the sentence places something in a year before the reference date's, by the year alone: "in
     * 2013", "during 2014" (a year with a month or a day is a time expression of its own).
     */
    boolean pastYearNamed() {
        for (int k = from + 1; k < to; k++) {
            int year = fourDigits(k);
            if (year >= FIRST_YEAR && year < reference.getYear() && is(k - 1, WordClass.YEAR_BEFORE)) {
                return true;
            }
        }
        return false;
    }

    /** The value of token {@code k} when it is four digits and nothing else ("2013", "1459"; not "2.50"), else -1. */
    int fourDigits(int k) {
        if (!t.isNumber(k) || t.end(k) - t.start(k) != 4) {
            return -1;
        }
        int value = 0;
        for (int i = t.start(k); i < t.end(k); i++) {
            int d = Tokens.digitValue(t.text().charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Years before this are no dates of the events this job counts. */
    private static final int FIRST_YEAR = 1900;

    /** Whether a number that may be a count starts at token {@code k}. */
    boolean countAt(int k) {
        for (Quantity q : quantities) {
            if (q.from() == k) {
                return true;
            }
        }
        return false;
    }

    /** Noun classes of the longest noun at {@code i}, or null. */
    PhraseTrie.Match<String> noun(int i, int end) {
        return i < end && (mask[i] & Lexicons.NOUN) != 0 ? lex.noun(t, i, end) : null;
    }

    @SuppressWarnings("unchecked")
    PhraseTrie.Match<Trigger> triggerAt(int k) {
        return triggerAtToken == null || k < from || k >= to ? null : (PhraseTrie.Match<Trigger>) triggerAtToken[k - from];
    }

    ActorMention actorAt(int k) {
        return actorAtToken == null || k < from || k >= to ? null : actorAtToken[k - from];
    }

    /** Whether a time expression gives a day: a day-dated figure reports an event, not a running total. */
    boolean dayTime() {
        for (TimeExpression e : times) {
            if (e.granularity() == TimeExpression.Granularity.DAY) {
                return true;
            }
        }
        return false;
    }

    /** "in the aerial attack", "that attack": the sentence continues an event told before. */
    boolean refersBack() {
        if (refersBack == null) {
            refersBack = theBeforeEvent();
        }
        return refersBack;
    }

    private boolean theBeforeEvent() {
        for (int i = from; i < to; i++) {
            if (is(i, WordClass.ANAPHORIC)) {
                for (int k = i + 1; k < Math.min(to, i + 4); k++) {
                    if (cue(Cue.EVENT, k, to) > k) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
