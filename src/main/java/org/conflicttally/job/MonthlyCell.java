package org.conflicttally.job;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.conflicttally.lexicon.ConfigException;

/**
 * What a figure of the monthly tables is made of, read back from a job's output folder: the cell's row,
 * the rows of {@code events} counted in it, and each event's reports (rows of {@code facts}, through the
 * event's {@code fact_refs}). scripts/explain prints it (cli.ExplainCli). Read without Spark
 * ({@link ParquetRows}): a question about one cell should take seconds.
 *
 * <p>The selection is {@link ActorMonthTables}' rule read backwards: an event counts under its actor's code
 * with role actor and under its target's code with role target, {@value ActorMonthTables#UNKNOWN_CODE} for
 * a missing one. So the events selected for one code and role are exactly the cell's, and their value_best
 * (else value_low) adds up to the cell's value_best.
 */
public final class MonthlyCell {
    private static final String EVENTS = "events";
    private static final String FACTS = "facts";

    private MonthlyCell() {
    }

    /** Who the code is in an event: who did it, or who suffered it (the monthly tables' role column). */
    public enum Role { actor, target }

    /**
     * One cell, or a set of them.
     *
     * @param code the code counted (an actor or target code, UNK); null for every event of the month and type
     * @param role null with a code: the code in either role (the two cells of that code)
     */
    public record Query(YearMonth month, String type, String code, Role role) {
    }

    /**
     * A row of a monthly table (zeros where the table has none), or for a query without a code the month's
     * total: the rows of role actor summed, which add up to it.
     *
     * @param articles distinct articles; for a month's total, those of its events (rows cannot be summed for it)
     */
    public record Cell(String code, String name, String role, long events, long reports, long articles,
                       long low, long best, long high) {
    }

    /** A report of an event: one fact, with the sentence it was read from. */
    public record Report(String articleId, int factIndex, Long low, Long best, Long high, String qualifier,
                         LocalDate published, String claimedBy, String sentence) {
        /** How events name it in fact_refs. */
        public String ref() {
            return articleId + "#" + factIndex;
        }
    }

    /** A row of {@code events} with its reports (sorted by publication date, article, fact index). */
    public record Event(String eventId, Long low, Long best, Long high, String qualifier, LocalDate date,
                        String actor, String actorName, String target, String targetName, String location,
                        long reports, long articles, List<Report> facts) {
        /** What the event adds to its cell's value_best: its best, else its low (the tables' sum). */
        public long adds() {
            return best != null ? best : low != null ? low : 0;
        }

        /** Its size for ordering: best, else low, else high (an "at most" figure has only a high). */
        long size() {
            return best != null ? best : low != null ? low : high != null ? high : 0;
        }
    }

    /**
     * @param table the monthly table of the query's type
     * @param missing fact_refs of the events that the facts table lacks (none in a complete output)
     */
    public record Explanation(String table, List<Cell> cells, List<Event> events, List<String> missing) {
        /** The sum the cell shows: value_best of the listed events, as the monthly table adds them. */
        public long sum() {
            return events.stream().mapToLong(Event::adds).sum();
        }
    }

    /**
     * Fails when {@code output} is no job output folder: the message tells a missing folder from another one.
     *
     * @throws ConfigException naming the folder, when it holds no summary.json
     */
    public static void checkOutput(String output) throws IOException {
        Path summary = new Path(output, TableWriter.SUMMARY);
        FileSystem fs = new ParquetRows(output).fileSystem();
        if (!fs.exists(summary)) {
            throw new ConfigException(output, 0, fs.exists(summary.getParent())
                    ? "no job output here (no " + TableWriter.SUMMARY + "): name the --output folder of a run"
                    : "no such folder: run scripts/run first, or name the --output folder of a run");
        }
    }

    /**
     * The cell(s), events and reports of {@code query}, events largest first.
     *
     * @throws ConfigException when the output is no job output, or no monthly table of it holds the type
     */
    public static Explanation explain(String output, Query query) throws IOException {
        checkOutput(output);
        ParquetRows tables = new ParquetRows(output);
        LocalDate month = query.month().atDay(1);
        String table = tableOf(tables, output, query.type());
        List<Map<String, Object>> rows = tables.read(table, null, query.type()).stream()
                .filter(r -> month.equals(r.get("month"))).toList();
        List<Map<String, Object>> eventRows = tables.read(EVENTS, month, query.type()).stream()
                .filter(e -> counted(e, query)).toList();
        Set<String> refs = new LinkedHashSet<>();
        eventRows.forEach(e -> refs.addAll(strings(e, "fact_refs")));
        // An event's reports lie in its month: events are matched within a month, from the facts' month.
        Map<String, Report> reports = tables.read(FACTS, month, query.type()).stream().map(MonthlyCell::report)
                .filter(r -> refs.contains(r.ref())).collect(Collectors.toMap(Report::ref, Function.identity()));
        List<String> missing = refs.stream().filter(r -> !reports.containsKey(r)).toList();
        List<Event> events = eventRows.stream().map(e -> event(e, reports))
                .sorted(Comparator.comparingLong(Event::size).reversed().thenComparing(Event::date)
                        .thenComparing(Event::eventId))
                .toList();
        return new Explanation(table, cells(rows, query, events), events, missing);
    }

