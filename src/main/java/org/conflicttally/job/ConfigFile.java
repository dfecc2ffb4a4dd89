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
import java.util.Map;
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
 * {@code --} ({@code output}, {@code field-text}, ...; an old name works too: {@code json-text}) and {@code corpus} for the input paths
 * (comma-separated). The file supplies defaults: a flag or a corpus path on the command line wins. A key
 * that is no flag fails the run with the file and the key. {@code conf/conflict-tally.properties} lists
 * every key.
 */
final class ConfigFile implements CommandLine.IDefaultValueProvider {
    static final String FLAG = "--config";
    static final String CORPUS_KEY = "corpus";
    /** Flags that make no sense in a file. */
    private static final List<String> NOT_IN_FILE = List.of("config", "help", "version");

    /**
     * Old names of flags, still read on the command line and as keys: the field mapping was JSON's only
     * before CSV and Parquet were read ({@code --json-text} is {@code --field-text}).
     */
    static final Map<String, String> ALIASES = Map.of("json-id", "field-id", "json-url", "field-url",
            "json-source", "field-source", "json-title", "field-title", "json-published", "field-published",
            "json-text", "field-text");

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
    static String[] apply(CommandLine cli, String[] given) {
        String[] args = renamed(given);
        Path file = fileArgument(args);
        if (file == null) {
            return args;
        }
        ConfigFile config = new ConfigFile(renamed(file, read(file)));
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
        return arg.isOption() ? properties.getProperty(key((OptionSpec) arg)) : null;
    }

    static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^--", "");
    }

    /**
     * The flags' arguments with the old names of flags replaced by their names ({@code --json-text=body} ->
     * {@code --field-text=body}), up to a {@code --}.
     */
    static String[] renamed(String[] args) {
        String[] out = args.clone();
        for (int i = 0; i < out.length && !out[i].equals("--"); i++) {
            if (out[i].startsWith("--")) {
                int eq = out[i].indexOf('=');
                String name = out[i].substring(2, eq < 0 ? out[i].length() : eq);
                if (ALIASES.containsKey(name)) {
                    out[i] = "--" + ALIASES.get(name) + (eq < 0 ? "" : out[i].substring(eq));
                }
            }
        }
        return out;
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

    /** The file's keys with old names of flags replaced by their names; both for one flag is an error. */
    private static Properties renamed(Path file, Properties properties) {
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            String value = properties.getProperty(alias.getKey());
            if (value == null) {
                continue;
            }
            if (properties.containsKey(alias.getValue())) {   // which one wins would be a guess
                throw new ConfigException(file.toString(), 0, "keys '" + alias.getKey() + "' and '" + alias.getValue()
                        + "' name one flag: keep one");
            }
            properties.remove(alias.getKey());
            properties.setProperty(alias.getValue(), value);
        }
        return properties;
    }

    private void checkKeys(Path file, CommandLine cli) {
        TreeSet<String> known = new TreeSet<>();
        known.add(CORPUS_KEY);
        cli.getCommandSpec().options().stream().map(ConfigFile::key).filter(k -> !NOT_IN_FILE.contains(k))
                .forEach(known::add);
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
