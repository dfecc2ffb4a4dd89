package org.conflicttally.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The events of one block (one type and month) as its reports come in, one day at a time. Each article's
 * reports of the day become units ({@link ArticleUnits}: a total with its parts is one); articles are taken
 * in order, the one with the most units first, and each unit joins the open event of another article with
 * the closest figure among the compatible ones, or starts an event. An event is open to reports dated its
 * first day or the next (reports often disagree by a day: "late on Wednesday" told on Thursday as
 * "yesterday"), and a few days more to distinctive figures told later with no day of their own. Compatible: the places may be one ({@link PlaceHierarchy}), the targets are of one side or
 * one is not named, and the figures are within a factor of {@link #FIGURE_FACTOR}. The actor never splits an
 * event: outlets name different perpetrators, or none, for one attack.
 */
final class ClusterMatcher {
    /**
     * Figures further apart are two events: an early toll rises ("at least 7", then 25) but "22 killed on
     * Monday" and "1400 killed" recalled that week are not one event.
     */
    static final double FIGURE_FACTOR = 4.0;

    /**
     * An event is open this many days after its first: a day for any report, longer for the reports that tell
     * it days later without a day of their own ({@link Building#toldLaterOf}).
     */
    static final int LAG_DAYS = 3;

    private final PlaceHierarchy places;
    /** Events that reports of the coming days may still join, in the order they were started. */
    private final List<Building> open = new ArrayList<>();

    ClusterMatcher(PlaceHierarchy places) {
        this.places = places;
    }

    /** An event while it is being built: its units, one per article, and its first day. */
    private final class Building {
        final List<ArticleUnits.Unit> units = new ArrayList<>();
        final LocalDate first;

        Building(ArticleUnits.Unit seed, LocalDate first) {
            units.add(seed);
            this.first = first;
        }

        Report seed() {
            return units.get(0).lead();
        }

        Long figure() {
            return units.get(0).figure();
        }

        boolean accepts(ArticleUnits.Unit u) {
            return fits(u, u.figure(), figure()) && distance(figure(), u.figure()) <= Math.log(FIGURE_FACTOR);
        }

        /**
         * Whether another event may be this one: every unit of it fits every unit of this one, figures compared
         * event with event (the highest toll of each).
         */
        boolean accepts(Building other) {
            Long mine = highest();
            Long theirs = other.highest();
            for (ArticleUnits.Unit u : other.units) {
                if (!fits(u, theirs, mine)) {
                    return false;
                }
            }
            return distance(mine, theirs) <= Math.log(FIGURE_FACTOR);
        }

        /** Whether unit {@code u} (standing for {@code figure}) and each unit here may tell one incident. */
        private boolean fits(ArticleUnits.Unit u, Long figure, Long eventFigure) {
            Report r = u.lead();
            for (ArticleUnits.Unit mine : units) {
                Report m = mine.lead();
                // one article's units of one day are distinct events; of two days, they may be its tolls
                boolean sameArticle = m.articleId().equals(r.articleId())
                        && (m.eventDate().equals(r.eventDate()) || !ArticleUnits.competing(m, r, places))
                        && !retoldWithoutDay(m, r, figure, eventFigure);
                if (sameArticle || !samePlace(m, vague() ? null : eventFigure, r, VAGUE.equals(r.qualifier()) ? null : figure) || !sameSideOrUnnamed(m.target(), r.target())
                        && !m.category().equals("displacement")) {
                    return false; // (the people who flee are not split by side: "residents", "loyalists")
                }
            }
            return true;
        }

        /**
         * Whether this day's event may be the older event {@code e} told days later by reports that give no day
         * of their own (dated by their publication: "the attack ... claimed the lives of at least 27 children
         * while over 500 people were injured", two days after the attack): a distinctive figure, close, in
         * the event's place (the one it shows) or one that holds it or lies in it.
         */
        boolean toldLaterOf(Building e) {
            Long mine = highest();
            Long theirs = e.highest();
            if (mine == null || theirs == null || Math.min(mine, theirs) < DISTINCT_FIGURE
                    || distance(mine, theirs) > Math.log(DISTINCT_FACTOR)) {
                return false; // the cheap tests first: this runs for every pair of a day's and an older event
            }
            for (ArticleUnits.Unit u : units) {
                Report r = u.lead();
                if (!r.eventDate().equals(r.published()) || VAGUE.equals(r.qualifier()) || r.location() == null) {
                    return false;
                }
            }
            String place = placeOf(e.units.stream().map(ArticleUnits.Unit::lead).toList()).location();
            if (place == null) {
                return false;
            }
            for (ArticleUnits.Unit u : units) {
                if (!places.compatible(place, u.lead().location())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "The attack in Idlib ... over 500 people were injured, UNICEF said" after "On Tuesday ... 200 injured" in
         * one article: an undated distinctive figure of a later day is the article's other toll of that event.
         */
        private boolean retoldWithoutDay(Report m, Report r, Long figure, Long eventFigure) {
            return r.eventDate().equals(r.published()) && m.eventDate().isBefore(r.eventDate()) && figure != null
                    && eventFigure != null && Math.min(figure, eventFigure) >= DISTINCT_FIGURE
                    && !VAGUE.equals(r.qualifier());
        }

        /** Whether every unit's lead is vague ("thousands"): the event's figure then says too little. */
        boolean vague() {
            return units.stream().allMatch(u -> VAGUE.equals(u.lead().qualifier()));
        }

        Long highest() {
            Long max = null;
            for (ArticleUnits.Unit u : units) {
                Long f = u.figure();
                if (f != null && (max == null || f > max)) {
                    max = f;
                }
            }
            return max;
        }
    }

    /**
     * Adds the reports of one day (later than every day before) and returns the events that can no longer
     * grow: those started more than {@link #LAG_DAYS} days before it.
     */
    List<Event> day(LocalDate day, List<Report> reports) {
        List<Event> done = closeBefore(day.minusDays(LAG_DAYS));
        Map<String, List<Report>> byArticle = new TreeMap<>();
        for (Report r : reports) {
            byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
        }
        List<ArticleUnits> articles = new ArrayList<>();
        byArticle.forEach((id, rs) -> {
            rs.sort(Comparator.comparingInt(Report::factIndex));
            articles.add(ArticleUnits.of(id, rs, places));
        });
        articles.sort(Comparator.comparingInt((ArticleUnits a) -> -a.units().size())
                .thenComparing(a -> a.units().get(0).lead().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ArticleUnits::articleId));
        // The day's reports make the day's events first (outlets of one day telling one incident are the
        // strongest match); then each of them joins the event begun the day before that it fits best.
        List<Building> today = new ArrayList<>();
        for (ArticleUnits article : articles) {
            join(article.units(), today, day);
        }
        today = mergeAlike(today);
        List<Building> before = new ArrayList<>(open);
        LocalDate yesterday = day.minusDays(1);
        List<Building> later = pair(today, before, Building::figure,
                (t, y) -> (!y.first.isBefore(yesterday) || t.toldLaterOf(y)) && y.accepts(t),
                (t, y) -> y.units.addAll(t.units));
        open.addAll(later);
        return done;
    }

    /**
     * Events of one day that the order of their articles kept apart but that fit each other ("1300 killed in
     * Eastern Ghouta" begun by one article, "1400 near Damascus" by another) become one, closest figures first.
     */
    private List<Building> mergeAlike(List<Building> events) {
        List<Building> out = new ArrayList<>();
        for (Building b : events) {
            List<Building> rest = pair(List.of(b), out, Building::figure, (x, y) -> y.accepts(x),
                    (x, y) -> y.units.addAll(x.units));
            out.addAll(rest);
        }
        return out;
    }

    /** The events still open, at the end of the block. */
    List<Event> closeAll() {
        return closeBefore(LocalDate.MAX);
    }

    private List<Event> closeBefore(LocalDate day) {
        List<Event> out = new ArrayList<>();
        for (java.util.Iterator<Building> it = open.iterator(); it.hasNext(); ) {
            Building b = it.next();
            if (b.first.isBefore(day)) {
                out.add(event(b));
                it.remove();
            }
        }
        return out;
    }

    /** One article's units join the day's events, closest figures first; the rest start events. */
    private void join(List<ArticleUnits.Unit> units, List<Building> events, LocalDate day) {
        List<ArticleUnits.Unit> rest = pair(units, events, ArticleUnits.Unit::figure, (u, e) -> e.accepts(u),
                (u, e) -> e.units.add(u));
        for (ArticleUnits.Unit u : rest) {
            events.add(new Building(u, day));
        }
    }

    /**
     * Greedy pairing of items with events, closest figures first, one item an event; returns the items left
     * over, in their order.
     */
    private <T> List<T> pair(List<T> items, List<Building> events, Function<T, Long> figure,
            java.util.function.BiPredicate<T, Building> fits, java.util.function.BiConsumer<T, Building> add) {
        record Pair(double distance, int item, int event) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = 0; j < events.size(); j++) {
                if (fits.test(items.get(i), events.get(j))) {
                    pairs.add(new Pair(distance(figure.apply(items.get(i)), events.get(j).figure()), i, j));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::distance).thenComparingInt(Pair::item).thenComparingInt(Pair::event));
        boolean[] itemDone = new boolean[items.size()];
        boolean[] eventTaken = new boolean[events.size()];
        for (Pair p : pairs) {
            if (!itemDone[p.item()] && !eventTaken[p.event()]) {
                itemDone[p.item()] = true;
                eventTaken[p.event()] = true;
                add.accept(items.get(p.item()), events.get(p.event()));
            }
        }
        List<T> rest = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!itemDone[i]) {
                rest.add(items.get(i));
            }
        }
        return rest;
    }

    /**
     * Whether two reports may tell one place: compatible places, or a distinctive figure (a hundred or more,
     * within {@link #DISTINCT_FACTOR}) in one country: "1300 killed in Eastern Ghouta" and "1400 killed near
     * Damascus" the same day are one attack.
     */
    private boolean samePlace(Report a, Long figureA, Report b, Long figureB) {
        if (a.samePlace(b, places)) {
            return true;
        }
        String country = a.country(places);
        return country != null && country.equals(b.country(places)) && figureA != null
                && figureB != null && Math.min(figureA, figureB) >= DISTINCT_FIGURE
                && distance(figureA, figureB) <= Math.log(DISTINCT_FACTOR);
    }

    /** "thousands", "hundreds": a figure that says too little to stand for one incident. */
    private static final String VAGUE = "vague";

    /**
     * Figures from this size up, this close, on one day in one country, are one incident wherever it is placed
     * (a vague figure, "thousands", is passed as null: it says too little).
     */
    static final long DISTINCT_FIGURE = 100;
    static final double DISTINCT_FACTOR = 1.5;

    static boolean sameSideOrUnnamed(String a, String b) {
        return a == null || b == null || Sides.of(a).equals(Sides.of(b));
    }

    static double distance(Long a, Long b) {
        if (a == null || b == null) {
            return Double.MAX_VALUE;
        }
        return Math.abs(Math.log1p(a) - Math.log1p(b));
    }

    private Event event(Building b) {
        Report seed = b.seed();
        List<Report> leads = new ArrayList<>();
        List<Report> all = new ArrayList<>();
        for (ArticleUnits.Unit u : b.units) {
            leads.addAll(u.figures());
            all.addAll(u.all());
        }
        Comparator<Report> byRef = Comparator.comparing(Report::articleId).thenComparingInt(Report::factIndex);
        leads.sort(byRef);
        all.sort(byRef);
        Reconciliation figures = Reconciliation.of(leads); // parts are inside their total, never added to it
        Report actor = mostGiven(leads, Report::actor);
        Report target = mostGiven(leads, Report::target);
        Report place = placeOf(leads);
        Report geo = leads.stream().max(Comparator.comparingInt((Report r) -> r.geo().depth())
                .thenComparing(r -> -leads.indexOf(r))).orElseThrow(); // the finest place of the gazetteer
        return new Event(seed.ref(), seed.category(), seed.type(), actor.actor(), actor.actorName(), target.target(),
                target.targetName(), place.location(),
                all.stream().map(Report::eventDate).min(Comparator.naturalOrder()).orElseThrow(), seed.month(),
                figures.low(), figures.best(), figures.high(), figures.qualifier(), all.size(),
                all.stream().map(Report::articleId).distinct().toList(),
                all.stream().map(Report::ref).toList(), geo.geo());
    }

    /**
     * The report whose place the event shows: the finest level any report gives, and at that level the place
     * most reports give ("2200 left Madaya" four times, "thousands evacuated" at al-Foua once), then the first.
     */
    private Report placeOf(List<Report> leads) {
        int finest = leads.stream().mapToInt(this::depth).max().orElseThrow();
        List<Report> atFinest = leads.stream().filter(r -> depth(r) == finest).toList();
        Map<String, Integer> counts = new HashMap<>();
        atFinest.forEach(r -> counts.merge(String.valueOf(r.location()), 1, Integer::sum));
        return atFinest.stream().min(Comparator.comparingInt((Report r) -> -counts.get(String.valueOf(r.location())))
                .thenComparingInt(atFinest::indexOf)).orElseThrow();
    }

    private int depth(Report r) {
        return r.location() == null ? -1 : places.depth(r.location());
    }

    /**
     * The report whose code the event shows: the code most reports give (a report that names none does not
     * count), then the most specific (longest: SYRMIL over SYR), then the first alphabetically.
     */
    private static Report mostGiven(List<Report> reports, Function<Report, String> code) {
        Map<String, Integer> counts = new HashMap<>();
        reports.forEach(r -> counts.merge(String.valueOf(code.apply(r)), code.apply(r) == null ? 0 : 1, Integer::sum));
        return reports.stream().min(Comparator
                .comparingInt((Report r) -> -counts.get(String.valueOf(code.apply(r))))
                .thenComparingInt(r -> -String.valueOf(code.apply(r)).length())
                .thenComparing(r -> String.valueOf(code.apply(r)))).orElseThrow();
    }
}
