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
 * A row is an article when {@code reason} is null. Not written as such: {@code articles} and
 * {@code rejects} are selections of it.
 */
final class Records {
    static final String INPUT = "input";
    static final String POSITION = "position";
    static final String REASON = "reason";
    static final String EXCERPT = "excerpt";
    static final String ARTICLE_ID = "article_id";
    static final String TEXT = "text";
    /** What the parser had to guess about an article (text read as Windows-1252): rows of warnings. */
    static final String WARNINGS = "warnings";

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
            .add(TEXT, StringType)
            .add(WARNINGS, DataTypes.createArrayType(StringType, false));

    private Records() {
    }

    static Row row(ParseResult result) {
        if (result instanceof Rejection r) {
            return RowFactory.create(r.input(), r.position(), r.reason(), r.excerpt(),
                    null, null, null, null, null, null, null, null);
        }
        ParseResult.Accepted accepted = (ParseResult.Accepted) result;
        Article a = accepted.article();
        String document = a.document();
        return RowFactory.create(result.input(), result.position(), null, Rejection.excerptOf(document),
                a.id(), a.source(), a.url(), a.title(), a.published(), document.length(), a.text(),
                accepted.warnings().isEmpty() ? null : accepted.warnings().toArray(String[]::new));
    }

    /** The article of an article row (the extractor's input). */
    static Article article(Row row) {
        return new Article(row.getAs(ARTICLE_ID), row.getAs("source"), row.getAs("url"), row.getAs("title"),
                row.getAs("published"), row.getAs(TEXT));
    }
}
