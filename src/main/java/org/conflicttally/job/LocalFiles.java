package org.conflicttally.job;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}), setting permissions through java.nio instead of a
 * {@code chmod} process. Without Hadoop's native library (a plain Maven or pip install has none),
 * RawLocalFileSystem forks {@code chmod} for every folder and file it makes: 1,788 processes in one run of the
 * 1G bench corpus, each a fork of a JVM of 1.5 GB. The job's own session uses it for {@code file:} (see
 * {@link SparkSettings}); everything else is Hadoop's, checksums included.
 */
public final class LocalFiles extends LocalFileSystem {
    /** The Spark property that makes a session's {@code file:} paths use this class. */
    static final String PROPERTY = "spark.hadoop.fs.file.impl";

    public LocalFiles() {
        super(new Raw());
    }

    /** The raw file system under the checksums: only {@link #setPermission} differs from Hadoop's. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            File file = pathToFile(p);
            PosixFileAttributeView view = Files.getFileAttributeView(file.toPath(), PosixFileAttributeView.class);
            if (view == null) {   // not a POSIX file system (Windows): Hadoop's own way
                super.setPermission(p, permission);
                return;
            }
            view.setPermissions(posix(permission.toShort()));
        }

        /** Unix mode bits (rwxrwxrwx, lowest nine) as NIO's set; the sticky and set-id bits are not kept. */
        static Set<PosixFilePermission> posix(int mode) {
            Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
            PosixFilePermission[] byBit = {   // from bit 8 (owner read) down to bit 0 (others execute)
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE};
            for (int i = 0; i < byBit.length; i++) {
                if ((mode & (1 << (8 - i))) != 0) {
                    set.add(byBit[i]);
                }
            }
            return set;
        }
    }
}
