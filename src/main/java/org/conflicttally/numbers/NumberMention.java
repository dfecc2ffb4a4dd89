package org.conflicttally.numbers;

/**
 * One number as written, with its value as a real number: "3,600" is 3600, "3.6 million" 3600000, "two
 * thirds" 0.666..., "minus five point five" -5.5, "1.1^23" 8.954... Found by
 * {@link NumberReader#readAll}; unlike {@link Quantity} it carries no hedge and no plausibility limit.
 *
 * @param from  first token of the number
 * @param to    one past its last token
 * @param start first character (a number may start inside a token: the "173" of "SCP-173")
 * @param end   one past its last character
 * @param value the value (a double: whole numbers below 2^53 are exact)
 */
public record NumberMention(int from, int to, int start, int end, double value) {

    /** Whether the value is a whole number ("3,600", "a dozen"; not "3.5" or "two thirds"). */
    public boolean whole() {
        return value == Math.rint(value) && !Double.isInfinite(value);
    }

    /** The text of the number in {@code text} (the text its tokens came from). */
    public String text(String text) {
        return text.substring(start, end);
    }
}
