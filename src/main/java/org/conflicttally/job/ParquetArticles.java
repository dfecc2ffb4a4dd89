package org.conflicttally.job;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Row;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.FieldArticles;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.Rejection;

/**
 * The rows of one Parquet file (a {@code .parquet} file, or each part file of a folder as Spark writes it),
 * each an article or a reject at its row number (from 1), by the field mapping of every input with fields.
 *
 * <p>Read with parquet-hadoop (the library Spark's own reader is built on) in the task that reads the file,
 * not with {@code spark.read().parquet}: so the text is read, mapped and read for facts in that task like any
 * other input's and never becomes a column of a Spark plan; the file is opened by its name (Spark's reader
 * takes paths as glob patterns); each row keeps its row number for the rejects table; each file is read with
 * its own schema (a part file without the text column gives rejects, not a failed schema merge); and a file
 * that is not Parquet, or is damaged, becomes a reject after the rows before the damage, where Spark's reader
 * fails the run or, with {@code ignoreCorruptFiles}, drops the rows unseen. Only the mapped columns are read.
 * A fault of the file system (not of the file) fails the task, which Spark retries.
 */
final class ParquetArticles implements Iterator<Row> {
    private static final int JULIAN_DAY_OF_EPOCH = 2_440_588;

    private final String file;
    private final FieldArticles fields;
    private final ScanRows rows;
    /** The file's stream, remembering whether the file system failed (as opposed to the bytes being bad). */
    private final InputFiles.SourceStream stream;
    private final FSDataInputStream raw;
    private ParquetFileReader reader;
    private MessageType projection;
    private RecordReader<Group> groups;
    private long groupRowsLeft;
    private long rowNumber;
    private Row next;
    private boolean done;

