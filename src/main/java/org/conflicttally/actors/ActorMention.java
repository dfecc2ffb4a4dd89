package org.conflicttally.actors;

/**
 * An actor named in a sentence, tokens [{@code from}, {@code to}).
 *
 * @param country ISO alpha-3 when a country was named, else null
 * @param role    MIL, GOV, REB, OPP or CVL when a role noun was named, else null
 * @param code    the full code when known ("TURMIL", "ISL", "CVL"); null for a role whose country the
 *                context must supply ("soldiers")
 * @param place   the country is named as a place ("the Iraqi city of Ramadi", "in northern Syria"): it
 *                tells which country the article is about, but it is no actor or target
 */
public record ActorMention(int from, int to, String country, String role, String code, Kind kind, boolean place) {
    /** How the name was built. */
    public enum Kind { COUNTRY, COUNTRY_ROLE, GROUP, ROLE }

    /** An actor (not a place). */
    public ActorMention(int from, int to, String country, String role, String code, Kind kind) {
        this(from, to, country, role, code, kind, false);
    }

    /** The same mention with the country filled in from context. */
    public ActorMention withCountry(String iso3) {
        return new ActorMention(from, to, iso3, role, iso3 + role, kind);
    }
}
