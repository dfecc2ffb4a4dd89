package org.conflicttally.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflicttally.article.Article;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;

/**
 * A long text with many numbers and no full stop (a feed that lost its punctuation, a list of incidents):
 * it is read in pieces of at most {@link org.conflicttally.text.Sentences#MAX_TOKENS} tokens, and every
 * clause still gives its facts, to the end of the text. (Its speed is the benchmark's business.)
 */
class LongTextTest {
    @Test
    void aLongUnpunctuatedTextGivesTheFactsOfEveryClause() {
        FactExtractor fx = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")));
        int clauses = 2000; // about 100 KB
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < clauses; k++) {
            text.append("Syrian regime shelling killed ").append(100 + k).append(" civilians in Idlib and ");
        }
        List<Fact> facts = fx.extract(new Article("long", null, null, "", LocalDate.parse("2020-02-27"),
                text.toString()));
        Set<Long> killed = facts.stream().filter(f -> f.type().equals("killed")).map(Fact::valueBest)
                .collect(Collectors.toSet());
        assertTrue(text.length() > 100_000);
        // a clause cut in two at a piece boundary may lose its fact; no more than one clause a piece may
        assertTrue(killed.size() >= clauses * 95 / 100, killed.size() + " of " + clauses + " clauses read");
        assertTrue(killed.contains(100L) && killed.contains(100L + clauses - 1), "the first and the last clause");
        Fact last = facts.get(facts.size() - 1);
        assertEquals("CVL", last.target());
        assertTrue(last.charStart() > text.length() - 100, "facts are found to the end of the text");
    }
}