    /** Whether the query selects an event: the monthly tables' rule, role by role. */
    private static boolean counted(Map<String, Object> event, Query query) {
        if (query.code() == null) {
            return true;
        }
        List<Role> roles = query.role() != null ? List.of(query.role()) : List.of(Role.values());
        return roles.stream().anyMatch(role -> query.code().equals(codeOf(event, role.name())));
    }

    /** The code a monthly table counts a row under: UNK for a missing one. */
    private static String codeOf(Map<String, Object> row, String column) {
        return Objects.requireNonNullElse((String) row.get(column), ActorMonthTables.UNKNOWN_CODE);
    }

    /**
     * The monthly table that holds {@code type}, from the tables themselves: fact types are lexicon data
     * (triggers.tsv), so the output, not the code, knows which exist.
     */
    private static String tableOf(ParquetRows tables, String output, String type) throws IOException {
        Set<String> types = new TreeSet<>();
        for (OutputSchema.Table t : OutputSchema.load().aggregates()) {
            List<Map<String, Object>> rows = tables.read(t.name(), null, null);
            if (rows.stream().anyMatch(r -> type.equals(r.get("type")))) {
                return t.name();
            }
            rows.forEach(r -> types.add((String) r.get("type")));
        }
        throw new ConfigException(output, 0, "no monthly table holds type '" + type + "' (types: "
                + String.join(", ", types) + ")");
    }

    private static Report report(Map<String, Object> f) {
        return new Report((String) f.get("article_id"), (Integer) f.get("fact_index"), (Long) f.get("value_low"),
                (Long) f.get("value_best"), (Long) f.get("value_high"), (String) f.get("qualifier"),
                (LocalDate) f.get("published"), (String) f.get("claimed_by"), (String) f.get("sentence"));
    }

    private static Event event(Map<String, Object> e, Map<String, Report> reports) {
        List<Report> facts = strings(e, "fact_refs").stream().map(reports::get).filter(Objects::nonNull)
                
                .sorted(Comparator.comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Report::articleId)
                        .thenComparingInt(Report::factIndex))
                .toList();
        return new Event((String) e.get("event_id"), (Long) e.get("value_low"), (Long) e.get("value_best"),
                (Long) e.get("value_high"), (String) e.get("qualifier"), (LocalDate) e.get("event_date"),
                (String) e.get("actor"), (String) e.get("actor_name"), (String) e.get("target"),
                (String) e.get("target_name"), (String) e.get("location"), (Long) e.get("reports"),
                (Long) e.get("articles"), facts);
    }

    /** The cell of a code and role, both cells of a code, or the month's total (rows of role actor). */
    private static List<Cell> cells(List<Map<String, Object>> rows, Query query, List<Event> events) {
        List<Cell> cells = new ArrayList<>();
        if (query.code() == null) {
            List<Map<String, Object>> actorRows = rows.stream().filter(r -> Role.actor.name().equals(r.get("role")))
                    .toList();
            long articles = events.stream().flatMap(ev -> ev.facts().stream().map(Report::articleId)).distinct().count();
            cells.add(new Cell(null, null, null, sum(actorRows, "events"), sum(actorRows, "reports"), articles,
                    sum(actorRows, "value_low"), sum(actorRows, "value_best"), sum(actorRows, "value_high")));
            return cells;
        }
        for (Role role : query.role() != null ? List.of(query.role()) : List.of(Role.values())) {
            List<Map<String, Object>> row = rows.stream()
                    .filter(r -> role.name().equals(r.get("role")) && query.code().equals(r.get("actor"))).toList();
            String name = row.isEmpty() ? null : (String) row.get(0).get("actor_name");
            cells.add(new Cell(query.code(), name, role.name(), sum(row, "events"), sum(row, "reports"),
                    sum(row, "articles"), sum(row, "value_low"), sum(row, "value_best"), sum(row, "value_high")));
        }
        return cells;
    }

    private static long sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().mapToLong(r -> (Long) r.get(column)).sum();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> row, String column) {
        return (List<String>) row.get(column);
    }
}
