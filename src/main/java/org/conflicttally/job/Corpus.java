package org.conflicttally.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.conflicttally.article.Rejection;

/**
 * The input files of a run, by format, from the paths a user gave (files or folders, local or any Hadoop
 * file system). A file of no known format is not skipped in silence: it becomes a reject.
 *
 * @param txt         one article a file
 * @param jsonLines   one article a line ({@code .jsonl}, {@code .json}, optionally {@code .gz}/{@code .bz2})
 * @param unsupported files of no known format, as rejects
 */
record Corpus(List<String> txt, List<String> jsonLines, List<Rejection> unsupported) {

    /** Compressions Hadoop's text reader undoes by extension; {@code .txt} files are read raw, so not them. */
    private static final List<String> COMPRESSIONS = List.of(".gz", ".bz2");

    int files() {
        return txt.size() + jsonLines.size() + unsupported.size();
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
        List<String> txt = new ArrayList<>();
        List<String> jsonLines = new ArrayList<>();
        List<Rejection> unsupported = new ArrayList<>();
        for (String given : paths) {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(path);   // FileNotFoundException names the path
            List<Path> files = new ArrayList<>();
            if (status.isDirectory()) {
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
                while (it.hasNext()) {
                    Path p = it.next().getPath();
                    if (!ignored(p.getName())) {
                        files.add(p);
                    }
                }
            } else {
                files.add(status.getPath());
            }
            files.sort(null);   // deterministic order: ids that collide resolve the same way every run
            for (Path file : files) {
                String uri = file.toString();
                switch (Format.of(file.getName())) {
                    case TXT -> txt.add(uri);
                    case JSON_LINES -> jsonLines.add(uri);
                    case UNSUPPORTED -> unsupported.add(new Rejection(uri, 0,
                            "unsupported file type: expected .txt, .jsonl or .json (.gz/.bz2 for JSON Lines)", ""));
                }
            }
        }
        return new Corpus(List.copyOf(txt), List.copyOf(jsonLines), List.copyOf(unsupported));
    }

    static boolean ignored(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.endsWith(".expected.json")
                || name.endsWith(".md"); // a corpus folder's README and credits are documentation, not articles
    }

    /** The reader a file needs, from its name. */
    enum Format {
        TXT, JSON_LINES, UNSUPPORTED;

        static Format of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".txt")) {
                return TXT;
            }
            for (String c : COMPRESSIONS) {
                if (n.endsWith(c)) {
                    n = n.substring(0, n.length() - c.length());
                    break;
                }
            }
            return n.endsWith(".jsonl") || n.endsWith(".json") ? JSON_LINES : UNSUPPORTED;
        }
    }
}
