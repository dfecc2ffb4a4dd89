package org.conflicttally.events;

import java.util.ArrayList;
import java.util.List;

/**
 * One article's reports of one day, as the units that event matching pairs across articles: a total with
 * the parts that add up to it ("7 killed" = "a woman" + "2 children" + "4 people" in three neighbourhoods)
 * is one unit, led by the total; so are competing tolls of one incident (the same day and place, figures
 * within a factor of {@link #TOLL_FACTOR}: "at least 22", "31", then "the toll rose to 40"), reconciled, never
 * summed. Two units of one article are never one event.
 */
record ArticleUnits(String articleId, List<Unit> units) {
    /**
     * A report that stands for an event in its article, the competing tolls of the same event, and the parts
     * of it the article also gives.
     */
    record Unit(Report lead, List<Report> tolls, List<Report> parts) {
        List<Report> all() {
            List<Report> out = new ArrayList<>(tolls.size() + parts.size() + 1);
            out.add(lead);
            out.addAll(tolls);
            out.addAll(parts);
            return out;
        }

        /** The figure that stands for the unit when pairing: the highest of its tolls. */
        Long figure() {
            Long max = null;
            for (Report r : figures()) {
                Long f = r.figure();
                if (f != null && (max == null || f > max)) {
                    max = f;
                }
            }
            return max;
        }

        /** The reports whose figures the event reconciles: the lead and its competing tolls, not the parts. */
        List<Report> figures() {
            List<Report> out = new ArrayList<>(tolls.size() + 1);
            out.add(lead);
            out.addAll(tolls);
            return out;
        }
    }

    /** Figures of one day and place this close in one article are tolls of one incident told twice. */
    static final double TOLL_FACTOR = 2.0;
    /**
     * Below this, close figures in one article are as often two incidents ("a woman" killed here, "2 children"
     * there) as one told twice: they stay apart.
     */
    static final long TOLL_FLOOR = 10;

    /** Parts this many at most are looked for under one total: enough for a day's toll told by district. */
    private static final int MAX_PARTS = 5;

    /** The units of one article's reports, in fact order; totals fold the exact parts that add up to them. */
    static ArticleUnits of(String articleId, List<Report> reports, PlaceHierarchy places) {
        List<Report> left = new ArrayList<>(reports);
        List<Unit> units = new ArrayList<>();
        // the largest totals first: a total's parts may be totals of smaller parts themselves
        List<Report> bySize = new ArrayList<>(reports);
        bySize.sort((a, b) -> Long.compare(figureOf(b), figureOf(a)));
        List<Unit> folded = new ArrayList<>();
        for (Report total : bySize) {
            if (!left.contains(total) || !"exact".equals(total.qualifier()) && !"at_least".equals(total.qualifier())) {
                continue;
            }
            List<Report> candidates = new ArrayList<>();
            for (Report r : left) {
                if (r != total && r.best() != null && "exact".equals(r.qualifier()) && figureOf(r) < figureOf(total)) {
                    candidates.add(r);
                }
            }
            List<Report> parts = partsSumming(candidates, figureOf(total));
            if (parts != null) {
                left.removeAll(parts);
                folded.add(new Unit(total, List.of(), parts));
            }
        }
        for (Report r : reports) {
            if (left.contains(r)) {
                Unit u = folded.stream().filter(f -> f.lead() == r).findFirst().orElse(new Unit(r, List.of(), List.of()));
                units.add(u);
            }
        }
        return new ArticleUnits(articleId, competingTolls(units, places));
    }

    /** Units that tell one incident's toll again join the first unit that told it. */
    private static List<Unit> competingTolls(List<Unit> units, PlaceHierarchy places) {
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) {
            int into = -1;
            for (int i = 0; i < out.size() && into < 0; i++) {
                Report first = out.get(i).lead();
                Report r = u.lead();
                if (competing(first, r, places)) {
                    into = i;
                }
            }
            if (into < 0) {
                out.add(u);
            } else {
                Unit v = out.get(into);
                List<Report> tolls = new ArrayList<>(v.tolls());
                tolls.addAll(u.figures());
                List<Report> parts = new ArrayList<>(v.parts());
                parts.addAll(u.parts());
                out.set(into, new Unit(v.lead(), tolls, parts));
            }
        }
        return out;
    }

    /** Whether two reports of one article are tolls of one incident: same place and side, close large figures. */
    static boolean competing(Report a, Report b, PlaceHierarchy places) {
        return a.articleId().equals(b.articleId()) && a.samePlace(b, places)
                && ClusterMatcher.sameSideOrUnnamed(a.target(), b.target()) && figureOf(a) >= TOLL_FLOOR
                && figureOf(b) >= TOLL_FLOOR && ClusterMatcher.distance(a.figure(), b.figure()) <= Math.log(TOLL_FACTOR);
    }

    /** Two to {@link #MAX_PARTS} of {@code candidates} (in order) that add up to {@code sum} exactly, or null. */
    private static List<Report> partsSumming(List<Report> candidates, long sum) {
        int n = Math.min(candidates.size(), 12); // 2^12 subsets at most
        for (int mask = 1; mask < 1 << n; mask++) {
            int size = Integer.bitCount(mask);
            if (size < 2 || size > MAX_PARTS) {
                continue;
            }
            long total = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    total += candidates.get(i).best();
                }
            }
            if (total == sum) {
                List<Report> parts = new ArrayList<>(size);
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        parts.add(candidates.get(i));
                    }
                }
                return parts;
            }
        }
        return null;
    }

    private static long figureOf(Report r) {
        Long f = r.figure();
        return f == null ? 0 : f;
    }
}
