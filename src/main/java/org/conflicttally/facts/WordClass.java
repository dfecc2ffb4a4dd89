package org.conflicttally.facts;

/**
 * The classes of function words in {@code words.tsv} (see its header for what each is for). An enum so
 * that a rule names the class it tests and a look-up is a bit test on the token's vocabulary id.
 */
enum WordClass {
    NP_END("np_end"), PERFECT("perfect"), PREPOSITION("preposition"), CLAUSE_OPENER("clause_opener"),
    TRANSPARENT("transparent"), POSSESSIVE("possessive"), LOCATION_PREPOSITION("location_preposition"),
    ASIDE_PREPOSITION("aside_preposition"), NAME_NOUN("name_noun"), NO_COUNT_AFTER("no_count_after"),
    ABSURD_SCALE("absurd_scale"), BE("be"), BE_ADVERB("be_adverb"), JOINER("joiner"), PARTITIVE("partitive"),
    PARTITIVE_PRONOUN("partitive_pronoun"), GENITIVE("genitive"), DEFINITE("definite"), ARTICLE("article"),
    OTHERS("others"), RESPONSIBILITY("responsibility"), TALLY_MONTH("tally_month"), INDEFINITE("indefinite"),
    CLOCK_BEFORE("clock_before"), NAME_LINK("name_link"), ORIGIN("origin"),
    ANAPHORIC("anaphoric"), YEAR_BEFORE("year_before"), SUBJECT_PRONOUN("subject_pronoun"),
    COUNT_CONTAINER("count_container"), DIVISION("division"), SEVERITY("severity"), ONE_ALONE("one_alone"),
    SINGULAR_DEFINITE("singular_definite");

    /** The name in the first column of words.tsv. */
    final String kind;
    /** This class's bit in {@link WordClasses}' per-word masks (at most 64 classes). */
    final long bit;

    WordClass(String kind) {
        this.kind = kind;
        this.bit = 1L << ordinal();
    }

    static WordClass byKind(String kind) {
        for (WordClass c : values()) {
            if (c.kind.equals(kind)) {
                return c;
            }
        }
        return null;
    }
}
