package org.conflicttally.facts;

/**
 * A trigger word's meaning ({@code triggers.tsv}): the fact type it signals, how it governs its number
 * and what the counted noun must be.
 */
record Trigger(String category, String type, Form form, String head) {
    /** How a trigger relates to its number; see the header of triggers.tsv. */
    enum Form { PARTICIPLE, VERB, PREDICATE, NOUN, TOLL }

    boolean untyped() {
        return type.equals("any");
    }

    /** Whether its counted noun is people: a person noun, or any noun for head {@code open}. */
    boolean countsPeople() {
        return head.equals("person") || head.equals("open");
    }

    /** Whether a number after the trigger can be its object: "killed 45", "killing 27". */
    boolean active() {
        return form == Form.PARTICIPLE || form == Form.VERB;
    }

    /** Whether a number before the trigger can be its subject: "45 were killed", "45 dead". */
    boolean passive() {
        return form == Form.PARTICIPLE || form == Form.PREDICATE;
    }
}
