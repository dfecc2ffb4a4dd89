package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflicttally.lexicon.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --config FILE}: the file gives defaults, the command line wins; bad files and flags fail in one line. */
class ConfigFileTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedFileListsEveryFlagAndNothingElse() throws IOException {
        String shipped = Files.readString(Path.of("conf/conflict-tally.properties"));
        CommandLine cli = new CommandLine(new TallyJob());
        for (OptionSpec option : cli.getCommandSpec().options()) {
            String key = ConfigFile.key(option);
            if (!List.of("config", "help", "version").contains(key)) {
                assertTrue(shipped.contains("\n# " + key + " = "), "conf/conflict-tally.properties lacks " + key);
            }
        }
        assertTrue(shipped.contains("\n# corpus = "), "conf/conflict-tally.properties lacks corpus");
        // Uncommented, every line of it is a valid config file.
        Path uncommented = tmp.resolve("all.properties");
        Files.writeString(uncommented, shipped.replaceAll("(?m)^# (\\S+ = )", "$1")
                .replace("(the one spark-submit sets, else local[*])", "local[2]"));
        TallyJob job = parse("--config", uncommented.toString());
        assertEquals("local[2]", job.master);
        assertEquals(List.of("text", "body", "content"), job.fieldText);
    }

    @Test
    void fileGivesDefaultsAndTheCommandLineWins() throws IOException {
        Path file = write("output = /data/tally\njson-text = body\ntop = 5\n"
                + "corpus = a.jsonl, ${sys:ct.test.home:-x}/b\n");
        System.setProperty("ct.test.home", "/home/me");
        try {
            TallyJob fromFile = parse("--config", file.toString());
            assertEquals("/data/tally", fromFile.output);
            assertEquals(List.of("body"), fromFile.fieldText);
            assertEquals(5, fromFile.top);
            assertEquals(List.of("a.jsonl", "/home/me/b"), fromFile.corpus);
            assertEquals("id", fromFile.fieldId, "a key the file leaves out keeps its built-in default");

            TallyJob flagsWin = parse("--top", "7", "c.txt", "--config=" + file, "--output", "/tmp/o");
            assertEquals("/tmp/o", flagsWin.output);
            assertEquals(7, flagsWin.top);
            assertEquals(List.of("c.txt"), flagsWin.corpus, "corpus paths on the command line replace the file's");
            assertEquals(List.of("body"), flagsWin.fieldText);
            TallyJob oldName = parse("--config", file.toString(), "--json-text=content", "--json-id", "unit_id");
            assertEquals(List.of("content"), oldName.fieldText, "the --json-* flags are the --field-* flags");
            assertEquals("unit_id", oldName.fieldId);
        } finally {
            System.clearProperty("ct.test.home");
        }
    }

    @Test
    void unknownKeyOrMissingFileIsAnErrorNamingTheFile() throws IOException {
        Path file = write("output = /data/tally\noutptu = typo\n");
        ConfigException e = assertThrows(ConfigException.class, () -> parse("--config", file.toString()));
        assertTrue(e.getMessage().startsWith(file + ": unknown key 'outptu' (keys: corpus, date-format, field-id,"), e.getMessage());

        String missing = tmp.resolve("nope.properties").toString();
        assertEquals(missing + ": no such config file",
                assertThrows(ConfigException.class, () -> parse("--config", missing)).getMessage());
    }

    @Test
    void badFlagsAndBadConfigExitWith2AndOneLine() throws IOException {
        assertOneLineExit2("conflict-tally: Unknown option: '--ouptut'", "--ouptut", "x");
        assertOneLineExit2("conflict-tally: " + tmp.resolve("nope.properties") + ": no such config file",
                "--config", tmp.resolve("nope.properties").toString());
        Path bad = write("colour = red\n");
        assertOneLineExit2("conflict-tally: " + bad + ": unknown key 'colour'", "--config", bad.toString());
        assertOneLineExit2("conflict-tally: Invalid value for option '--date-format': bad date format 'M/d/yyyy {'",
                "--date-format", "M/d/yyyy {");
        Path both = write("json-text = body\nfield-text = content\n");
        assertOneLineExit2("conflict-tally: " + both + ": keys 'json-text' and 'field-text' name one flag: keep one",
                "--config", both.toString());
    }

    @Test
    void withoutConfigTheArgumentsAreUntouched() {
        String[] args = {"seeds", "--output", "o"};
        assertEquals(List.of(args), List.of(ConfigFile.apply(new CommandLine(new TallyJob()), args)));   // no parse
        assertNull(parse("seeds").config);
    }

    private static TallyJob parse(String... args) {
        TallyJob job = new TallyJob();
        CommandLine cli = new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true);   // as TallyJob.run
        cli.parseArgs(ConfigFile.apply(cli, args));
        return job;
    }

    private Path write(String text) throws IOException {
        return Files.writeString(tmp.resolve("tally.properties"), text);
    }

    /** TallyJob.run with standard error captured: exit code 2 and a single line starting with the prefix. */
    private static void assertOneLineExit2(String prefix, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = TallyJob.run(args);
        } finally {
            System.setErr(err);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, text);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith(prefix), text);
    }
}
