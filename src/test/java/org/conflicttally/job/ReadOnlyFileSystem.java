package org.conflicttally.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local file system under the scheme {@code readonly:}, where creating a folder is refused, as in a
 * folder without write permission (which tests running as root cannot make).
 */
public final class ReadOnlyFileSystem extends SchemeFileSystem {
    private static final String SCHEME = "readonly";

    public ReadOnlyFileSystem() {
        super(SCHEME);
    }

    static Configuration register(Configuration conf) {
        return register(conf, SCHEME, ReadOnlyFileSystem.class);
    }

    static void unregister(Configuration conf) {
        unregister(conf, SCHEME);
    }

    @Override
    public boolean mkdirs(Path f, FsPermission permission) throws IOException {
        throw new AccessDeniedException(f.toString(), null, "Permission denied");
    }

    @Override
    public boolean mkdirs(Path f) throws IOException {
        throw new AccessDeniedException(f.toString(), null, "Permission denied");
    }
}
