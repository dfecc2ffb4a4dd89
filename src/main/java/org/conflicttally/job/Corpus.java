package org.conflicttally.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.conflicttally.article.Rejection;

/**
 * The input files of a run, by format, from the paths a user gave (files or folders, local or any Hadoop
 * file system). A file of no known format is not skipped in silence: it becomes a reject.
 *
 * @param files       the files to read, .txt (one article a file), JSON Lines ({@code .jsonl},
 *                    {@code .json}: one article a line) and CSV ({@code .csv}: one a row), these optionally
 *                    {@code .gz}/{@code .bz2}, Parquet ({@code .parquet}: one a row) and WARC ({@code .warc},
 *                    {@code .warc.gz}: one record a crawled page), in path order
 * @param unsupported files of no known format, as rejects
 */
record Corpus(List<InputFile> files, List<Rejection> unsupported) {

    /** Compressions Hadoop's text reader undoes by extension; {@code .txt} files are read raw, so not them. */
    private static final List<String> COMPRESSIONS = List.of(".gz", ".bz2");

    /** A file to read: its path as the job saw it, its size, its format. */
    record InputFile(String uri, long bytes, Format format) implements java.io.Serializable {
        /** An uncompressed JSON Lines file: the only kind several tasks can read in pieces. */
        boolean splittable() {
            return format == Format.JSON_LINES && COMPRESSIONS.stream().noneMatch(uri.toLowerCase(Locale.ROOT)::endsWith);
        }
    }

    int fileCount() {
        return files.size() + unsupported.size();
    }

    /**
     * Lists the files under each path, recursively. Names starting with '.' or '_' (Hadoop's hidden files,
     * _SUCCESS, .crc) and the project's golden files ({@code *.expected.json}, which sit beside seed articles) and Markdown
     * notes ({@code *.md}: a corpus folder's README and credits)
     * are not input.
     *
     * @throws FileNotFoundException when a path does not exist
     */
    static Corpus expand(List<String> paths, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<Rejection> unsupported = new ArrayList<>();
        for (String given : paths) {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(path);   // FileNotFoundException names the path
            List<FileStatus> found = new ArrayList<>();
            collect(fs, status, found);
            found.sort(Comparator.comparing(FileStatus::getPath));   // deterministic: colliding ids resolve alike every run
            for (FileStatus file : found) {
                String uri = file.getPath().toString();
                Format format = Format.of(file.getPath().getName());
                if (format == Format.UNSUPPORTED) {
                    unsupported.add(new Rejection(uri, 0,
                            "unsupported file type: expected .txt, .jsonl, .json or .csv (.gz/.bz2 for these but .txt),"
                                    + " .parquet, .warc or .warc.gz", ""));
                } else {
                    files.add(new InputFile(uri, file.getLen(), format));
                }
            }
        }
        return new Corpus(List.copyOf(files), List.copyOf(unsupported));
    }

    /**
     * The files at or under {@code status}, by listStatus rather than listFiles: on a local file system without
     * Hadoop's native library, listFiles forks an {@code ls} per file for its permissions (thousands of .txt
     * files, thousands of processes); listStatus asks nothing the job does not use.
     */
    private static void collect(FileSystem fs, FileStatus status, List<FileStatus> found) throws IOException {
        if (!status.isDirectory()) {
            found.add(status);
            return;
        }
        for (FileStatus child : fs.listStatus(status.getPath())) {
            if (!ignored(child.getPath().getName())) {
                collect(fs, child, found);
            }
        }
    }

    static boolean ignored(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.endsWith(".expected.json")
                || name.endsWith(".md"); // a corpus folder's README and credits are documentation, not articles
    }

    /** The reader a file needs, from its name. */
    enum Format {
        TXT, JSON_LINES, CSV, PARQUET, WARC, UNSUPPORTED;

        static Format of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".txt")) {
                return TXT;
            }
            if (n.endsWith(".parquet")) {   // compressed inside, by column
                return PARQUET;
            }
            if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {   // jwarc reads its gzip members itself
                return WARC;
            }
            for (String c : COMPRESSIONS) {
                if (n.endsWith(c)) {
                    n = n.substring(0, n.length() - c.length());
                    break;
                }
            }
            return n.endsWith(".jsonl") || n.endsWith(".json") ? JSON_LINES : n.endsWith(".csv") ? CSV : UNSUPPORTED;
        }
    }
}
