package org.conflicttally.job;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * One line on standard error as each stage of a run ends, so that a long run shows where it is (Spark's
 * own console progress bar is off). The end-of-run summary (summary.json, {@link RunSummary}) keeps the
 * same seconds; these lines are for watching, not for reading back.
 */
final class Progress {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream err;
    private final long start = System.nanoTime();

    Progress(PrintStream err) {
        this.err = err;
    }

    /** Progress lines of a run of the job: on standard error, beside Spark's log lines. */
    static Progress toStderr() {
        return new Progress(System.err);
    }

    void started(int inputPaths, String output) {
        line(String.format("started: %d input path(s) -> %s", inputPaths, output));
    }

    void stageDone(String stage, double seconds) {
        line(String.format("%-36s %7.1f s  (%.1f s so far)", stage, seconds, (System.nanoTime() - start) / 1e9));
    }

    private void line(String text) {
        err.println(LocalTime.now().format(CLOCK) + " conflict-tally: " + text);
        err.flush();
    }
}
