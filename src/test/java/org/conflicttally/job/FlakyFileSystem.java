package org.conflicttally.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSInputStream;

/**
 * The local file system under the scheme {@code flaky:}, where reading any file fails after its first
 * {@value #GOOD_BYTES} bytes, as on a disk or a network that went away. Writing works.
 */
public final class FlakyFileSystem extends SchemeFileSystem {
    static final int GOOD_BYTES = 1000;
    static final String FAILURE = "the disk went away";
    private static final String SCHEME = "flaky";

    public FlakyFileSystem() {
        super(SCHEME);
    }

    /** Registers the scheme in {@code conf}. */
    static Configuration register(Configuration conf) {
        return register(conf, SCHEME, FlakyFileSystem.class);
    }

    static void unregister(Configuration conf) {
        unregister(conf, SCHEME);
    }

    @Override
    public FSDataInputStream open(org.apache.hadoop.fs.Path f, int bufferSize) throws IOException {
        InputStream in = Files.newInputStream(Path.of(f.toUri().getPath()));
        return new FSDataInputStream(new FSInputStream() {
            private long pos;

            @Override
            public int read() throws IOException {
                if (pos >= GOOD_BYTES) {
                    throw new IOException(FAILURE);
                }
                pos++;
                return in.read();
            }

            @Override
            public void seek(long p) throws IOException {
                throw new IOException(FAILURE);
            }

            @Override
            public long getPos() {
                return pos;
            }

            @Override
            public boolean seekToNewSource(long target) {
                return false;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        });
    }
}
