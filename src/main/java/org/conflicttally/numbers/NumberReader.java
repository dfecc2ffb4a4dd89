package org.conflicttally.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;
import org.conflicttally.text.Vocabulary;

/**
 * Reads numbers in English news with one grammar ({@link NumberGrammar}): digits ("3,600", "3.6 million",
 * "10k", "3/4"), words ("twenty-five", "a dozen", "half a million", "two thirds"), and the ranges and
 * hedges around them. The words come from {@code quantities.tsv} ({@link NumberLexicon}); the classes of
 * this package hold only the mechanism. Immutable and thread-safe once built.
 *
 * <p>{@link #read} gives counts as UCDP codes them, which is what the job extracts ({@link CountReader}).
 * {@link #readAll} and {@link #readRanges} read every number as written, with real values ("3.5", "two
 * thirds", "-4/5", "1.3e6") and ranges as intervals, the way Recognizers-Text's English number specs
 * expect them (see RecognizersSpecTest).
 */
public final class NumberReader {
    /** The count kinds of quantities.tsv, which the job reads counts with. */
    private final NumberLexicon countLexicon;
    private final NumberGrammar grammar;
    private final CountReader counts;
    private final RangeReader ranges;
    /** The first words of quantities.tsv's phrases but the joiners': see {@link #startWords}. */
    private final Set<String> startWords;

    private NumberReader(NumberLexicon all, NumberLexicon countLexicon, Set<String> startWords) {
        this.countLexicon = countLexicon;
        this.startWords = startWords;
        this.grammar = new NumberGrammar(all, Dialect.NUMBERS);
        this.counts = new CountReader(new NumberGrammar(countLexicon, Dialect.COUNTS));
        this.ranges = new RangeReader(grammar);
    }

    /** Compiles {@code quantities.tsv}; a bad row fails with file and line. */
    public static NumberReader compile(TsvFile file) {
        return new NumberReader(NumberLexicon.compile(file), NumberLexicon.compile(file, NumberLexicon.COUNT_KINDS),
                startWords(file));
    }

    /**
     * The lower-cased words a number may start with: the first word of every phrase of quantities.tsv ("at
     * least", "half", "a few", "dozens"), but not the words that only join a number's parts ("and", "of",
     * "to", "the"). The extractor's token mask tries {@link #read} only at these.
     */
    public Set<String> startWords() {
        return startWords;
    }

    private static Set<String> startWords(TsvFile file) {
        Set<String> out = new java.util.HashSet<>();
        for (TsvFile.Row row : file.rows()) {
            if (NumberLexicon.JOINER_KINDS.contains(row.optional(0))) {
                continue;
            }
            for (String p : row.optional(1).split("\\|")) {
                Tokens pt = Tokens.of(p.strip());
                if (pt.size() > 0) {
                    out.add(pt.lower(0));
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The lower-cased words that {@link #read} looks up: for the documents' {@link Vocabulary}. */
    public Set<String> words() {
        return countLexicon.countWords();
    }

    /** Matches tokens made against {@code v} by word id. */
    public void index(Vocabulary v) {
        countLexicon.index(v);
        counts.index(v);
    }

    /** Whether a count may start at token {@code i}: false for most words, without reading further. */
    public boolean mayStart(Tokens t, int i) {
        return counts.mayStart(t, i);
    }

    /** The count starting at token {@code i} (hedge included), or null when none starts there. */
    public Quantity read(Tokens t, int i, int end) {
        return counts.read(t, i, end);
    }

    /**
     * Every number in tokens [{@code from}, {@code to}), with its real value: digits ("3,600", "1 234 567",
     * ".08", "-9.5"), scales and abbreviations ("3.6 million", "10k", "1.2b", "13 lakh"), powers ("1e10",
     * "1.1^23"), fractions ("3/4", "2 1/4", "two thirds", "one and a half", "one over three"), number words
     * ("one hundred and twenty-three", "a dozen", "half a dozen", "two point five", "minus one"). A figure
     * with a unit written against it ("180ml", "4th") is none. Unlike {@link #read} there is no hedge, no
     * range and no plausibility limit: "26.11.2014" is three numbers and "1 trillion" one.
     */
    public List<NumberMention> readAll(Tokens t, int from, int to) {
        Pieces p = Pieces.of(t, from, to);
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (p.has(i)) {
            Num m = grammar.number(p, i);
            if (m == null) {
                i++;
                continue;
            }
            if (!m.rejected()) {
                out.add(p.mention(m.from(), m.to(), m.value()));
            }
            i = m.to();
        }
        return out;
    }

    /**
     * Every range and bound in tokens [{@code from}, {@code to}) as an interval: "more than 30" (30,), "no
     * less than thirty" [30,), "up to 700" (,700], "between 20 and 30" [20,30), "1000-5000" [1000,5000),
     * "above 1000 and below 1500" (1000,1500), "five hundred or more" [500,), "equal to 20" [20,20].
     */
    public List<NumberRange> readRanges(Tokens t, int from, int to) {
        return ranges.readAll(t, from, to);
    }
}
