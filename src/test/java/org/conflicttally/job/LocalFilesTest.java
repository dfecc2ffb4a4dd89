package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalFilesTest {
    @TempDir
    java.nio.file.Path dir;

    @ParameterizedTest
    @CsvSource({"0755, rwxr-xr-x", "0644, rw-r--r--", "0700, rwx------", "0640, rw-r-----", "0000, ---------",
            "0777, rwxrwxrwx", "1777, rwxrwxrwx", "0421, r---w---x"})
    void modeBitsBecomeNioPermissions(String octal, String expected) {
        assertEquals(expected, PosixFilePermissions.toString(LocalFiles.Raw.posix(Integer.parseInt(octal, 8))));
    }

    /** The same calls through Hadoop's LocalFileSystem (which forks chmod) and LocalFiles leave the same files. */
    @ParameterizedTest
    @CsvSource({"0750, 0640", "0755, 0644", "0700, 0600"})
    void foldersAndFilesGetThePermissionsHadoopGives(String folderMode, String fileMode) throws IOException {
        String hadoops = made(new LocalFileSystem(), "hadoop", folderMode, fileMode);
        String ours = made(new LocalFiles(), "ours", folderMode, fileMode);
        assertEquals(hadoops, ours);
        assertTrue(ours.startsWith(PosixFilePermissions.toString(LocalFiles.Raw.posix(Integer.parseInt(folderMode, 8)))),
                ours);
    }

    @org.junit.jupiter.api.Test
    void theSparkPropertyMakesFileSchemePathsUseIt() throws IOException {
        Configuration conf = new Configuration(false);
        conf.set(LocalFiles.PROPERTY.substring("spark.hadoop.".length()), LocalFiles.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        FileSystem fs = FileSystem.get(URI.create("file:///"), conf);
        assertInstanceOf(LocalFiles.class, fs);
        Path file = new Path(dir.toUri().toString(), "a/b/c.txt");
        try (FSDataOutputStream out = fs.create(file)) {
            out.write("text".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("text", Files.readString(dir.resolve("a/b/c.txt")));
        assertTrue(Files.exists(dir.resolve("a/b/.c.txt.crc")), "checksums are Hadoop's, as before");
    }

    /** Folder, file and checksum file permissions and the file's text, as one string to compare. */
    private String made(LocalFileSystem fs, String name, String folderMode, String fileMode) throws IOException {
        fs.initialize(URI.create("file:///"), new Configuration(false));
        Path folder = new Path(dir.resolve(name).toUri().toString(), "x/y");
        assertTrue(fs.mkdirs(folder, new FsPermission(Short.parseShort(folderMode, 8))));
        Path file = new Path(folder, "part.txt");
        try (FSDataOutputStream out = fs.create(file, new FsPermission(Short.parseShort(fileMode, 8)), false, 4096,
                (short) 1, 1 << 20, null)) {
            out.write("rows".getBytes(StandardCharsets.UTF_8));
        }
        java.nio.file.Path local = dir.resolve(name).resolve("x/y");
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(local)) + " "
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(local.resolve("part.txt"))) + " "
                + Files.readString(local.resolve("part.txt"));
    }
}
