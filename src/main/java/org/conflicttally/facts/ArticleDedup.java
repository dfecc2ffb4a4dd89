package org.conflicttally.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conflicttally.numbers.Quantity;

/**
 * One fact per event within an article. A headline, caption or title repeats a figure of the body: it
 * folds into the body's fact (the two reports reconcile: the highest low, an open high if either is
 * open). Two body sentences with the same type, figure, target and day tell one event twice; two counts
 * joined in one list of a sentence are two ("the driver and a passenger").
 */
final class ArticleDedup {
    /** Tokens between two noun phrases of one list: "and", ",", "as well as". */
    private static final int LIST_GAP = 4;

    private ArticleDedup() {
    }

    static List<Draft> apply(List<Draft> drafts) {
        List<Draft> body = new ArrayList<>();
        List<Draft> headlines = new ArrayList<>();
        for (Draft d : drafts) {
            (d.headline ? headlines : body).add(d);
        }
        List<Draft> kept = new ArrayList<>();
        for (Draft d : body) {
            Draft twin = find(kept, d, true);
            if (twin != null) {
                merge(twin, d);
            } else {
                kept.add(d);
            }
        }
        List<Draft> lone = new ArrayList<>();
        for (Draft h : headlines) {
            Draft twin = find(kept, h, false);
            if (twin == null) {
                twin = find(lone, h, false);
            }
            if (twin != null) {
                merge(twin, h);
            } else {
                lone.add(h);
            }
        }
        kept.addAll(lone);
        kept.sort((a, b) -> Integer.compare(a.charStart, b.charStart));
        return kept;
    }

    private static Draft find(List<Draft> kept, Draft d, boolean sameDay) {
        for (Draft k : kept) {
            if (!k.type.equals(d.type) || k.point() != d.point() || !sameSide(k.target, d.target)) {
                continue;
            }
            if (sameDay && (!Objects.equals(k.eventDate, d.eventDate) || !k.sameValues(d))) {
                continue;
            }
            if (sameDay && k.sentence == d.sentence && Math.abs(d.npFrom - k.npTo) <= LIST_GAP) {
                continue; // "the driver and a passenger", "two soldiers and two attackers": one list, two counts
            }
            return k;
        }
        return null;
    }

    private static boolean sameSide(String a, String b) {
        return a == null || b == null || a.regionMatches(0, b, 0, Math.min(3, Math.min(a.length(), b.length())));
    }

    /** Folds {@code other} into {@code keep}: the body's wording wins, bounds widen to cover both. */
    private static void merge(Draft keep, Draft other) {
        keep.cumulative |= other.cumulative;
        if (keep.cumulative && Quantity.EXACT.equals(keep.qualifier) && Quantity.AT_LEAST.equals(other.qualifier)
                && Objects.equals(keep.low, other.low)) {
            // a running total that another line calls "at least 19" is a floor, not a final count
            keep.high = null;
            keep.qualifier = Quantity.AT_LEAST;
        }
        if (keep.actor == null) {
            keep.actor = other.actor;
            keep.actorImplied = other.actorImplied;
        }
        if (keep.target == null) {
            keep.target = other.target;
        }
        if (keep.claimedBy == null) {
            keep.claimedBy = other.claimedBy;
        }
        if (keep.location == null) {
            keep.location = other.location;
        }
        if (keep.geo.depth() < other.geo.depth() && other.geo.compatible(keep.geo)) {
            keep.geo = other.geo; // the finer of two places of one fact
        }
    }
}
