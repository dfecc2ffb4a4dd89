package org.conflicttally.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reports to events. The rules, in order:
 * <ol>
 *   <li><b>Block.</b> Only reports of the same type and month can be one event ({@link Report.Block}). Events
 *       never span two months, so a month's events depend on that month's facts alone (which is what lets an
 *       incremental run recompute only the months it touches).</li>
 *   <li><b>Cluster.</b> Within a block, reports sorted by event date form clusters: a cluster starts at the
 *       earliest date not yet clustered and takes every report dated that day or the next (reports often
 *       disagree by a day: "late on Wednesday" told on Thursday as "yesterday"); reports that give no day of
 *       their own may join an event of a few days before with a distinctive figure in the same place.</li>
 *   <li><b>Match.</b> Within a cluster, reports of one incident are one event whoever they name as its actor,
 *       at whatever level they name its place, a total and its parts in one article are one event, and two
 *       other facts of one article never are ({@link ClusterMatcher}).</li>
 *   <li><b>Reconcile.</b> Each event's figures come from its reports by {@link Reconciliation}.</li>
 * </ol>
 * Everything depends only on the reports' values, never on their arrival order, so results are the same
 * however Spark partitions the input.
 */
public final class EventMatcher {
    private EventMatcher() {
    }

    /** Events of reports in any order (sorts a copy), places without a hierarchy: for tests and small inputs. */
    public static List<Event> events(List<Report> reports) {
        return events(reports, PlaceHierarchy.FLAT);
    }

    /** Events of reports in any order (sorts a copy): for tests and small inputs. */
    public static List<Event> events(List<Report> reports, PlaceHierarchy places) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(STREAM_ORDER);
        List<Event> out = new ArrayList<>();
        stream(sorted.iterator(), places).forEachRemaining(out::add);
        return out;
    }

    /**
     * The order {@link #stream} needs: by block, then event date. (Article id and fact index follow only so
     * that the order is total; matching does not depend on them.)
     */
    public static final Comparator<Report> STREAM_ORDER = Comparator
            .comparing(Report::type)
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
    public static Iterator<Event> stream(Iterator<Report> sorted, PlaceHierarchy places) {
        return new Iterator<>() {
            private Report pending = sorted.hasNext() ? sorted.next() : null;
            private ClusterMatcher block;
            private Iterator<Event> ready = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!ready.hasNext() && (pending != null || block != null)) {
                    ready = nextEvents().iterator();
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

            /** Feeds the next day of the current block, or closes the block when it ends. */
            private List<Event> nextEvents() {
                if (pending == null || block != null && !pending.block().equals(blockOf)) {
                    List<Event> rest = block.closeAll();
                    block = null;
                    return rest;
                }
                if (block == null) {
                    block = new ClusterMatcher(places);
                    blockOf = pending.block();
                }
                Report first = pending;
                List<Report> day = new ArrayList<>();
                day.add(first);
                pending = null;
                while (sorted.hasNext()) {
                    Report r = sorted.next();
                    if (r.block().equals(first.block()) && r.eventDate().isBefore(first.eventDate())) {
                        throw new IllegalStateException("reports of a block must come sorted by event date: "
                                + r.ref() + " after " + first.ref());
                    }
                    if (!r.block().equals(first.block()) || !r.eventDate().equals(first.eventDate())) {
                        pending = r;
                        break;
                    }
                    day.add(r);
                }
                return block.day(first.eventDate(), day);
            }

            private Report.Block blockOf;
        };
    }
}
