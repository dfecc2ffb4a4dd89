package org.conflicttally.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflicttally.lexicon.TsvFile;

/**
 * The largest figures the job believes, per fact type ({@code bounds.tsv}): one for a fact that counts one
 * event, one for any fact, running totals included. A fact above its bound is not a fact but a warning,
 * so it never reaches the events or the monthly tables. Immutable once compiled; shared by threads.
 */
final class Bounds {
    /** The bounds of one type. */
    private record Bound(long oneEvent, long anyReport) {
    }

    private final Map<String, Bound> byType;

    private Bounds(Map<String, Bound> byType) {
        this.byType = Map.copyOf(byType);
    }

    /**
     * Compiles {@code bounds.tsv}; fails with file and line on a bad row, an unknown or repeated type, one
     * event above any report, or a fact type without a row.
     *
     * @param types the fact types (of triggers.tsv), each of which needs a row
     */
    static Bounds compile(TsvFile file, Set<String> types) {
        Map<String, Bound> byType = new HashMap<>();
        for (TsvFile.Row row : file.rows()) {
            row.expectColumns(3, 3);
            String type = row.oneOf(0, "type", types);
            long oneEvent = row.wholeNumber(1, "one event");
            long anyReport = row.wholeNumber(2, "any report");
            if (oneEvent < 1 || anyReport < 1) {
                throw row.error("bounds must be positive: " + oneEvent + ", " + anyReport);
            }
            if (oneEvent > anyReport) {
                throw row.error("one event (" + oneEvent + ") above any report (" + anyReport + ")");
            }
            if (byType.put(type, new Bound(oneEvent, anyReport)) != null) {
                throw row.error("type '" + type + "' has a row already");
            }
        }
        Set<String> missing = new TreeSet<>(types);
        missing.removeAll(byType.keySet());
        if (!missing.isEmpty()) {
            throw new org.conflicttally.lexicon.ConfigException(file.name(), 0, "no bounds for " + missing);
        }
        return new Bounds(byType);
    }

    /**
     * Why a fact of {@code type} giving {@code figure} is not believed, for the warnings table, or null
     * when it is. A type without a row (none: compile checks) is believed.
     */
    String disbelief(String type, long figure, boolean cumulative) {
        Bound b = byType.get(type);
        if (b == null) {
            return null;
        }
        if (figure > b.anyReport()) {
            return "above the bound of " + b.anyReport() + " for any report";
        }
        if (!cumulative && figure > b.oneEvent()) {
            return "above the bound of " + b.oneEvent() + " for one event";
        }
        return null;
    }
}
