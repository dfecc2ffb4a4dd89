package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * README.md's usage block and table reference are generated: from {@code TallyJob --help} and from
 * schema.json. This test fails when they drift; {@code -Dreadme.update=true} rewrites them.
 */
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final boolean UPDATE = Boolean.getBoolean("readme.update");

    @Test
    void usageBlockIsTheHelpText() throws IOException {
        String help = new CommandLine(new TallyJob()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        check("usage", "```text\n" + help.stripTrailing() + "\n```\n");
    }

    @Test
    void tableReferenceIsSchemaJson() throws IOException {
        check("tables", tables(OutputSchema.load()));
    }

    static String tables(OutputSchema schema) {
        StringBuilder md = new StringBuilder();
        List<OutputSchema.Table> tables = schema.tables();
        for (int i = 0; i < tables.size(); i++) {
            OutputSchema.Table t = tables.get(i);
            md.append("\n### `").append(t.name()).append("`\n\n").append(t.description()).append('\n');
            OutputSchema.Table same = tables.subList(0, i).stream()
                    .filter(earlier -> earlier.columns().equals(t.columns())).findFirst().orElse(null);
            if (same != null) {
                md.append("\nColumns: as `").append(same.name()).append("`.\n");
                continue;
            }
            md.append("\n| column | type | description | example |\n|---|---|---|---|\n");
            for (OutputSchema.Column c : t.columns()) {
                md.append("| `").append(c.name()).append("` | ").append(c.type()).append(" | ")
                        .append(cell(c.description())).append(" | `").append(cell(example(c.example())))
                        .append("` |\n");
            }
        }
        return md.toString();
    }

    /** A JSON string example without its quotes; numbers and booleans as they are. */
    private static String example(String json) {
        return json.startsWith("\"") ? json.substring(1, json.length() - 1).replace("\\\"", "\"") : json;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static void check(String section, String generated) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(<!-- BEGIN GENERATED " + section + ":[^\\n]*-->\\n)(.*?)(<!-- END GENERATED "
                + section + " -->)", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has no generated section '" + section + "'");
        if (UPDATE) {
            Files.writeString(README, readme.substring(0, m.start(2)) + generated + readme.substring(m.end(2)),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, m.group(2), "README.md's " + section
                + " section is out of date: run mvn test -Dtest=ReadmeTest -Dreadme.update=true");
    }
}
