package org.conflicttally.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflicttally.numbers.Quantity;
import org.conflicttally.text.Tokens;

/**
 * Reads the facts of one sentence: the per-sentence flow. {@link Sentence} holds what the lexicons find,
 * {@link CountLinker} links each number to what it counts, then each fact gets its target and actor
 * ({@link Attribution}), claimant ({@link Claimant}), place, whether it is a running total, and its date;
 * what the sentence establishes is left for the next ({@link ContextNotes}). One instance per sentence;
 * not shared between threads.
 */
final class SentenceReader {
    private final Sentence s;

    SentenceReader(Lexicons lex, Tokens t, int[] mask, int from, int to, int sentenceIndex, boolean headline,
            LocalDate reference) {
        this.s = new Sentence(lex, t, mask, from, to, sentenceIndex, headline, reference);
    }

    /** Finds numbers, triggers, names, places and times: must run before {@link #read}. */
    void annotate() {
        s.annotate();
    }

    /** The sentence and what the lexicons found in it. */
    Sentence sentence() {
        return s;
    }

    /** Adds the armed groups this sentence names to {@code counts}. */
    void countGroups(Map<String, Integer> counts) {
        s.countGroups(counts);
    }

    /** Adds the countries this sentence names (as actor or place) to {@code counts}. */
    void countCountries(Map<String, Integer> counts) {
        s.countCountries(counts);
    }

    /** Whether the sentence has a cue of this kind. */
    boolean names(Cue kind) {
        return s.firstCue(kind) < s.to;
    }

    /**
     * "dropped more than 1000 bombs on the city in at least 150 airstrikes": a count of attacks that a later
     * count of attacks contains (a container word right before it) counts that one's munitions, not attacks.
     */
    private boolean munitionsOfStrikes(Draft d, List<Draft> drafts) {
        if (!d.type.equals(ATTACKS)) {
            return false;
        }
        for (Draft container : drafts) {
            if (container != d && container.type.equals(ATTACKS) && container.quantity.from() > d.npTo
                    && container.quantity.from() - d.npTo <= CONTAINER_GAP
                    && s.is(container.quantity.from() - 1, WordClass.COUNT_CONTAINER)) {
                return true; // (the container's number starts with its hedge: "in | at least 150")
            }
        }
        return false;
    }

    private static final String ATTACKS = "attacks";
    /** At most this many tokens between the munitions and the attacks that contain them ("on the city in"). */
    private static final int CONTAINER_GAP = 6;

    /** Reads the facts. Sentences are read in order, sharing {@code ctx}. */
    List<Draft> read(ArticleContext ctx) {
        for (int i : s.absurd) {
            int end = Math.min(s.to, i + 3);
            ctx.warnings.add("implausible number '" + s.t.text().substring(s.t.start(i), s.t.end(end - 1))
                    + "' at char " + s.t.start(i) + ": not read as a count");
        }
        List<Draft> out = new ArrayList<>();
        Claimant claimant = Claimant.find(s, ctx);
        Attribution who = new Attribution(s, claimant, ctx);
        if (!s.quantities.isEmpty()) {
            CountLinker linker = new CountLinker(s);
            for (Quantity q : s.quantities) {
                Draft d = linker.link(q, out);
                if (d != null && !d.type.equals("none") && !Irrealis.governs(s, d)) {
                    if (ctx.aboutEvacuation && (d.type.equals("displaced") || d.type.equals("refugees"))
                            && s.nearestCue(Cue.DEPARTURE, s.to) >= d.triggerFrom) {
                        // "5000 people left Fuaa", "buses carrying several thousand refugees ... after leaving
                        // Fuaa" in an article about an evacuation deal
                        d.type = "evacuated";
                    }
                    d.headline = s.headline;
                    d.sentence = s.index;
                    out.add(d);
                }
            }
            out.removeIf(d -> munitionsOfStrikes(d, out));
            for (Draft d : out) {
                d.target = who.target(d, out);
                who.actor(d);
                d.claimedBy = claimant.name();
                PlaceResolver.locate(s, d, ctx);
                RunningTotalResolver.decide(s, d, ctx);
                DateResolver.date(s, d, ctx);
            }
        }
        ContextNotes.note(s, out, claimant, who, ctx);
        return out;
    }
}
