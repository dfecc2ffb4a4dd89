package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** scripts/jvm-flags (for the launch scripts) and pom.xml's spark.java17.flags (for tests) must not drift. */
class JvmFlagsTest {
    @Test
    void scriptsAndTestsRunSparkWithTheSameFlags() throws IOException {
        Matcher pom = Pattern.compile("<spark.java17.flags>(.*?)</spark.java17.flags>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        pom.find();
        List<String> fromPom = Arrays.asList(pom.group(1).trim().split("\\s+"));
        List<String> fromArgfile = Files.readAllLines(Path.of("scripts/jvm-flags")).stream()
                .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
        assertEquals(fromPom, fromArgfile);
    }
}
