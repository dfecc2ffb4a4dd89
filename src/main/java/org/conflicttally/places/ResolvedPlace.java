package org.conflicttally.places;

/**
 * Where a fact happened, as its columns give it: the country (ISO 3166 alpha-3), the province, the place
 * named and, at {@code precision}, the GeoNames place and point that locate it. A village the gazetteer
 * lacks keeps its name in {@code place} and is located at its province's or country's point.
 *
 * @param precision "town", "province" or "country": what {@code geonamesId}, latitude and longitude locate
 */
public record ResolvedPlace(String country, String admin1, String place, Long geonamesId, Double latitude,
                            Double longitude, String precision) {
    public ResolvedPlace {
        precision = precision == null ? "none" : precision;
    }

    /** No place known: every column null, precision "none". */
    public static final ResolvedPlace NONE = new ResolvedPlace(null, null, null, null, null, null, "none");

    /** How fine the place is: 0 none, 1 country, 2 province, 3 town. */
    public int depth() {
        return switch (precision) {
            case "town" -> 3;
            case "province" -> 2;
            case "country" -> 1;
            default -> 0;
        };
    }

    /**
     * Whether two places may be where one event happened: either unknown, or one lying in the other (a
     * town, its province and its country), never two towns, two provinces or two countries.
     */
    public boolean compatible(ResolvedPlace o) {
        if (o == null || country == null || o.country == null) {
            return true;
        }
        if (!country.equals(o.country)) {
            return false;
        }
        if (depth() <= 1 || o.depth() <= 1 || admin1 == null || o.admin1 == null) {
            return true;
        }
        if (!admin1.equals(o.admin1)) {
            return false;
        }
        if (depth() == 2 && admin1.equals(place) || o.depth() == 2 && o.admin1.equals(o.place)) {
            return true; // a province and a place in it
        }
        // two towns: the same GeoNames town (spelt two ways), or the same name of a village it lacks
        return depth() == 3 && o.depth() == 3 ? geonamesId.equals(o.geonamesId) : java.util.Objects.equals(place, o.place);
    }
}
