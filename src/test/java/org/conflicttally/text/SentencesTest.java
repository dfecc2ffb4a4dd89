package org.conflicttally.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting, and the cap that keeps a text without full stops from becoming one huge sentence. */
class SentencesTest {
    @Test
    void splitsAtStopsAndLineEnds() {
        Tokens t = Tokens.of("Syria: shelling\nTwo soldiers were killed. Gen. Haftar said so!");
        List<Sentences.Span> s = Sentences.split(t);
        assertEquals(3, s.size());
        assertTrue(s.get(0).headline());
        assertEquals("Two soldiers were killed.", text(t, s.get(1)));
        assertEquals("Gen. Haftar said so!", text(t, s.get(2)));
    }

    @Test
    void aSentenceUpToTheCapStaysWhole() {
        Tokens t = Tokens.of("word ".repeat(Sentences.MAX_TOKENS - 2) + "end."); // the stop is a token
        List<Sentences.Span> s = Sentences.split(t);
        assertEquals(List.of(new Sentences.Span(0, Sentences.MAX_TOKENS, false)), s);
    }

    @Test
    void aLongRunWithoutStopsIsCutIntoPiecesOfAtMostTheCap() {
        Tokens t = Tokens.of("word ".repeat(3 * Sentences.MAX_TOKENS + 7));
        List<Sentences.Span> s = Sentences.split(t);
        assertEquals(4, s.size());
        int next = 0;
        for (Sentences.Span span : s) {
            assertEquals(next, span.from(), "pieces are contiguous");
            assertTrue(span.to() - span.from() <= Sentences.MAX_TOKENS);
            assertTrue(span.headline(), "pieces keep the flag of the run: no closing stop");
            next = span.to();
        }
        assertEquals(t.size(), next, "pieces cover every token");
        assertEquals(Sentences.MAX_TOKENS, s.get(0).to());
    }

    @Test
    void aLongRunIsCutAfterACommaInTheSecondHalfOfThePiece() {
        int comma = Sentences.MAX_TOKENS - 40;
        Tokens t = Tokens.of("word ".repeat(comma) + ", " + "word ".repeat(Sentences.MAX_TOKENS) + ".");
        List<Sentences.Span> s = Sentences.split(t);
        assertEquals(comma + 1, s.get(0).to(), "the first piece ends with the comma");
        assertTrue(t.rawEquals(s.get(0).to() - 1, ","));
        assertTrue(!s.get(0).headline() && !s.get(s.size() - 1).headline(), "the sentence ended with a stop");
        assertEquals(t.size(), s.get(s.size() - 1).to());
    }

    private static String text(Tokens t, Sentences.Span s) {
        return t.text().substring(t.start(s.from()), t.end(s.to() - 1));
    }
}
