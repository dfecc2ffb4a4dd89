package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.xxhash64;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.conflicttally.events.Event;
import org.conflicttally.events.EventMatcher;
import org.conflicttally.events.PlaceHierarchy;
import org.conflicttally.places.ResolvedPlace;
import org.conflicttally.events.Report;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Facts to events, the Spark side of {@link EventMatcher} (which holds the rules): non-cumulative facts are
 * shuffled by month, sorted by a hash of their block (type and month) and event date, made contiguous by block ({@link BlockRuns}), and matched one cluster at a time. A block never
 * straddles two partitions and clusters do not depend on the order of reports of one block and date, so the
 * events do not depend on partitioning, and a re-run gives the same rows. Cumulative facts (running totals)
 * are not events: summing them would count the same dead again.
 */
final class EventDedup {
    private static final String BLOCK = "block";
    /** Between the parts of a block key: a control character no type holds. */
    private static final String SEPARATOR = "\u001f";

    private EventDedup() {
    }

    /** @return rows of the {@code events} table (schema.json), any order */
    static Dataset<Row> events(Dataset<Row> facts, OutputSchema.Table events, PlaceHierarchy places) {
        // What two facts must share to be one event (besides dates within a day): Report.Block. The sort is the
        // stage's main cost, so its key is a 64-bit hash of the block, made once per fact (a sort key that is an
        // expression is evaluated again at every comparison), then the date: two longs to compare, no strings.
        // BlockRuns separates blocks whose hashes collide. The order need not be total: EventMatcher's clusters
        // do not depend on the order of reports of one block and date.
        Column block = xxhash64(concat_ws(SEPARATOR, col("month").cast("string"), col("type")));
        // Shuffled by month, a part of every block: a block stays in one partition, and so does a month, which
        // the events table is partitioned by: each month is written as one file without a second shuffle.
        // Only the columns a Report reads: mapPartitions is opaque to the optimizer, which would otherwise read,
        // shuffle and convert every column of the facts, their sentences included.
        return facts.filter(not(col("cumulative")))
                .select(Stream.concat(Stream.of(block.as(BLOCK)), MatchEvents.COLUMNS.stream().map(c -> col(c)))
                        .toArray(Column[]::new))   // rows of the block hash, then MatchEvents.COLUMNS in order
                .repartition(col("month"))
                .sortWithinPartitions(col(BLOCK), col("event_date"))
                .mapPartitions(new MatchEvents(events.columnNames(), places), Encoders.row(events.structType()));
    }

    /** The adapter: fact rows in, sorted by block and date; event rows out. */
    static final class MatchEvents implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        private final List<String> columns;
        private final PlaceHierarchy places;

        MatchEvents(List<String> columns, PlaceHierarchy places) {
            this.columns = columns;
            this.places = places;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> facts) {
            List<Function<Event, Object>> readers = readers(columns);
            Iterator<Hashed> hashed = StreamSupport
                    .stream(Spliterators.spliteratorUnknownSize(facts, Spliterator.ORDERED), false)
                    .map(f -> new Hashed(f.getLong(0), report(f))).iterator();
            Iterator<Hashed> byBlock = new BlockRuns<>(hashed, Hashed::hash, h -> h.report().block());
            Iterator<Event> events = EventMatcher.stream(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return byBlock.hasNext();
                }

                @Override
                public Report next() {
                    return byBlock.next().report();
                }
            }, places);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return events.hasNext();
                }

                @Override
                public Row next() {
                    return row(events.next(), readers);
                }
            };
        }

        /** The fact columns {@link #report} reads. */
        static final List<String> COLUMNS = List.of("article_id", "fact_index", "published", "category", "type",
                "actor", "actor_name", "target", "target_name", "location", "event_date", "month", "value_low",
                "value_best", "value_high", "qualifier", "country", "admin1", "place", "geonames_id", "latitude",
                "longitude", "place_precision");

        /** A report and the hash of its block, as sorted. */
        private record Hashed(long hash, Report report) {
        }

        /**
         * A row of the block hash then {@link #COLUMNS}, read by position (by name costs a lookup per value,
         * millions a run).
         */
        static Report report(Row f) {
            return new Report(f.getString(1), f.getInt(2), date(f.get(3)), f.getString(4), f.getString(5),
                    f.getString(6), f.getString(7), f.getString(8), f.getString(9), f.getString(10), date(f.get(11)),
                    date(f.get(12)), (Long) f.get(13), (Long) f.get(14), (Long) f.get(15), f.getString(16),
                    new ResolvedPlace(f.getString(17), f.getString(18), f.getString(19), (Long) f.get(20),
                            (Double) f.get(21), (Double) f.get(22), f.getString(23)));
        }

        /** Each column of the events table, by name: how it is read from an event. */
        private static final Map<String, Function<Event, Object>> VALUES = Map.ofEntries(
                Map.entry("event_id", Event::eventId),
                Map.entry("category", Event::category),
                Map.entry("type", Event::type),
                Map.entry("actor", Event::actor),
                Map.entry("actor_name", Event::actorName),
                Map.entry("target", Event::target),
                Map.entry("target_name", Event::targetName),
                Map.entry("location", Event::location),
                Map.entry("country", e -> e.geo().country()),
                Map.entry("admin1", e -> e.geo().admin1()),
                Map.entry("place", e -> e.geo().place()),
                Map.entry("geonames_id", e -> e.geo().geonamesId()),
                Map.entry("latitude", e -> e.geo().latitude()),
                Map.entry("longitude", e -> e.geo().longitude()),
                Map.entry("place_precision", e -> e.geo().precision()),
                Map.entry("event_date", Event::eventDate),
                Map.entry("month", Event::month),
                Map.entry("value_low", Event::low),
                Map.entry("value_best", Event::best),
                Map.entry("value_high", Event::high),
                Map.entry("qualifier", Event::qualifier),
                Map.entry("reports", e -> (long) e.reports()),
                Map.entry("articles", e -> (long) e.articles()),
                // Array columns take a Scala Seq in a Row.
                Map.entry("article_ids", e -> CollectionConverters.asScala(e.articleIds()).toSeq()),
                Map.entry("fact_refs", e -> CollectionConverters.asScala(e.factRefs()).toSeq()));

        /** The readers of {@link #VALUES} in the table's column order, checked once per partition. */
        static List<Function<Event, Object>> readers(List<String> columns) {
            if (columns.size() != VALUES.size() || !VALUES.keySet().containsAll(columns)) {
                throw new IllegalStateException("EventDedup and schema.json disagree on the events columns: "
                        + VALUES.keySet() + " vs " + columns);
            }
            return columns.stream().map(VALUES::get).toList();
        }

        /** A row of the events table: one array of values, in the order of {@code readers}. */
        static Row row(Event e, List<Function<Event, Object>> readers) {
            Object[] values = new Object[readers.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = readers.get(i).apply(e);
            }
            return RowFactory.create(values);
        }

        /** Dates come as LocalDate with spark.sql.datetime.java8API.enabled (SparkSettings sets it), else as java.sql.Date. */
        private static LocalDate date(Object d) {
            return d == null ? null : d instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) d;
        }
    }
}
