package org.conflicttally.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.conflicttally.article.Article;
import org.conflicttally.facts.Extraction;
import org.conflicttally.facts.Fact;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.LexiconSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place Spark calls the extractor: article rows in; fact rows and warning rows out, from one pass.
 * All domain logic is in {@link FactExtractor}; this adapter only converts rows. The lexicons travel with
 * the task as text and are compiled once per executor JVM by {@link FactExtractor#forSource}.
 *
 * <p>Rows out have the columns of {@code facts}, then {@code input}, {@code position} and {@code warning}:
 * a fact has a null warning; a warning (a number the extractor did not believe, text the parser read as
 * Windows-1252) has only its article's id, input and position. {@link #facts} and {@link #warnings} split
 * them into the two tables.
 */
final class ExtractFacts implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExtractFacts.class);
    static final String WARNING = "warning";

    private final LexiconSource lexicons;
    private final FactRows factRows;
    private final int factColumns;
    private final int articleIdColumn;

    ExtractFacts(LexiconSource lexicons, OutputSchema.Table facts) {
        this.lexicons = lexicons;
        this.factRows = new FactRows(facts);
        this.factColumns = facts.columns().size();
        this.articleIdColumn = facts.columnNames().indexOf("article_id");
    }

    /** The rows {@link #call} makes, for {@code Encoders.row}. */
    static StructType schema(OutputSchema.Table facts) {
        return facts.structType().add(Records.INPUT, StringType).add(Records.POSITION, LongType)
                .add(WARNING, StringType);
    }

    /** The fact rows, with the columns of the facts table. */
    static Dataset<Row> facts(Dataset<Row> extracted, OutputSchema.Table facts) {
        return extracted.filter(col(WARNING).isNull())
                .select(facts.columnNames().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    }

    /** The warning rows: article_id, input, position, warning. */
    static Dataset<Row> warnings(Dataset<Row> extracted) {
        return extracted.filter(col(WARNING).isNotNull())
                .select(col("article_id"), col(Records.INPUT), col(Records.POSITION), col(WARNING));
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        FactExtractor extractor = FactExtractor.forSource(lexicons);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, Spliterator.ORDERED), false)
                .flatMap(row -> rows(extractor, row))
                .iterator();
    }

    private Stream<Row> rows(FactExtractor extractor, Row row) {
        Article article = Records.article(row);
        String input = row.getAs(Records.INPUT);
        long position = row.<Long>getAs(Records.POSITION);
        Extraction x = read(extractor, article);
        List<String> warnings = new ArrayList<>();
        int w = row.fieldIndex(Records.WARNINGS);
        if (!row.isNullAt(w)) {
            warnings.addAll(row.getList(w));
        }
        warnings.addAll(x.warnings());
        return Stream.concat(
                x.facts().stream().map(f -> withTail(factRows.row(f), input, position, null)),
                warnings.stream().map(warning -> warning(article.id(), input, position, warning)));
    }

    /**
     * An extractor that throws has a bug, which one hostile article must not turn into a failed run: the
     * article keeps its row (with no facts), the warning names the failure, and the log has the stack trace.
     */
    private static Extraction read(FactExtractor extractor, Article article) {
        try {
            return extractor.read(article);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("extractor failed on article {}", article.id(), e);
            return new Extraction(List.of(), List.of("extractor failed: " + e + "; no facts read from this article"));
        }
    }

    private Row warning(String articleId, String input, long position, String warning) {
        Object[] values = new Object[factColumns + 3];
        values[articleIdColumn] = articleId;
        return tail(values, input, position, warning);
    }

    private static Row withTail(Row fact, String input, long position, String warning) {
        Object[] values = new Object[fact.length() + 3];
        for (int i = 0; i < fact.length(); i++) {
            values[i] = fact.get(i);
        }
        return tail(values, input, position, warning);
    }

    private static Row tail(Object[] values, String input, long position, String warning) {
        values[values.length - 3] = input;
        values[values.length - 2] = position;
        values[values.length - 1] = warning;
        return RowFactory.create(values);
    }
}