    ParquetArticles(String file, FileSystem fs, Path path, Configuration conf, FieldArticles fields, ScanRows rows)
            throws IOException {
        this.file = file;
        this.fields = fields;
        this.rows = rows;
        long length = fs.getFileStatus(path).getLen();
        this.raw = fs.open(path);
        this.stream = new InputFiles.SourceStream(raw);
        InputFile input = new InputFile() {
            @Override
            public long getLength() {
                return length;
            }

            @Override
            public SeekableInputStream newStream() {
                return seekable();
            }
        };
        InputFiles.closeWithTask(this::close);
        try {
            reader = ParquetFileReader.open(input, HadoopReadOptions.builder(conf).build());
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            projection = new MessageType(schema.getName(), mapped(fields.fields()).stream()
                    .filter(name -> schema.containsField(name) && isScalar(schema.getType(name))).distinct()
                    .map(schema::getType).toList());
            reader.setRequestedSchema(projection);
        } catch (IOException | RuntimeException e) {
            next = damaged(e);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = read();
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    private Row read() {
        Group group;
        try {
            while (groupRowsLeft == 0) {
                PageReadStore pages = reader.readNextRowGroup();
                if (pages == null) {
                    close();
                    return rowNumber == 0 ? rows.row(new Rejection(file, 0, "empty file: no Parquet row", ""), 0) : null;
                }
                groupRowsLeft = pages.getRowCount();
                groups = projection.getFieldCount() == 0 ? null
                        : new ColumnIOFactory().getColumnIO(projection).getRecordReader(pages, new GroupRecordConverter(projection));
            }
            group = groups == null ? null : groups.read();
        } catch (IOException | RuntimeException e) {
            return damaged(e);
        }
        groupRowsLeft--;
        long position = ++rowNumber;
        return rows.row(InputFiles.guarded(file, position, () -> excerpt(group), () -> article(group, position)), 0);
    }

    private ParseResult article(Group group, long position) {
        long bytes = group == null ? 0 : bytes(group);
        if (bytes > InputFiles.MAX_RECORD_BYTES) {
            return new Rejection(file, position, Rejection.tooLong(bytes, InputFiles.MAX_RECORD_BYTES), excerpt(group));
        }
        return fields.parse(file, position, name -> group == null ? null : value(group, name), () -> excerpt(group));
    }

    /** The names the mapping reads, in its order. */
    private static Set<String> mapped(ArticleFields f) {
        Set<String> names = new LinkedHashSet<>(List.of(f.id(), f.url(), f.source(), f.title()));
        names.addAll(f.published());
        names.addAll(f.text());
        return names;
    }

    /** A column of one value a row, not a list or a struct. */
    private static boolean isScalar(Type type) {
        return type.isPrimitive() && !type.isRepetition(Type.Repetition.REPEATED);
    }

    /** A row's value as {@link FieldArticles.Values} gives it: strings, typed dates, numbers; null when null. */
    private static Object value(Group group, String name) {
        if (!group.getType().containsField(name)) {
            return null;
        }
        int field = group.getType().getFieldIndex(name);
        if (group.getFieldRepetitionCount(field) == 0) {
            return null;
        }
        PrimitiveType type = group.getType().getType(field).asPrimitiveType();
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        return switch (type.getPrimitiveTypeName()) {
            case BINARY, FIXED_LEN_BYTE_ARRAY -> logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation
                    ? null : group.getBinary(field, 0).toStringUsingUTF8();
            case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                    ? LocalDate.ofEpochDay(group.getInteger(field, 0)) : (Object) group.getInteger(field, 0);
            case INT64 -> logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t
                    ? epochDate(group.getLong(field, 0), t.getUnit()) : (Object) group.getLong(field, 0);
            case INT96 -> int96Date(group.getInt96(field, 0).toByteBuffer());   // Spark's legacy timestamps
            case BOOLEAN -> group.getBoolean(field, 0);
            case FLOAT -> group.getFloat(field, 0);
            case DOUBLE -> group.getDouble(field, 0);
        };
    }

    /** The day (UTC, as the job's session reads timestamps) of a timestamp in its unit since the epoch. */
    private static LocalDate epochDate(long value, LogicalTypeAnnotation.TimeUnit unit) {
        TimeUnit u = switch (unit) {
            case MILLIS -> TimeUnit.MILLISECONDS;
            case MICROS -> TimeUnit.MICROSECONDS;
            case NANOS -> TimeUnit.NANOSECONDS;
        };
        return LocalDate.ofEpochDay(Math.floorDiv(u.toMillis(value), 86_400_000L));
    }

    /** INT96: nanoseconds of the day, then the Julian day, little-endian. */
    private static LocalDate int96Date(ByteBuffer bytes) {
        ByteBuffer b = bytes.order(ByteOrder.LITTLE_ENDIAN);
        b.getLong();
        return LocalDate.ofEpochDay(b.getInt() - JULIAN_DAY_OF_EPOCH);
    }

    private static long bytes(Group group) {
        long bytes = 0;
        for (int i = 0; i < group.getType().getFieldCount(); i++) {
            PrimitiveType.PrimitiveTypeName type = group.getType().getType(i).asPrimitiveType().getPrimitiveTypeName();
            if (group.getFieldRepetitionCount(i) > 0 && (type == PrimitiveType.PrimitiveTypeName.BINARY
                    || type == PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY)) {
                bytes += group.getBinary(i, 0).length();
            }
        }
        return bytes;
    }

    /** The row as the rejects table shows it: "name: value" of the mapped columns. */
    private static String excerpt(Group group) {
        if (group == null) {
            return "";
        }
        return Rejection.excerptOf(group.getType().getFields().stream()
                .filter(f -> group.getFieldRepetitionCount(group.getType().getFieldIndex(f.getName())) > 0)
                .map(f -> f.getName() + ": " + group.getValueToString(group.getType().getFieldIndex(f.getName()), 0))
                .collect(Collectors.joining(", ")));
    }

    /** Reading stopped: a fault of the file becomes its last record; a fault of the file system fails the task. */
    private Row damaged(Exception e) {
        close();
        if (stream.failed && !(e instanceof EOFException)) {
            throw new UncheckedIOException("reading " + file + " after row " + rowNumber,
                    e instanceof IOException io ? io : new IOException(e));
        }
        return rows.row(InputFiles.unreadable(file, rowNumber == 0 ? 0 : rowNumber + 1,
                e instanceof IOException io ? io : new IOException(e.getMessage(), e)), 0);
    }

    private void close() {
        done = true;
        try {
            if (reader != null) {
                reader.close();
            }
            stream.close();
        } catch (IOException e) {
            // nothing more is read from it
        }
    }

    /** The stream the Parquet reader reads, seeking in the file; a seek that fails marks {@link #stream} failed. */
    private SeekableInputStream seekable() {
        return new DelegatingSeekableInputStream(stream) {
            @Override
            public long getPos() throws IOException {
                return raw.getPos();
            }

            @Override
            public void seek(long position) throws IOException {
                try {
                    raw.seek(position);
                } catch (EOFException e) {
                    throw e;   // a seek past the end: a footer that lies, the file's fault
                } catch (IOException e) {
                    stream.failed = true;
                    throw e;
                }
            }

            @Override
            public void close() {
                // the reader closes its streams; the file is closed once, by ParquetArticles
            }
        };
    }
}
