package org.conflicttally.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflicttally.lexicon.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --config FILE}: the job's options as a Java properties file, keys named as the long flags without
 * {@code --} ({@code output}, {@code field-text}, ...; an alias's name works too: {@code json-text}) and {@code corpus} for the input paths
 * (comma-separated). The file supplies defaults: a flag or a corpus path on the command line wins. A key
 * that is no flag fails the run with the file and the key. {@code conf/conflict-tally.properties} lists
 * every key.
 */
final class ConfigFile implements CommandLine.IDefaultValueProvider {
    static final String FLAG = "--config";
    static final String CORPUS_KEY = "corpus";
    /** Flags that make no sense in a file. */
    private static final List<String> NOT_IN_FILE = List.of("config", "help", "version");

    private static final Pattern SYS = Pattern.compile("\\$\\{sys:([^:}]+)(?::-([^}]*))?}");

    private final Properties properties;

    private ConfigFile(Properties properties) {
        this.properties = properties;
    }

    /**
     * Reads the file named by {@code --config} in {@code args}, if any, and makes it the defaults of
     * {@code cli}. Returns the arguments to parse: {@code args}, plus the file's corpus paths when the
     * command line names none.
     *
     * @throws ConfigException when the file cannot be read or holds a key that is no flag
     */
    static String[] apply(CommandLine cli, String[] args) {
        Path file = fileArgument(args);
        if (file == null) {
            return args;
        }
        ConfigFile config = new ConfigFile(read(file));
        config.checkKeys(file, cli);
        cli.setDefaultValueProvider(config);
        String corpus = config.properties.getProperty(CORPUS_KEY, "").strip();
        if (corpus.isEmpty() || namesCorpus(cli, args)) {
            return args;
        }
        List<String> withCorpus = new ArrayList<>(Arrays.asList(args));
        if (!withCorpus.contains("--")) {
            withCorpus.add("--");   // the paths are paths, even one that starts with a dash
        }
        Arrays.stream(corpus.split("\\s*,\\s*")).filter(p -> !p.isEmpty()).map(ConfigFile::interpolate)
                .forEach(withCorpus::add);
        return withCorpus.toArray(String[]::new);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!arg.isOption()) {
            return null;
        }
        return keys((OptionSpec) arg).stream().map(properties::getProperty).filter(v -> v != null).findFirst()
                .orElse(null);
    }

    /** The key a flag is listed under: its longest name without {@code --}. */
    static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^--", "");
    }

    /** Every key of a flag: each of its long names without {@code --} ({@code field-text}, {@code json-text}). */
    static List<String> keys(OptionSpec option) {
        return Arrays.stream(option.names()).filter(n -> n.startsWith("--")).map(n -> n.substring(2)).toList();
    }

    /**
     * {@code ${sys:NAME:-DEFAULT}} as picocli expands it in option values (which it does for the file's
     * other keys): corpus paths go onto the command line, where picocli expands nothing.
     */
    static String interpolate(String value) {
        Matcher m = SYS.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fallback = m.group(2) == null ? "" : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(System.getProperty(m.group(1), fallback)));
        }
        return m.appendTail(out).toString();
    }

    /** The value of {@code --config FILE} or {@code --config=FILE} (before a {@code --}), else null. */
    private static Path fileArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return null;
            }
            if (args[i].equals(FLAG)) {
                if (i + 1 >= args.length) {
                    return null;   // picocli reports the missing value
                }
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith(FLAG + "=")) {
                return Path.of(args[i].substring(FLAG.length() + 1));
            }
        }
        return null;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), 0, "no such config file");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file.toString(), 0, "unreadable config file: " + e.getMessage());
        }
        return properties;
    }

    private void checkKeys(Path file, CommandLine cli) {
        TreeSet<String> known = new TreeSet<>();
        known.add(CORPUS_KEY);
        for (OptionSpec option : cli.getCommandSpec().options()) {
            List<String> keys = keys(option);
            if (NOT_IN_FILE.contains(key(option))) {
                continue;
            }
            known.addAll(keys);
            List<String> given = keys.stream().filter(properties::containsKey).toList();
            if (given.size() > 1) {   // an alias and its flag: which one wins would be a guess
                throw new ConfigException(file.toString(), 0, "keys " + given + " name one flag: keep one");
            }
        }
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!known.contains(key)) {
                throw new ConfigException(file.toString(), 0,
                        "unknown key '" + key + "' (keys: " + String.join(", ", known) + ")");
            }
        }
    }

    /**
     * Whether the command line names corpus paths itself: a trial parse (picocli resets the fields before
     * the real one).
     */
    private static boolean namesCorpus(CommandLine cli, String[] args) {
        try {
            return cli.parseArgs(args).hasMatchedPositional(0);
        } catch (CommandLine.ParameterException e) {
            return true;   // leave bad flags to the real parse, which reports them
        }
    }
}
