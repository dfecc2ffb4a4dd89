package org.conflicttally.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The local-mode run of the job through scripts/spark-submit on seeds/ (the seed article and the 744
 * FA-KES articles), made once per test JVM and shared by the integration tests.
 */
final class SeedRuns {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private static Run seeds;

    /** A finished run: its output folder and what spark-submit printed. */
    record Run(Path output, Scripts.Result result) {
    }

    private SeedRuns() {
    }

    /** {@code scripts/spark-submit --master local[2] ... seeds --output target/it/local-seeds}. */
    static synchronized Run seeds() throws IOException, InterruptedException {
        if (seeds == null) {
            seeds = run("seeds", "local-seeds");
        }
        return seeds;
    }

    private static Run run(String corpus, String folder) throws IOException, InterruptedException {
        Path output = Scripts.IT.resolve(folder);
        Scripts.Result result = Scripts.submit(TIMEOUT, "local[2]", corpus, "--output", output.toString())
                .assertSuccess();
        return new Run(output, result);
    }
}
