package org.conflicttally.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark settings of the job, in one place because the benchmark ({@code scripts/bench}) measures with the
 * same ones: the settings of a session the job starts itself, and the runtime settings its tables depend on.
 */
public final class SparkSettings {
    private static final String LISTING_THRESHOLD = "spark.sql.sources.parallelPartitionDiscovery.threshold";

    private SparkSettings() {
    }

    /**
     * The settings of a session the job starts itself (also what scripts/bench rewrite measures with); a
     * notebook's or a test's existing session keeps its own.
     *
     * @param master null for the one spark-submit passes, else local[*]
     */
    public static SparkSession.Builder sessionBuilder(String appName, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                // The job persists its stages on disk. Java serialization keeps every object of a block it
                // writes until it resets (every 100 objects): 100 column batches of article text, about 1 GB
                // of heap in a 1 GB corpus. Kryo keeps none (scripts/bench: heap after GC 1.2 GB -> 0.3 GB).
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                // Shuffles by month (facts, events) end in partitions of whole months, of uneven sizes. Adaptive
                // execution would merge them into one partition per core, and the last, largest one ran alone
                // for seconds; partitions of about 16 MB keep the cores busy to the end (scripts/bench, 1G:
                // 92.8 s -> 89.1 s).
                .config("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false")
                .config("spark.sql.adaptive.advisoryPartitionSizeInBytes", "16m");
        SparkConf submitted = new SparkConf();   // spark-submit passes its --master and --conf as properties
        String effectiveMaster = master != null ? master : submitted.get("spark.master", "local[*]");
        builder.master(effectiveMaster);
        if (!submitted.contains(LocalFiles.PROPERTY)) {   // file: paths without a chmod process per folder and file
            builder.config(LocalFiles.PROPERTY, LocalFiles.class.getName());
        }
        // The job reads back the tables it wrote, whose month folders (hundreds) Spark lists with a job of
        // a task per folder above 32 folders: 1.1 to 1.6 s each time on the 1G bench corpus in local[2], where
        // listing them in the driver takes milliseconds. In local mode those tasks run on the same few cores
        // anyway; on a cluster the listing job is kept (many folders on an object store list faster in parallel).
        if (effectiveMaster.startsWith("local") && !submitted.contains(LISTING_THRESHOLD)) {
            builder.config(LISTING_THRESHOLD, "100000");
        }
        return builder;
    }

    /** Settings the tables depend on: runtime SQL settings, so they apply to an existing session too. */
    public static void configure(SparkSession spark) {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        // java.time.LocalDate in rows, as the core uses; java.sql.Date would shift with the JVM's zone.
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        // Lets adaptive execution shrink the partitions of persisted stages too. Without it every stage
        // after a persisted shuffle runs spark.sql.shuffle.partitions (200) tasks: 49 s instead of 11 s for
        // the one seed article in local mode.
        spark.conf().set("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
        // The stages the job persists are read whole, never filtered on a column: compressing them column by
        // column (statistics of every string) cost a tenth of the job's CPU and saved nothing (scripts/bench).
        spark.conf().set("spark.sql.inMemoryColumnarStorage.compressed", "false");
        // Parquet pages in zstd rather than snappy: a third smaller (facts, mostly sentences), for about the
        // same CPU; pandas/pyarrow, DuckDB and polars read it.
        spark.conf().set("spark.sql.parquet.compression.codec", "zstd");
    }
}
