package org.conflicttally.job;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system under a scheme of its own, for tests that need a file system that misbehaves in one
 * way ({@link FlakyFileSystem}, {@link ReadOnlyFileSystem}). Registered per configuration, uncached, so a
 * test's instance never leaks into another's.
 */
abstract class SchemeFileSystem extends RawLocalFileSystem {
    private final String scheme;

    SchemeFileSystem(String scheme) {
        this.scheme = scheme;
    }

    static Configuration register(Configuration conf, String scheme, Class<? extends SchemeFileSystem> type) {
        conf.set("fs." + scheme + ".impl", type.getName());
        conf.setBoolean("fs." + scheme + ".impl.disable.cache", true);
        return conf;
    }

    static void unregister(Configuration conf, String scheme) {
        conf.unset("fs." + scheme + ".impl");
        conf.unset("fs." + scheme + ".impl.disable.cache");
    }

    @Override
    public URI getUri() {
        return URI.create(scheme + ":///");
    }

    @Override
    public String getScheme() {
        return scheme;
    }
}
