package org.conflicttally.job;

/** What a run does with an existing output folder ({@code --mode}). */
enum RunMode {
    /** Replace it: every table is written afresh from this run's input. */
    OVERWRITE,
    /**
     * Add this run's articles to an earlier run's output: facts, articles and rejects are appended, the events
     * of the months the new facts touch are recomputed from all facts of those months (old and new) and
     * replace those months only, and the small tables (monthly, running totals) are rebuilt from the events
     * and facts tables. See {@link Incremental}.
     */
    UPDATE
}
