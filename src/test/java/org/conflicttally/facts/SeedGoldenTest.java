package org.conflicttally.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conflicttally.article.Article;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.TxtArticleParser;
import org.conflicttally.lexicon.LexiconSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article against the facts a careful analyst reads from it (seeds/*.expected.json): every
 * required fact with its type, values, qualifier, running-total flag, month, and actor and target at
 * country level; no fact the analyst would not report.
 */
class SeedGoldenTest {
    private static final Path SEED = Path.of("seeds", "000_c68c9f5cbdf4db3c.txt");
    private static final Path EXPECTED = Path.of("seeds", "000_c68c9f5cbdf4db3c.expected.json");

    private static List<Fact> facts;
    private static JsonNode gold;

    @BeforeAll
    static void extract() throws IOException {
        ParseResult r = TxtArticleParser.parse(SEED.toString(), Files.readAllBytes(SEED));
        Article a = ((ParseResult.Accepted) r).article();
        facts = FactExtractor.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons"))).extract(a);
        gold = new ObjectMapper().readTree(EXPECTED.toFile());
    }

    @Test
    void everyRequiredFactIsFoundWithItsMeaning() {
        List<String> problems = new ArrayList<>();
        for (JsonNode g : gold.get("facts")) {
            if (g.path("optional").asBoolean(false)) {
                continue;
            }
            Fact f = find(g);
            if (f == null) {
                problems.add("missing: " + g.get("type").asText() + " " + values(g) + " | " + g.get("evidence").asText());
                continue;
            }
            String where = " for '" + g.get("evidence").asText() + "'";
            check(problems, "qualifier" + where, g.get("qualifier").asText(), f.qualifier());
            check(problems, "cumulative" + where, g.get("cumulative").asBoolean(), f.cumulative());
            check(problems, "month" + where, g.get("month").asText(), f.month().toString().substring(0, 7));
            if (g.hasNonNull("event_date")) {
                check(problems, "event_date" + where, g.get("event_date").asText(), String.valueOf(f.eventDate()));
            }
            for (String role : List.of("actor", "target")) {
                String want = g.hasNonNull(role) ? g.get(role).asText() : null;
                String got = role.equals("actor") ? f.actor() : f.target();
                if (want == null) {
                    continue; // the text does not say; a reading from context is not wrong
                }
                if (got == null && g.path(role + "_implied").asBoolean(false)) {
                    continue; // implied from context: welcome, not required
                }
                check(problems, role + " (country level)" + where, country(want), country(got));
            }
            if (g.hasNonNull("claimed_by")) {
                if (f.claimedBy() == null) {
                    problems.add("no claimant" + where + ", expected " + g.get("claimed_by").asText());
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void noFactBeyondWhatTheAnalystReads() {
        for (Fact f : facts) {
            boolean known = false;
            for (JsonNode g : gold.get("facts")) {
                known |= g.get("type").asText().equals(f.type()) && sameValues(g, f);
            }
            assertTrue(known, "unexpected fact: " + f.type() + " " + f.valueLow() + "/" + f.valueBest() + "/"
                    + f.valueHigh() + " in '" + f.sentence() + "'");
        }
    }

    @Test
    void runningTotalsAreKeptButMarked() {
        long cumulativeKilled = facts.stream().filter(f -> f.type().equals("killed") && f.cumulative()).count();
        assertEquals(3, cumulativeKilled, "19 this month, hundreds of civilians, 16 claimed by Haftar's side");
        long eventsKilledTurkish = facts.stream()
                .filter(f -> f.type().equals("killed") && !f.cumulative() && "TUR".equals(country(f.target())))
                .mapToLong(Fact::valueBest).sum();
        assertEquals(4, eventsKilledTurkish, "two killed in Idlib plus two killed in Libya");
    }

    @Test
    void factsPointBackToTheirText() {
        for (Fact f : facts) {
            assertNotNull(f.sentence());
            assertTrue(f.charStart() < f.charEnd());
            assertTrue(f.sentence().length() >= f.charEnd() - f.charStart());
            assertEquals("000_c68c9f5cbdf4db3c", f.articleId());
            assertEquals(FactExtractor.VERSION, f.extractorVersion());
        }
    }

    /** The fact of the same type and values, preferring the one whose sentence holds the evidence. */
    private static Fact find(JsonNode g) {
        Fact any = null;
        String evidence = g.get("evidence").asText();
        for (Fact f : facts) {
            if (f.type().equals(g.get("type").asText()) && sameValues(g, f)) {
                if (f.sentence().contains(evidence) || evidence.contains(f.sentence())) {
                    return f;
                }
                any = any == null ? f : any;
            }
        }
        return any;
    }

    private static boolean sameValues(JsonNode g, Fact f) {
        return Objects.equals(num(g, "low"), f.valueLow()) && Objects.equals(num(g, "best"), f.valueBest())
                && Objects.equals(num(g, "high"), f.valueHigh());
    }

    private static Long num(JsonNode g, String field) {
        return g.hasNonNull(field) ? g.get(field).asLong() : null;
    }

    private static String values(JsonNode g) {
        return num(g, "low") + "/" + num(g, "best") + "/" + num(g, "high");
    }

    private static String country(String code) {
        return code == null ? null : code.contains("CVL") ? "CVL" : code.substring(0, 3);
    }

    private static void check(List<String> problems, String what, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            problems.add(what + ": expected " + want + ", got " + got);
        }
    }
}
