package org.conflicttally.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflicttally.lexicon.ConfigException;

/**
 * What a figure of the monthly tables is made of, read back from a job's output folder: the cell's row,
 * the rows of {@code events} counted in it, and each event's reports (rows of {@code facts}, through the
 * event's {@code fact_refs}). scripts/explain prints it (cli.ExplainCli).
 *
 * <p>The selection is {@link ActorMonthTables}' rule read backwards: an event counts under its actor's code
 * with role actor and under its target's code with role target, {@value ActorMonthTables#UNKNOWN_CODE} for
 * a missing one. So the events selected for one code and role are exactly the cell's, and their value_best
 * (else value_low) adds up to the cell's value_best.
 */
public final class MonthlyCell {
    private static final OutputSchema SCHEMA = OutputSchema.load();
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
     * @param articles distinct articles; null for a month's total, whose rows cannot be summed for it
     */
    public record Cell(String code, String name, String role, long events, long reports, Long articles,
                       long low, long best, long high) {
    }

    /** A report of an event: one fact, with the sentence it was read from. */
    public record Report(String articleId, int factIndex, Long low, Long best, Long high, String qualifier,
                         LocalDate published, String claimedBy, String sentence) {
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
     * Fails, before any Spark work, when {@code output} is no job output folder.
     *
     * @throws ConfigException naming the folder, when it holds no summary.json
     */
    public static void checkOutput(String output) throws IOException {
        Path summary = new Path(output, TableWriter.SUMMARY);
        FileSystem fs = summary.getFileSystem(new Configuration());
        if (!fs.exists(summary)) {
            throw new ConfigException(output, 0, fs.exists(summary.getParent())
                    ? "no job output here (no " + TableWriter.SUMMARY + "): name the --output folder of a run"
                    : "no such folder: run scripts/run first, or name the --output folder of a run");
        }
    }

    /**
     * The cell(s), events and reports of {@code query}, events largest first.
     *
     * @throws ConfigException when no monthly table of the output holds the query's type
     */
    public static Explanation explain(SparkSession spark, String output, Query query) {
        String table = tableOf(spark, output, query.type());
        LocalDate month = query.month().atDay(1);
        List<Row> rows = read(spark, output, table)
                .filter(col("month").equalTo(lit(month)).and(col("type").equalTo(query.type()))).collectAsList();
        List<Row> eventRows = read(spark, output, EVENTS)
                .filter(col("month").equalTo(lit(month)).and(col("type").equalTo(query.type())).and(counted(query)))
                .collectAsList();
        Set<String> refs = new LinkedHashSet<>();
        eventRows.forEach(e -> refs.addAll(e.<String>getList(e.fieldIndex("fact_refs"))));
        Map<String, Report> reports = reports(spark, output, month, query.type(), refs);
        List<String> missing = refs.stream().filter(r -> !reports.containsKey(r)).toList();
        List<Event> events = eventRows.stream().map(e -> event(e, reports))
                .sorted(Comparator.comparingLong(Event::size).reversed().thenComparing(Event::date)
                        .thenComparing(Event::eventId))
                .toList();
        return new Explanation(table, cells(rows, query, events), events, missing);
    }

    /** The events a query selects: the monthly tables' rule, role by role. */
    private static Column counted(Query query) {
        if (query.code() == null) {
            return lit(true);
        }
        if (query.role() != null) {
            return codeIn(query.role(), query.code());
        }
        return codeIn(Role.actor, query.code()).or(codeIn(Role.target, query.code()));
    }

    private static Column codeIn(Role role, String code) {
        return coalesce(col(role.name()), lit(ActorMonthTables.UNKNOWN_CODE)).equalTo(code);
    }

    /**
     * The monthly table that holds {@code type}, from the tables themselves: fact types are lexicon data
     * (triggers.tsv), so the output, not the code, knows which exist.
     */
    private static String tableOf(SparkSession spark, String output, String type) {
        Map<String, String> tables = new TreeMap<>();
        for (OutputSchema.Table t : SCHEMA.aggregates()) {
            read(spark, output, t.name()).select("type").distinct().collectAsList()
                    .forEach(r -> tables.put(r.getString(0), t.name()));
        }
        if (!tables.containsKey(type)) {
            throw new ConfigException(output, 0, "no monthly table holds type '" + type + "' (types: "
                    + String.join(", ", tables.keySet()) + ")");
        }
        return tables.get(type);
    }

    /** The facts behind the events, by their reference article_id#fact_index. */
    private static Map<String, Report> reports(SparkSession spark, String output, LocalDate month, String type,
                                               Set<String> refs) {
        Map<String, Report> reports = new HashMap<>();
        if (refs.isEmpty()) {
            return reports;
        }
        // An event's reports lie in its month: events are matched within a month, from the facts' month.
        Column ref = concat(col("article_id"), lit("#"), col("fact_index").cast("string"));
        read(spark, output, FACTS)
                .filter(col("month").equalTo(lit(month)).and(col("type").equalTo(type)).and(ref.isin(refs.toArray())))
                .collectAsList()
                .forEach(f -> reports.put(f.getAs("article_id") + "#" + f.getAs("fact_index"),
                        new Report(f.getAs("article_id"), f.<Integer>getAs("fact_index"), f.getAs("value_low"),
                                f.getAs("value_best"), f.getAs("value_high"), f.getAs("qualifier"),
                                f.getAs("published"), f.getAs("claimed_by"), f.getAs("sentence"))));
        return reports;
    }

    private static Event event(Row e, Map<String, Report> reports) {
        List<Report> facts = e.<String>getList(e.fieldIndex("fact_refs")).stream().map(reports::get)
                .filter(r -> r != null)
                .sorted(Comparator.comparing(Report::published).thenComparing(Report::articleId)
                        .thenComparingInt(Report::factIndex))
                .toList();
        return new Event(e.getAs("event_id"), e.getAs("value_low"), e.getAs("value_best"), e.getAs("value_high"),
                e.getAs("qualifier"), e.getAs("event_date"), e.getAs("actor"), e.getAs("actor_name"),
                e.getAs("target"), e.getAs("target_name"), e.getAs("location"), e.<Long>getAs("reports"),
                e.<Long>getAs("articles"), facts);
    }

    /** The cell of a code and role, both cells of a code, or the month's total (rows of role actor). */
    private static List<Cell> cells(List<Row> rows, Query query, List<Event> events) {
        List<Cell> cells = new ArrayList<>();
        if (query.code() == null) {
            List<Row> actorRows = rows.stream().filter(r -> r.getAs("role").equals(Role.actor.name())).toList();
            long articles = events.stream().flatMap(ev -> ev.facts().stream().map(Report::articleId)).distinct().count();
            cells.add(new Cell(null, null, null, sum(actorRows, "events"), sum(actorRows, "reports"), articles,
                    sum(actorRows, "value_low"), sum(actorRows, "value_best"), sum(actorRows, "value_high")));
            return cells;
        }
        for (Role role : query.role() != null ? List.of(query.role()) : List.of(Role.values())) {
            cells.add(rows.stream()
                    .filter(r -> r.getAs("role").equals(role.name()) && r.getAs("actor").equals(query.code()))
                    .findFirst()
                    .map(r -> new Cell(query.code(), r.getAs("actor_name"), role.name(), r.<Long>getAs("events"),
                            r.<Long>getAs("reports"), r.<Long>getAs("articles"), r.<Long>getAs("value_low"),
                            r.<Long>getAs("value_best"), r.<Long>getAs("value_high")))
                    .orElse(new Cell(query.code(), null, role.name(), 0, 0, 0L, 0, 0, 0)));
        }
        return cells;
    }

    private static long sum(List<Row> rows, String column) {
        return rows.stream().mapToLong(r -> r.<Long>getAs(column)).sum();
    }

    /** A table of the output, with schema.json's columns and types (so an empty table reads as empty). */
    private static Dataset<Row> read(SparkSession spark, String output, String table) {
        return spark.read().schema(SCHEMA.table(table).structType()).parquet(new Path(output, table).toString());
    }
}
