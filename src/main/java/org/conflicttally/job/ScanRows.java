package org.conflicttally.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.conflicttally.article.Article;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.Rejection;
import org.conflicttally.facts.Extraction;
import org.conflicttally.facts.Fact;
import org.conflicttally.facts.FactExtractor;
import org.conflicttally.lexicon.LexiconSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place Spark calls the extractor: a record as parsed (an article or a reject) in; its row of
 * {@link Records} out, with the article's facts and warnings, read in the task that read the text. All
 * domain logic is in {@link FactExtractor}; this adapter only converts. The lexicons travel with the task
 * as text and are compiled once per executor JVM by {@link FactExtractor#forSource}.
 */
final class ScanRows implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ScanRows.class);

    /** Null for {@code --no-extract}: records are read and parsed, no facts are read. */
    private final LexiconSource lexicons;
    private final FactRows factRows;
    private transient FactExtractor extractor;

    private ScanRows(LexiconSource lexicons) {
        this.lexicons = lexicons;
        this.factRows = new FactRows(OutputSchema.load().table("facts"));
    }

    /** Rows with the facts of every article. */
    static ScanRows extracting(LexiconSource lexicons) {
        return new ScanRows(lexicons);
    }

    /** Rows without facts ({@code --no-extract}: load and write only, the I/O floor of a benchmark). */
    static ScanRows withoutFacts() {
        return new ScanRows(null);
    }

    /** The row of a record of the piece of its file that starts at byte {@code piece}. */
    Row row(ParseResult result, long piece) {
        if (result instanceof Rejection r) {
            return Records.reject(r, piece);
        }
        ParseResult.Accepted accepted = (ParseResult.Accepted) result;
        List<String> warnings = new ArrayList<>(accepted.warnings());
        List<Row> facts = new ArrayList<>();
        if (lexicons != null) {
            Extraction x = read(accepted.article());
            for (Fact f : x.facts()) {
                facts.add(factRows.row(f));
            }
            warnings.addAll(x.warnings());
        }
        return Records.article(accepted, warnings.isEmpty() ? null : warnings.toArray(String[]::new),
                facts.toArray(Row[]::new), piece);
    }

    /**
     * An extractor that throws has a bug, which one hostile article must not turn into a failed run: the
     * article keeps its row (with no facts), the warning names the failure, and the log has the stack trace.
     */
    private Extraction read(Article article) {
        if (extractor == null) {
            extractor = FactExtractor.forSource(lexicons);   // compiled once per JVM, shared by its tasks
        }
        try {
            return extractor.read(article);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("extractor failed on article {}", article.id(), e);
            return new Extraction(List.of(), List.of("extractor failed: " + e + "; no facts read from this article"));
        }
    }
}
