package org.conflicttally.facts;

/**
 * The kinds of cue phrase in {@code cues.tsv} (see its header for what each means). An enum rather than
 * the file's names so that the reader's look-ups index arrays instead of hashing a name per token.
 */
enum Cue {
    AGENT("agent"), AUX("aux"), BY("by"), CLAIM_AFTER("claim_after"), CLAIM_BEFORE("claim_before"),
    CUMULATIVE("cumulative"), EVENT("event"), SINGLE_EVENT("single_event"), STOCK("stock"), SUBSET("subset"),
    TOLL_LINK("toll_link"), WAR("war"), OBJECT_LEAD("object_lead"), AT_LEAST_AFTER("at_least_after"),
    RECENT_DAYS("recent_days"), DEPARTURE("departure"), EVACUATION("evacuation"), IRREALIS("irrealis"),
    SPAN_JOINER("span_joiner"), PART_AFTER("part_after"), COMPARISON("comparison");

    /** The name in the first column of cues.tsv. */
    final String kind;

    Cue(String kind) {
        this.kind = kind;
    }
}
