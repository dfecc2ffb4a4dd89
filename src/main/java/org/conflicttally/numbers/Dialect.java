package org.conflicttally.numbers;

/**
 * Which constructs {@link NumberGrammar} reads. Every number as written ({@link #NUMBERS}: what the
 * Recognizers-Text specs expect) takes them all; counts ({@link #COUNTS}) take the ones news writes counts
 * with, and read the count kinds of quantities.tsv only (no ordinals, suffixes or operators: see
 * {@link NumberLexicon#COUNT_KINDS}), so that "1 Out of 15", "2016 over 20" and "three quarters" give the
 * whole numbers the extractor has always linked to a noun.
 *
 * @param spacedDigitGroups  "1 234 567", "40 000", "0 214" are one number after any one separator; counts
 *                           take digit groups by a stricter rule ("0 214" and "2016 200" are two, see
 *                           DigitNumbers#digitGroupsEnd)
 * @param notation           "3/4", "2 1/4", "1.1^23", "1e10": fractions, powers and exponents in digits
 * @param scaleChains        "3 hundred thousand" is 300000; a count takes one scale word ("3 hundred")
 * @param dozensAfterFigures "3 dozens", "3dz", "half a dozen"; counts take dozens after words only ("two dozen")
 * @param spacedHyphens      "fifty - two" is 52; a count's "twenty-five" is written as one word
 * @param unitsMakeNoNumber  "180ml", "4th" are no numbers; a count keeps the figure ("100000people",
 *                           "1970s"), and takes any scale written against it ("3m" is three million)
 * @param bareDecimals       "3.5" is a number; a count in decimals needs a scale ("3.5 million"), "12.00" none
 */
record Dialect(boolean spacedDigitGroups, boolean notation, boolean scaleChains, boolean dozensAfterFigures,
        boolean spacedHyphens, boolean unitsMakeNoNumber, boolean bareDecimals) {

    static final Dialect NUMBERS = new Dialect(true, true, true, true, true, true, true);
    static final Dialect COUNTS = new Dialect(false, false, false, false, false, false, false);
}
