package org.conflicttally.job;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;

/**
 * Hadoop's line reader, one split per file. The rejects table gives line numbers, which a split that
 * starts mid-file cannot know without a second pass over the file. Parallelism is not lost: the job
 * redistributes articles by id (the duplicate-id step) before extracting facts.
 */
public final class WholeFileTextInputFormat extends TextInputFormat {
    @Override
    protected boolean isSplitable(JobContext context, Path file) {
        return false;
    }
}
