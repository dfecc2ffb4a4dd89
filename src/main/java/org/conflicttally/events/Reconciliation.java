package org.conflicttally.events;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The figures of one event from those of its reports, as UCDP reconciles sources:
 * <ol>
 *   <li>low: the highest low of the reports;</li>
 *   <li>a report whose high is below that low is an outdated toll ("5 killed", then "at least 12 killed"): it
 *       still counts as a report, but gives neither best nor high;</li>
 *   <li>best: the best of the most specific remaining report (exact beats at_least, at_most, about and
 *       range, which beat vague; among equally specific reports, the highest best), raised to the low if
 *       below it;</li>
 *   <li>high: the highest high of the remaining reports (open-ended ones have none), raised to the best if
 *       below it; null when every remaining report is open-ended.</li>
 * </ol>
 * The result keeps UCDP's order low &lt;= best &lt;= high wherever the values are present.
 */
public record Reconciliation(Long low, Long best, Long high, String qualifier) {
    /** Higher is more specific. Qualifiers not listed rank below vague. */
    public static final Map<String, Integer> SPECIFICITY = Map.of(
            "exact", 3, "at_least", 2, "at_most", 2, "about", 2, "range", 2, "vague", 1);

    /**
     * Which report gives the best estimate: one that has a best, the most specific, the highest best; the
     * rest only makes the choice total (and so deterministic).
     */
    private static final Comparator<Report> PREFERENCE = Comparator
            .comparing((Report r) -> r.best() != null)
            .thenComparingInt(r -> SPECIFICITY.getOrDefault(r.qualifier(), 0))
            .thenComparing(Report::best, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Report::qualifier, Comparator.nullsFirst(Comparator.<String>reverseOrder()))
            .thenComparing(Report::articleId, Comparator.reverseOrder())
            .thenComparing(Report::factIndex, Comparator.reverseOrder());

    public static Reconciliation of(List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("an event has at least one report");
        }
        Long low = max(reports.stream().map(Report::low).toList());
        List<Report> current = reports.stream().filter(r -> low == null || r.high() == null || r.high() >= low).toList();
        if (current.isEmpty()) {   // cannot happen: the report giving the low has high >= low; kept for safety
            current = reports;
        }
        Report preferred = current.stream().max(PREFERENCE).orElseThrow();
        Long best = max(Arrays.asList(preferred.best(), preferred.best() == null ? null : low));
        Long high = max(current.stream().map(Report::high).toList());
        if (high != null) {
            high = max(Arrays.asList(high, best, low));
        }
        return new Reconciliation(low, best, high, preferred.qualifier());
    }

    private static Long max(List<Long> values) {
        Long m = null;
        for (Long v : values) {
            if (v != null && (m == null || v > m)) {
                m = v;
            }
        }
        return m;
    }
}
