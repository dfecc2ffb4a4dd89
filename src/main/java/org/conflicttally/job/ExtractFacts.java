package org.conflicttally.job;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.conflicttally.article.Article;
import org.conflicttally.facts.Fact;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.LexiconSource;

/**
 * The one place Spark calls the extractor: article rows in, fact rows out. All domain logic is in
 * {@link FactExtractor}; this adapter only converts rows. The lexicons travel with the task as text and are
 * compiled once per executor JVM by {@link FactExtractor#forSource}.
 */
final class ExtractFacts implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final LexiconSource lexicons;
    private final FactRows factRows;

    ExtractFacts(LexiconSource lexicons, FactRows factRows) {
        this.lexicons = lexicons;
        this.factRows = factRows;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        FactExtractor extractor = FactExtractor.forSource(lexicons);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, Spliterator.ORDERED), false)
                .flatMap(row -> extract(extractor, Records.article(row)).stream().map(factRows::row))
                .iterator();
    }

    /** An extractor failure is a bug, not bad input: fail the task, but say which article to reproduce it with. */
    private static List<Fact> extract(FactExtractor extractor, Article article) {
        try {
            return extractor.extract(article);
        } catch (RuntimeException e) {
            throw new IllegalStateException("extractor failed on article " + article.id(), e);
        }
    }
}
