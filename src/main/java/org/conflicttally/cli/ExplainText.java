package org.conflicttally.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import org.conflicttally.job.MonthlyCell.Cell;
import org.conflicttally.job.MonthlyCell.Event;
import org.conflicttally.job.MonthlyCell.Explanation;
import org.conflicttally.job.MonthlyCell.Report;

/**
 * What scripts/explain prints: the cell's figure, then the events largest first, each with its reports and
 * their sentences, then what the listed events add up to, so that a reader checks the sum against the
 * cell without a calculator. Every event line starts with what it adds to the cell's value_best.
 */
final class ExplainText {
    private final PrintWriter out;
    private final YearMonth month;
    private final String type;
    private final int top;

    /** @param top events printed with their reports; 0 for all */
    ExplainText(PrintWriter out, YearMonth month, String type, int top) {
        this.out = out;
        this.month = month;
        this.type = type;
        this.top = top;
    }

    void print(Explanation x) {
        for (Cell cell : x.cells()) {
            out.printf("%s %s %s, %s: value_best %d (low %d, high %d), %s, %s, %s%n", x.table(), month, type,
                    cellName(cell), cell.best(), cell.low(), cell.high(), plural(cell.events(), "event"),
                    plural(cell.reports(), "report"), plural(cell.articles(), "article"));
        }
        List<Event> events = x.events();
        if (events.isEmpty()) {
            out.println("no events");
            return;
        }
        int shown = top == 0 ? events.size() : Math.min(top, events.size());
        out.printf("%s (by value_best, else low, else high)%n%n", shown == events.size()
                ? plural(events.size(), "event") + ", largest first"
                : "the " + shown + " largest of " + events.size() + " events");
        for (int i = 0; i < shown; i++) {
            printEvent(i + 1, events.get(i));
        }
        List<Event> rest = events.subList(shown, events.size());
        if (!rest.isEmpty()) {
            out.printf("... and %d more events adding %d (--top 0 lists them all)%n", rest.size(),
                    rest.stream().mapToLong(Event::adds).sum());
        }
        out.println(total(x));
        if (!x.missing().isEmpty()) {
            out.printf("warning: %d reports of these events are not in facts: %s%n", x.missing().size(),
                    String.join(", ", x.missing()));
        }
    }

    private void printEvent(int rank, Event e) {
        out.printf("#%d  %d %s  %s  %s  %s%n", rank, e.adds(), type, figure(e.low(), e.best(), e.high(), e.qualifier()),
                e.date(), e.location() == null ? "(no place named)" : e.location());
        out.printf("    %s -> %s; %s in %s; event %s%n", code(e.actor(), e.actorName()),
                code(e.target(), e.targetName()), plural(e.reports(), "report"), plural(e.articles(), "article"),
                e.eventId());
        for (Report r : e.facts()) {
            out.printf("    - %s#%d  published %s  %s%s%n", r.articleId(), r.factIndex(), r.published(),
                    figure(r.low(), r.best(), r.high(), r.qualifier()),
                    r.claimedBy() == null ? "" : "  claimed by: " + r.claimedBy());
            out.printf("      \"%s\"%n", r.sentence() == null ? "" : r.sentence().strip().replaceAll("\\s+", " "));
        }
        out.println();
    }

    /** The last line: what the events add up to, against the cell when the listing is one cell. */
    private static String total(Explanation x) {
        String sum = (x.events().size() == 1 ? "the event adds" : "the " + x.events().size() + " events add up to")
                + " value_best " + x.sum();
        if (x.cells().size() != 1) {   // a code's two cells: an event may count in both
            return sum;
        }
        long cell = x.cells().get(0).best();
        return sum + (cell == x.sum() ? ", the cell's value_best"
                : "; the cell says " + cell + ": the output's tables disagree (run the job again)");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String cellName(Cell cell) {
        if (cell.code() == null) {
            return "all codes (the rows of one role add up to it)";
        }
        return "role " + cell.role() + ", " + cell.code() + (cell.name() == null ? "" : " (" + cell.name() + ")");
    }

    /** A code as the monthly tables count it: UNK where the reports name none. */
    private static String code(String code, String name) {
        return code == null ? "UNK (not named)" : code + " (" + name + ")";
    }

    /** low, best, high and qualifier, "-" for a missing value: [at_least: low 58, best 58, high -]. */
    static String figure(Long low, Long best, Long high, String qualifier) {
        return "[" + qualifier + ": low " + dash(low) + ", best " + dash(best) + ", high " + dash(high) + "]";
    }

    private static String dash(Long value) {
        return value == null ? "-" : value.toString();
    }
}
