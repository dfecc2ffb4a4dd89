package org.conflicttally.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each row of {@code places.tsv} located in the gazetteer: its country, its province (the first row up its
 * parents that is a province, else the gazetteer's province of the town it is), and the GeoNames town,
 * province or country that gives it a point. A row the gazetteer lacks (a village, a quarter, a front) keeps
 * its name and is located at its province's or country's point. Built once per place lexicon; immutable.
 */
public final class PlaceLinks {
    private final Gazetteer gazetteer;
    private final Map<String, ResolvedPlace> byName = new HashMap<>();
    /** The gazetteer place each row is, when it is one (a town, a province or a country). */
    private final Map<String, GeoPlace> same = new HashMap<>();

    private PlaceLinks(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static PlaceLinks link(PlaceLexicon lex, Gazetteer g) {
        PlaceLinks links = new PlaceLinks(g);
        for (PlaceLexicon.Place p : lex.all()) {
            GeoPlace own = links.find(lex, p);
            if (own != null) {
                links.same.put(p.name(), own);
            }
        }
        for (PlaceLexicon.Place p : lex.all()) { // "Damascus Governorate" is the province of the towns in it
            if (!links.same.containsKey(p.name()) && (p.kind().equals("province") || p.kind().equals("region"))) {
                GeoPlace province = links.provinceOfTownsIn(lex, p);
                if (province != null) {
                    links.same.put(p.name(), province);
                }
            }
        }
        for (PlaceLexicon.Place p : lex.all()) {
            links.byName.put(p.name(), links.resolve(lex, p));
        }
        return links;
    }

    /** The row of this name located, or {@link ResolvedPlace#NONE} for a name that is no row. */
    public ResolvedPlace of(String name) {
        return name == null ? ResolvedPlace.NONE : byName.getOrDefault(name, ResolvedPlace.NONE);
    }

    /** The gazetteer place a row of this name is, or null (a village, a region, a quarter). */
    public GeoPlace geo(String name) {
        return name == null ? null : same.get(name);
    }

    /** A place of the gazetteer as a fact's columns give it. */
    public static ResolvedPlace resolved(Gazetteer g, GeoPlace p) {
        GeoPlace province = g.province(p);
        String precision = switch (p.kind()) {
            case TOWN -> "town";
            case PROVINCE -> "province";
            case COUNTRY -> "country";
        };
        return new ResolvedPlace(p.country(), province == null ? null : province.name(), p.name(), p.geonamesId(),
                point(p.latitude()), point(p.longitude()), precision);
    }

    private static Double point(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** The gazetteer place of the row's kind, in its country, one of whose spellings is one of the row's. */
    private GeoPlace find(PlaceLexicon lex, PlaceLexicon.Place p) {
        GeoPlace.Kind kind = switch (p.kind()) {
            case "country" -> GeoPlace.Kind.COUNTRY;
            case "province", "region" -> GeoPlace.Kind.PROVINCE;
            case "city", "town" -> GeoPlace.Kind.TOWN;
            default -> null; // a district: a quarter of a city, never the gazetteer's town of the same name
        };
        if (kind == GeoPlace.Kind.COUNTRY) {
            return gazetteer.country(p.country());
        }
        if (kind == null) {
            return null;
        }
        GeoPlace best = null;
        for (String alias : lex.aliases(p.name())) {
            String head = alias.split(",")[0]; // "tripoli, lebanon"
            for (String spelling : List.of(alias, alias.replace('-', ' '), alias.replace(' ', '-'), head)) {
                for (int c : gazetteer.spelled(spelling)) {
                    GeoPlace g = gazetteer.candidate(c);
                    if (g.kind() == kind && g.country().equals(p.country())
                            && (best == null || g.population() > best.population())) {
                        best = g;
                    }
                }
            }
        }
        return best;
    }

    /** The gazetteer's province of every row one level below {@code p} found in the gazetteer, if they agree. */
    private GeoPlace provinceOfTownsIn(PlaceLexicon lex, PlaceLexicon.Place p) {
        GeoPlace found = null;
        for (PlaceLexicon.Place child : lex.all()) {
            GeoPlace g = p.name().equals(child.parent()) ? same.get(child.name()) : null;
            if (g != null && g.kind() == GeoPlace.Kind.TOWN) {
                GeoPlace province = gazetteer.province(g);
                if (province == null || found != null && found != province) {
                    return null;
                }
                found = province;
            }
        }
        return found;
    }

    private ResolvedPlace resolve(PlaceLexicon lex, PlaceLexicon.Place p) {
        GeoPlace own = same.get(p.name());
        if (own != null) {
            ResolvedPlace r = resolved(gazetteer, own);
            String province = provinceName(lex, p);
            // the lexicon's province wins where the two disagree: the row is what the user wrote
            // the row's own name (as the user writes it) and, where the two disagree, its province
            return new ResolvedPlace(r.country(), province != null && own.kind() == GeoPlace.Kind.TOWN ? province
                    : r.admin1(), own.kind() == GeoPlace.Kind.TOWN ? p.name() : r.place(), r.geonamesId(),
                    r.latitude(), r.longitude(), r.precision());
        }
        GeoPlace at = null;
        for (String up : lex.ancestors(p.name())) {
            at = same.get(up);
            if (at != null && !up.equals(p.name())) {
                break;
            }
        }
        if (at == null) {
            at = gazetteer.country(p.country());
        }
        if (at == null) {
            return new ResolvedPlace(p.country(), provinceName(lex, p), p.name(), null, null, null, "none");
        }
        ResolvedPlace r = resolved(gazetteer, at);
        String province = provinceName(lex, p);
        return new ResolvedPlace(p.country(), province != null ? province : r.admin1(), p.name(), r.geonamesId(),
                r.latitude(), r.longitude(), r.precision());
    }

    /** The name of the province the row lies in (itself for a province): the gazetteer's when linked. */
    private String provinceName(PlaceLexicon lex, PlaceLexicon.Place p) {
        for (String up : lex.ancestors(p.name())) {
            PlaceLexicon.Place row = lex.place(up);
            GeoPlace g = same.get(up);
            if (g != null && g.kind() == GeoPlace.Kind.PROVINCE) {
                return g.name();
            }
            if (row.kind().equals("province")) {
                return row.name();
            }
            if (g != null && g.kind() == GeoPlace.Kind.TOWN && !up.equals(p.name())) {
                GeoPlace province = gazetteer.province(g);
                return province == null ? null : province.name();
            }
        }
        return null;
    }
}
