package org.conflicttally.job;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.conflicttally.article.Article;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.Rejection;

/**
 * The job's internal table of input records: one row per record read, article or reject, so that both
 * come from one pass over the input and {@code input records = articles + rejects} holds by construction.
 * A row is an article when {@code reason} is null. Not written as such: {@code articles}, {@code rejects},
 * {@code facts} and {@code warnings} are selections of it.
 *
 * <p>An article's facts are read in the task that read its text ({@link ScanRows}) and travel in its row; the
 * text itself never enters Spark. That is what keeps the job near its I/O floor: article text is read,
 * decoded and read for facts once, and never serialized, cached or shuffled.
 *
 * <p>A JSON Lines file large enough to be read by several tasks ({@link InputSplit}) numbers its lines from
 * 1 in each piece; each piece also ends with a piece row ({@link #PIECE_LINES} not null) that tells how many
 * lines it holds, from which {@link CorpusLoader} turns the numbers into line numbers of the file.
 */
final class Records {
    static final String INPUT = "input";
    static final String POSITION = "position";
    static final String REASON = "reason";
    static final String EXCERPT = "excerpt";
    static final String ARTICLE_ID = "article_id";
    /** What the parser had to guess (text read as Windows-1252), what the extractor did not believe: warnings. */
    static final String WARNINGS = "warnings";
    /** The article's facts: rows of the facts table. */
    static final String FACTS = "facts";
    /** Byte offset where the record's piece of its file starts: 0 unless the file was read in pieces. */
    static final String PIECE = "piece";
    /** On a piece row only (null on records): lines of the file the piece holds, blank lines included. */
    static final String PIECE_LINES = "piece_lines";
    /** On a piece row only: records the piece held. */
    static final String PIECE_RECORDS = "piece_records";

    static final StructType SCHEMA = new StructType()
            .add(INPUT, StringType, false)
            .add(POSITION, LongType, false)
            .add(REASON, StringType)
            .add(EXCERPT, StringType)   // also kept for articles: a duplicate id turns one into a reject
            .add(ARTICLE_ID, StringType)
            .add("source", StringType)
            .add("url", StringType)
            .add("title", StringType)
            .add("published", DateType)
            .add("chars", IntegerType)
            .add(WARNINGS, DataTypes.createArrayType(StringType, false))
            .add(FACTS, DataTypes.createArrayType(OutputSchema.load().table("facts").structType(), false))
            .add(PIECE, LongType, false)
            .add(PIECE_LINES, LongType)
            .add(PIECE_RECORDS, LongType);

    private Records() {
    }

    /** The row of an article, with its warnings (null for none) and facts (rows of the facts table). */
    static Row article(ParseResult.Accepted accepted, String[] warnings, Row[] facts, long piece) {
        Article a = accepted.article();
        String document = a.document();
        return RowFactory.create(accepted.input(), accepted.position(), null, Rejection.excerptOf(document), a.id(),
                a.source(), a.url(), a.title(), a.published(), document.length(), warnings, facts, piece, null, null);
    }

    /** The row of a rejected record. */
    static Row reject(Rejection r, long piece) {
        return RowFactory.create(r.input(), r.position(), r.reason(), r.excerpt(), null, null, null, null, null, null,
                null, null, piece, null, null);
    }

    /** A row of the piece that starts at byte {@code start} of {@code file}. */
    static Row piece(String file, long start, long lines, long records) {
        return RowFactory.create(file, 0L, null, null, null, null, null, null, null, null, null, null, start, lines,
                records);
    }
}
