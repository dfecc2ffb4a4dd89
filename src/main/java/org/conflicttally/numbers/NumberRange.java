package org.conflicttally.numbers;

import java.math.BigDecimal;

/**
 * A range or bound written around numbers, as an interval: "more than 30" is (30,), "at least 30" [30,),
 * "up to 700" (,700], "between 20 and 30" [20,30), "more than 10 and less than 20" (10,20), "equal to 5"
 * [5,5]. Found by {@link NumberReader#readRanges}.
 *
 * <p>A span ("between 20 and 30", "10 to 15", "1000-5000", "from A to B") is read with the upper end
 * open, as Recognizers-Text writes it ([20,30)); the figures themselves are what a count takes as its low
 * and high. {@link #qualifier()} maps the shape back to {@link Quantity}'s qualifiers.
 *
 * @param from          first token
 * @param to            one past the last token
 * @param start         first character
 * @param end           one past the last character
 * @param low           the lower bound, or null when there is none
 * @param lowIncluded   whether the lower bound belongs to the interval
 * @param high          the upper bound, or null when there is none
 * @param highIncluded  whether the upper bound belongs to the interval
 */
public record NumberRange(int from, int to, int start, int end, Double low, boolean lowIncluded, Double high,
        boolean highIncluded) {

    /**
     * The interval's shape as a {@link Quantity} qualifier: a lower bound only is {@link Quantity#AT_LEAST},
     * an upper bound only {@link Quantity#AT_MOST}, both {@link Quantity#RANGE}, and [x,x]
     * {@link Quantity#EXACT}.
     */
    public String qualifier() {
        if (low != null && high != null) {
            return low.equals(high) ? Quantity.EXACT : Quantity.RANGE;
        }
        return low != null ? Quantity.AT_LEAST : Quantity.AT_MOST;
    }

    /** The interval as Recognizers-Text writes it: "[20,30)", "(30,)", "(,100]", "[5,5]". */
    public String interval() {
        return (low != null && lowIncluded ? "[" : "(") + format(low) + "," + format(high)
                + (high != null && highIncluded ? "]" : ")");
    }

    private static String format(Double d) {
        if (d == null) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
