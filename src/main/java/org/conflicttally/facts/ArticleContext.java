package org.conflicttally.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What one article has established so far, for the sentences that lean on it: the country of a bare
 * "soldiers", the actor of "the attack", the full name behind "the ministry". Lives for one article.
 */
final class ArticleContext {
    final LocalDate reference;
    /** The country the article is mostly about: the default for "regime", "rebels", "terrorists". */
    final String homeCountry;
    /** The armed group an article names most, at least twice: what its bare "terrorists", "rebels" are. */
    final String homeGroup;
    /** Whether the article speaks of an evacuation: then people who "left" a town were evacuated. */
    final boolean aboutEvacuation;
    final Map<String, String> countryByRole = new HashMap<>();
    final Map<String, String> nameByHeadWord = new HashMap<>();
    String lastActor;
    int lastActorSentence = -10;
    LocalDate lastEventDate;
    /** The sentence that placed an event only in a year before the article's ("in 2013"), or -10. */
    int recalledYearSentence = -10;
    String lastLocation;
    /** The last armed group a sentence named, and that sentence: what "the extremists" next points back to. */
    String lastGroup;
    int lastGroupSentence = -10;
    /** The first place of the last sentence that named one, the lexicon's or the gazetteer's. */
    org.conflicttally.places.ResolvedPlace lastPlace;
    /** Where a fact is when no sentence before it names a place: the country the article names most. */
    org.conflicttally.places.ResolvedPlace articlePlace = org.conflicttally.places.ResolvedPlace.NONE;
    /** "ISIL claimed responsibility": who, and in which sentence; given to the unattributed facts before it. */
    final java.util.List<int[]> responsibilitySentences = new java.util.ArrayList<>();
    final java.util.List<String> responsibleActors = new java.util.ArrayList<>();
    /** Numbers read but not believed, and why: reported with the article, never silently dropped. */
    final java.util.List<String> warnings = new java.util.ArrayList<>();

    ArticleContext(LocalDate reference, String homeCountry, String homeGroup, boolean aboutEvacuation) {
        this.reference = reference;
        this.homeCountry = homeCountry;
        this.homeGroup = homeGroup;
        this.aboutEvacuation = aboutEvacuation;
    }
}
