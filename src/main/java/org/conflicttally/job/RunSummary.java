package org.conflicttally.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a run read, made and rejected, and how long each stage took: written as summary.json and printed.
 *
 * @param warnings rows of the warnings table: numbers the extractor did not believe, text read as Windows-1252
 * @param seconds wall-clock seconds per stage, in stage order, and "total"
 * @param topCasualties rows of casualties_by_actor_month to print (not in summary.json: the table has them)
 * @param events events of the months this run wrote (with {@code --mode update}, the months its facts touch)
 * @param monthsWritten the months of this run's facts: the months whose events it (re)computed
 */
record RunSummary(List<String> inputs, String output, String lexicons, String extractorVersion,
                  long inputRecords, long articles, long rejects, SortedMap<String, Long> rejectsByReason,
                  long facts, long cumulativeFacts, long events, long warnings, Map<String, Double> seconds,
                  List<CasualtyRow> topCasualties, RunMode mode, List<LocalDate> monthsWritten) {

    record CasualtyRow(LocalDate month, String role, String actor, String actorName, String type,
                       long events, long reports, Long valueBest) {
    }

    /** Every input record is an article or a reject; a run where this fails is a bug and exits non-zero. */
    boolean accountingHolds() {
        return inputRecords == articles + rejects;
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inputs", inputs);
        json.put("output", output);
        json.put("lexicons", lexicons);
        json.put("extractor_version", extractorVersion);
        json.put("input_records", inputRecords);
        json.put("articles", articles);
        json.put("rejects", rejects);
        json.put("rejects_by_reason", rejectsByReason);
        json.put("facts", facts);
        json.put("cumulative_facts", cumulativeFacts);
        json.put("events", events);
        json.put("mode", mode.name().toLowerCase(java.util.Locale.ROOT));
        json.put("months_written", monthsWritten.stream().map(LocalDate::toString).toList());
        json.put("warnings", warnings);
        json.put("seconds", seconds);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }

    /** The summary a user reads at the end of a run. */
    String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("conflict-tally: %d input path(s) -> %s%n", inputs.size(), output));
        s.append(String.format("  extractor %s, lexicons %s%n", extractorVersion, lexicons));
        s.append(String.format("input records %d = articles %d + rejects %d  [%s]%n", inputRecords, articles,
                rejects, accountingHolds() ? "ok" : "MISMATCH"));
        rejectsByReason.forEach((reason, n) -> s.append(String.format("  rejected %6d  %s%n", n, reason)));
        s.append(String.format("facts %d (%d cumulative: kept in facts, not summed), events %d%n",
                facts, cumulativeFacts, events));
        if (mode == RunMode.UPDATE) {
            s.append(String.format("update: events of %d month(s) recomputed, the other months kept%n",
                    monthsWritten.size()));
        }
        s.append(String.format("warnings %d (numbers not believed, text cleaned or read as Windows-1252, pages dated"
                + " by their crawl: see the warnings table)%n", warnings));
        s.append("seconds:");
        seconds.forEach((stage, t) -> s.append(String.format(" %s %.1f", stage, t)));
        s.append(String.format("%n%ncasualties by actor and month (top %d rows by value_best):%n", topCasualties.size()));
        String format = "%-10s  %-6s  %-8s  %-28s  %-9s  %6s  %7s  %10s%n";
        s.append(String.format(format, "month", "role", "actor", "actor_name", "type", "events", "reports", "value_best"));
        for (CasualtyRow r : topCasualties) {
            s.append(String.format(format, r.month(), r.role(), r.actor(), clip(r.actorName(), 28), r.type(),
                    r.events(), r.reports(), r.valueBest() == null ? "" : r.valueBest()));
        }
        return s.toString();
    }

    private static String clip(String s, int width) {
        return s == null ? "" : s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
