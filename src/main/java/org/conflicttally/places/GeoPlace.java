package org.conflicttally.places;

/**
 * One place of the bundled GeoNames gazetteer: a country, a first-level division (province, governorate,
 * state) or a town of 15,000 people or more.
 *
 * @param admin1    the GeoNames admin1 code within the country ("24" for Kunduz); "" for a country
 * @param latitude  NaN when GeoNames gives the place no town to take a point from
 */
public record GeoPlace(int index, long geonamesId, Kind kind, String name, String country, String admin1,
                       double latitude, double longitude, long population) {
    /** What a place is, coarsest first. */
    public enum Kind {
        COUNTRY, PROVINCE, TOWN
    }

    /** The key of this place's province, "AFG.24"; null for a country. */
    public String provinceKey() {
        return kind == Kind.COUNTRY ? null : country + "." + admin1;
    }
}
