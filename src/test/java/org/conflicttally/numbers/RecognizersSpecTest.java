package org.conflicttally.numbers;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.text.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NumberReader against the English number specs of Microsoft Recognizers-Text (MIT; copied with their
 * NOTICE into src/test/resources/recognizers-text/): {@code NumberModel.json} through
 * {@link NumberReader#readAll}, {@code NumberRangeModel.json} through {@link NumberReader#readRanges}.
 *
 * <p><b>Which cases count.</b> A spec case may carry {@code NotSupported} and {@code NotSupportedByDesign},
 * each a list of the Recognizers ports ("dotnet, javascript, java, python") that need not pass it. A case
 * counts unless one of the two names {@code java}: this is a Java reader, and the cases the Java port is
 * excused from are what the issue calls "marked NotSupported". The literal reading (only cases with no
 * such field at all) would leave NumberRangeModel with no case, since every one of its cases lists
 * javascript or python; its rate is printed as well, as "unmarked".
 *
 * <p><b>How a case is compared.</b> First the number of results, then each result in order: its start
 * and end (characters, end inclusive as in the spec), its text (lower-cased, as the spec writes it), and
 * its value. NumberModel values are compared as numbers, to a relative 1e-9 (the spec writes 15
 * significant digits: "0.666666666666667"). NumberRangeModel values are intervals such as "[20,30)",
 * "(30,)", "(,100]": both bounds and whether each is included must agree. The reader's qualifiers map onto
 * them through {@link NumberRange#qualifier()}: at_least is a lower bound only ("more than 30" (30,),
 * "at least 30" [30,)), at_most an upper bound only, exact [x,x], and range both bounds, a span
 * ("between 20 and 30", "10 to 15") being half-open [20,30) as the spec writes it.
 *
 * <p>Every failing case is printed (input, expected, got), with the pass rate per file and overall; the
 * test asserts that at least 90% of the counted cases pass, in each file and overall.
 */
class RecognizersSpecTest {
    private static final double MIN_RATE = 0.90;
    private static NumberReader reader;

    @BeforeAll
    static void compile() {
        reader = NumberReader.compile(LexiconSource.fromDirectory(Path.of("conf", "lexicons")).file("quantities.tsv"));
    }

    /** The tally of one spec file. */
    private static final class Tally {
        final String file;
        int counted;
        int passed;
        int unmarked;
        int unmarkedPassed;
        int skipped;
        final List<String> failures = new ArrayList<>();

        Tally(String file) {
            this.file = file;
        }

        double rate() {
            return counted == 0 ? 1.0 : (double) passed / counted;
        }

        String line() {
            return String.format(Locale.ROOT, "%-22s counted %3d  passed %3d  rate %.3f   (unmarked %d/%d; skipped %d)",
                    file, counted, passed, rate(), unmarkedPassed, unmarked, skipped);
        }
    }

    @Test
    void englishNumberSpecs() throws IOException {
        Tally numbers = run("NumberModel.json", false);
        Tally ranges = run("NumberRangeModel.json", true);
        int counted = numbers.counted + ranges.counted;
        int passed = numbers.passed + ranges.passed;
        double overall = counted == 0 ? 1.0 : (double) passed / counted;

        StringBuilder report = new StringBuilder("\n== Recognizers-Text English number specs ==\n");
        for (Tally tally : List.of(numbers, ranges)) {
            for (String f : tally.failures) {
                report.append("FAIL ").append(tally.file).append(": ").append(f).append('\n');
            }
        }
        report.append(numbers.line()).append('\n').append(ranges.line()).append('\n');
        report.append(String.format(Locale.ROOT, "%-22s counted %3d  passed %3d  rate %.3f%n", "overall", counted,
                passed, overall));
        System.out.println(report);

        assertTrue(numbers.counted > 0 && ranges.counted > 0, "no counted cases");
        assertTrue(numbers.rate() >= MIN_RATE, numbers.line());
        assertTrue(ranges.rate() >= MIN_RATE, ranges.line());
        assertTrue(overall >= MIN_RATE, "overall rate " + overall);
    }

    private static Tally run(String file, boolean rangeModel) throws IOException {
        JsonNode cases;
        try (InputStream in = RecognizersSpecTest.class.getResourceAsStream("/recognizers-text/" + file)) {
            assertNotNull(in, "missing test resource recognizers-text/" + file);
            cases = new ObjectMapper().readTree(in);
        }
        Tally tally = new Tally(file);
        for (JsonNode c : cases) {
            if (excusesJava(c.path("NotSupported")) || excusesJava(c.path("NotSupportedByDesign"))) {
                tally.skipped++;
                continue;
            }
            boolean unmarked = !c.has("NotSupported") && !c.has("NotSupportedByDesign");
            String input = c.path("Input").asText();
            Tokens t = Tokens.of(input);
            List<String> got = new ArrayList<>();
            if (rangeModel) {
                for (NumberRange r : reader.readRanges(t, 0, t.size())) {
                    got.add(describe(input.substring(r.start(), r.end()), r.start(), r.end() - 1, r.interval()));
                }
            } else {
                for (NumberMention m : reader.readAll(t, 0, t.size())) {
                    got.add(describe(input.substring(m.start(), m.end()), m.start(), m.end() - 1, format(m.value())));
                }
            }
            List<String> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                expected.add(describe(r.path("Text").asText(), r.path("Start").asInt(), r.path("End").asInt(),
                        r.path("Resolution").path("value").asText()));
            }
            boolean pass = rangeModel ? sameRanges(input, c.path("Results"), reader.readRanges(t, 0, t.size()))
                    : sameNumbers(input, c.path("Results"), reader.readAll(t, 0, t.size()));
            tally.counted++;
            if (unmarked) {
                tally.unmarked++;
            }
            if (pass) {
                tally.passed++;
                if (unmarked) {
                    tally.unmarkedPassed++;
                }
            } else {
                tally.failures.add("input \"" + input + "\"  expected " + expected + "  got " + got);
            }
        }
        return tally;
    }

    /** Whether a NotSupported list ("javascript, java, python") names the Java port. */
    static boolean excusesJava(JsonNode field) {
        if (field.isMissingNode() || field.isNull()) {
            return false;
        }
        for (String port : field.asText().split(",")) {
            if (port.strip().equalsIgnoreCase("java")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameNumbers(String input, JsonNode expected, List<NumberMention> got) {
        if (expected.size() != got.size()) {
            return false;
        }
        for (int k = 0; k < got.size(); k++) {
            JsonNode e = expected.get(k);
            NumberMention m = got.get(k);
            if (!sameSpan(input, e, m.start(), m.end())
                    || !close(m.value(), Double.parseDouble(e.path("Resolution").path("value").asText()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRanges(String input, JsonNode expected, List<NumberRange> got) {
        if (expected.size() != got.size()) {
            return false;
        }
        for (int k = 0; k < got.size(); k++) {
            JsonNode e = expected.get(k);
            NumberRange r = got.get(k);
            if (!sameSpan(input, e, r.start(), r.end())
                    || !sameInterval(e.path("Resolution").path("value").asText(), r)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSpan(String input, JsonNode e, int start, int end) {
        return e.path("Start").asInt() == start && e.path("End").asInt() == end - 1
                && e.path("Text").asText().equals(input.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** "[20,30)", "(30,)", "(,100]" against the reader's interval. */
    static boolean sameInterval(String spec, NumberRange r) {
        String s = spec.strip();
        char open = s.charAt(0);
        char close = s.charAt(s.length() - 1);
        String[] bounds = s.substring(1, s.length() - 1).split(",", -1);
        if (bounds.length != 2) {
            return false;
        }
        return sameBound(bounds[0], open == '[', r.low(), r.lowIncluded())
                && sameBound(bounds[1], close == ']', r.high(), r.highIncluded());
    }

    private static boolean sameBound(String spec, boolean included, Double value, boolean valueIncluded) {
        if (spec.isBlank()) {
            return value == null;
        }
        return value != null && included == valueIncluded && close(value, Double.parseDouble(spec.strip()));
    }

    private static boolean close(double got, double expected) {
        return Math.abs(got - expected) <= 1e-9 * Math.max(1.0, Math.abs(expected));
    }

    private static String describe(String text, int start, int end, String value) {
        return "'" + text.toLowerCase(Locale.ROOT) + "'@" + start + "-" + end + "=" + value;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
