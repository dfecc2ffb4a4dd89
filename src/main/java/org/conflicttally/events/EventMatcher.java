package org.conflicttally.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reports to events. The rules, in order:
 * <ol>
 *   <li><b>Block.</b> Only reports of the same type, actor, target, location and month can be one event
 *       ({@link Report.Block}; a missing actor, target or location matches only a missing one). Actor and
 *       target compare by {@link Sides}: {@code SYR}, {@code SYRGOV} and {@code SYRMIL} are one actor told at
 *       different granularity; the event shows the code most of its reports give. Events never
 *       span two months, so a month's events depend on that month's facts alone (which is what lets an
 *       incremental run recompute only the months it touches).</li>
 *   <li><b>Cluster.</b> Within a block, reports sorted by event date form clusters: a cluster starts at the
 *       earliest date not yet clustered and takes every report dated that day or the next (reports often
 *       disagree by a day: "late on Wednesday" told on Thursday as "yesterday").</li>
 *   <li><b>Pair.</b> Two facts of one article are never one event: the extractor has already folded an
 *       article's repeats (a headline and the body giving one figure), so what remains are distinct events,
 *       or parts that add up ("a woman and nine children"). A cluster therefore holds as many events as the
 *       article that reports the most of them: that article (ties: the earliest published, then the
 *       smallest id) seeds one event per fact, and each other article's facts join those events, paired by
 *       the closest figure (distance |ln(1+a) - ln(1+b)|; ties by fact order, then event order), one fact
 *       per event.</li>
 *   <li><b>Reconcile.</b> Each event's figures come from its reports by {@link Reconciliation}.</li>
 * </ol>
 * Everything depends only on the reports' values, never on their arrival order, so results are the same
 * however Spark partitions the input.
 */
public final class EventMatcher {
    private EventMatcher() {
    }

    /** Events of reports in any order (sorts a copy): for tests and small inputs. */
    public static List<Event> events(List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(STREAM_ORDER);
        List<Event> out = new ArrayList<>();
        stream(sorted.iterator()).forEachRemaining(out::add);
        return out;
    }

    /**
     * The order {@link #stream} needs: by block, then event date. (Article id and fact index follow only so
     * that the order is total; matching does not depend on them.)
     */
    public static final Comparator<Report> STREAM_ORDER = Comparator
            .comparing(Report::type)
            .thenComparing((Report r) -> Sides.of(r.actor()), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing((Report r) -> Sides.of(r.target()), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Report::location, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Report::month)
            .thenComparing(Report::eventDate)
            .thenComparing(Report::articleId)
            .thenComparingInt(Report::factIndex);

    /**
     * Events of reports that arrive grouped by block and, within a block, sorted by event date (any order
     * of blocks). Holds one cluster in memory at a time.
     *
     * @throws IllegalStateException when a block's reports are not sorted by date
     */
    public static Iterator<Event> stream(Iterator<Report> sorted) {
        return new Iterator<>() {
            private Report pending = sorted.hasNext() ? sorted.next() : null;
            private Iterator<Event> ready = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!ready.hasNext() && pending != null) {
                    ready = match(nextCluster()).iterator();
                }
                return ready.hasNext();
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.next();
            }

            private List<Report> nextCluster() {
                Report first = pending;
                List<Report> cluster = new ArrayList<>();
                cluster.add(first);
                pending = null;
                while (sorted.hasNext()) {
                    Report r = sorted.next();
                    if (!r.block().equals(first.block())) {
                        pending = r;
                        break;
                    }
                    if (r.eventDate().isBefore(cluster.get(cluster.size() - 1).eventDate())) {
                        throw new IllegalStateException("reports of a block must come sorted by event date: "
                                + r.ref() + " after " + cluster.get(cluster.size() - 1).ref());
                    }
                    if (r.eventDate().isAfter(first.eventDate().plusDays(1))) {
                        pending = r;
                        break;
                    }
                    cluster.add(r);
                }
                return cluster;
            }
        };
    }

    /** One cluster (one block, dates within a day of the first) to its events, in the seed article's fact order. */
    static List<Event> match(List<Report> cluster) {
        Map<String, List<Report>> byArticle = new TreeMap<>();
        for (Report r : cluster) {
            byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
        }
        byArticle.values().forEach(l -> l.sort(Comparator.comparingInt(Report::factIndex)));
        String seed = byArticle.keySet().stream().min(Comparator
                .comparingInt((String a) -> -byArticle.get(a).size())
                .thenComparing(a -> byArticle.get(a).get(0).published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
        List<Report> seeds = byArticle.get(seed);
        List<List<Report>> events = new ArrayList<>();
        seeds.forEach(r -> events.add(new ArrayList<>(List.of(r))));
        for (Map.Entry<String, List<Report>> article : byArticle.entrySet()) {
            if (!article.getKey().equals(seed)) {
                pair(article.getValue(), seeds, events);
            }
        }
        return events.stream().map(EventMatcher::event).toList();
    }

    /** Greedy pairing of one article's facts with the seeded events, closest figures first. */
    private static void pair(List<Report> facts, List<Report> seeds, List<List<Report>> events) {
        record Pair(double distance, int fact, int event) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            for (int j = 0; j < seeds.size(); j++) {
                pairs.add(new Pair(distance(facts.get(i).figure(), seeds.get(j).figure()), i, j));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::distance).thenComparingInt(Pair::fact).thenComparingInt(Pair::event));
        boolean[] factDone = new boolean[facts.size()];
        boolean[] eventTaken = new boolean[seeds.size()];
        for (Pair p : pairs) {
            if (!factDone[p.fact()] && !eventTaken[p.event()]) {
                factDone[p.fact()] = true;
                eventTaken[p.event()] = true;
                events.get(p.event()).add(facts.get(p.fact()));
            }
        }
    }

    /**
     * The report whose code (of one side: {@link Sides}) the event shows: the code most reports give, then
     * the most specific (longest: SYRMIL over SYR), then the first alphabetically.
     */
    private static Report mostGiven(List<Report> reports, Function<Report, String> code) {
        Map<String, Integer> counts = new HashMap<>();
        reports.forEach(r -> counts.merge(String.valueOf(code.apply(r)), 1, Integer::sum));
        return reports.stream().min(Comparator
                .comparingInt((Report r) -> -counts.get(String.valueOf(code.apply(r))))
                .thenComparingInt(r -> -String.valueOf(code.apply(r)).length())
                .thenComparing(r -> String.valueOf(code.apply(r)))).orElseThrow();
    }

    private static double distance(Long a, Long b) {
        if (a == null || b == null) {
            return Double.MAX_VALUE;
        }
        return Math.abs(Math.log1p(a) - Math.log1p(b));
    }

    private static Event event(List<Report> reports) {
        Report seed = reports.get(0);
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(Report::articleId).thenComparingInt(Report::factIndex));
        Reconciliation figures = Reconciliation.of(ordered);
        Report actor = mostGiven(ordered, Report::actor);
        Report target = mostGiven(ordered, Report::target);
        return new Event(seed.ref(), seed.category(), seed.type(), actor.actor(), actor.actorName(), target.target(),
                target.targetName(), seed.location(),
                ordered.stream().map(Report::eventDate).min(Comparator.naturalOrder()).orElseThrow(), seed.month(),
                figures.low(), figures.best(), figures.high(), figures.qualifier(), ordered.size(),
                ordered.stream().map(Report::articleId).distinct().toList(),
                ordered.stream().map(Report::ref).toList());
    }
}
