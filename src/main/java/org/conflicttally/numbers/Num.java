package org.conflicttally.numbers;

/**
 * A number the grammar read over pieces [{@code from}, {@code to}) of a {@link Pieces}, with its real
 * value. A rejected one ("180ml", "4th": a figure with a unit written against it) is no number, but its
 * pieces are skipped as a whole, so that the "80" of "180ml" is never read either.
 */
record Num(int from, int to, double value, boolean rejected) {
    static Num of(int from, int to, double value) {
        return new Num(from, to, value, false);
    }

    static Num rejected(int from, int to) {
        return new Num(from, to, 0, true);
    }

    Num negated(int newFrom) {
        return new Num(newFrom, to, -value, rejected);
    }
}
