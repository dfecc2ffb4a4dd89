package org.conflicttally.numbers;

/**
 * A number read from text, as UCDP codes it: low, best and high (each null when unbounded or unknown)
 * and the qualifier that says which of them the text gave.
 *
 * @param from first token (the hedge, when there is one: "at least 16" starts at "at")
 * @param to   one past the last token
 */
public record Quantity(int from, int to, Long low, Long best, Long high, String qualifier, Flag flag) {

    public static final String EXACT = "exact";
    public static final String AT_LEAST = "at_least";
    public static final String AT_MOST = "at_most";
    public static final String ABOUT = "about";
    public static final String RANGE = "range";
    public static final String VAGUE = "vague";

    /** What kind of numeral it was, for the callers that treat some of them with care. */
    public enum Flag {
        /** digits or number words */
        PLAIN,
        /** four digits that could be a year ("2017") */
        YEAR_LIKE,
        /** "a"/"an" standing for one ("a soldier was killed") */
        INDEFINITE
    }

    /** The single figure a reader would quote: best, else low, else high. */
    public long point() {
        return best != null ? best : low != null ? low : high;
    }

    public boolean vague() {
        return VAGUE.equals(qualifier);
    }

    /** Exact beats bounded beats about/range beats vague: used to pick the most specific report. */
    public static int specificity(String qualifier) {
        return switch (qualifier) {
            case EXACT -> 4;
            case AT_LEAST, AT_MOST -> 3;
            case ABOUT, RANGE -> 2;
            default -> 1;
        };
    }

    static Quantity of(int from, int to, long value, String qualifier, Flag flag) {
        return switch (qualifier) {
            case AT_LEAST -> new Quantity(from, to, value, value, null, qualifier, flag);
            case AT_MOST -> new Quantity(from, to, null, null, value, qualifier, flag);
            case ABOUT -> new Quantity(from, to, null, value, null, qualifier, flag);
            default -> new Quantity(from, to, value, value, value, EXACT, flag);
        };
    }
}
