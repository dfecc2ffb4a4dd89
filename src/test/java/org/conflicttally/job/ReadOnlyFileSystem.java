package org.conflicttally.job;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local file system under the scheme {@code readonly:}, where creating a folder is refused, as in a
 * folder without write permission (which tests running as root cannot make).
 */
public final class ReadOnlyFileSystem extends RawLocalFileSystem {
    static Configuration register(Configuration conf) {
        conf.set("fs.readonly.impl", ReadOnlyFileSystem.class.getName());
        conf.setBoolean("fs.readonly.impl.disable.cache", true);
        return conf;
    }

    static void unregister(Configuration conf) {
        conf.unset("fs.readonly.impl");
        conf.unset("fs.readonly.impl.disable.cache");
    }

    @Override
    public URI getUri() {
        return URI.create("readonly:///");
    }

    @Override
    public String getScheme() {
        return "readonly";
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
