package org.conflicttally.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflicttally.article.Article;
import org.conflicttally.article.JsonArticleParser;
import org.conflicttally.article.ArticleFields;
import org.conflicttally.article.ParseResult;
import org.conflicttally.article.TxtArticleParser;

/**
 * The real text the corpus generator recombines: the sentences of the seed articles (seeds/: the seed .txt
 * article and FA-KES), each cut once, at load time, into literal text and slots the generator varies per
 * article: numbers, names of countries, armed groups and places (from {@code bench/variations.tsv}), weekdays
 * and months. Generating an article is then appends only, no regular expression per article.
 */
final class SeedPool {
    static final String VARIATIONS = "/conflict-tally/bench/variations.tsv";
    static final List<String> CLASSES = List.of("country", "group", "place");

    /** A piece of a sentence. */
    sealed interface Segment permits Lit, Num, Name, Weekday, MonthName {
    }

    record Lit(String text) implements Segment {
    }

    /** A number written with digits (commas and a decimal point kept when varied). */
    record Num(String text, NumKind kind) implements Segment {
    }

    enum NumKind { PLAIN, YEAR, DAY }

    /** Form {@code form} of entry {@code entry} of class {@code cls} (an index into {@link #CLASSES}). */
    record Name(int cls, int entry, int form) implements Segment {
    }

    record Weekday(int day) implements Segment {
    }

    record MonthName(int month, boolean abbreviated) implements Segment {
    }

    /** A real article the generator imitates: its outlet, date, title and the pool indices of its sentences. */
    record Template(String source, LocalDate published, Segment[] title, int[] sentences) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"\u201C(A-Z0-9])");
    static final String[] WEEKDAYS = Stream.of(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);
    static final String[] MONTHS = Stream.of(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);
    static final String[] MONTHS_SHORT = Stream.of(Month.values())
            .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toArray(String[]::new);

    /** entries[cls][entry][form] */
    final String[][][] entries;
    final List<Segment[]> sentences = new ArrayList<>();
    final List<Template> templates = new ArrayList<>();
    /** Changes when the seed text or the variations change: a cached corpus is regenerated then. */
    final String fingerprint;

    private final Pattern slots;
    private final Map<String, Segment> names = new HashMap<>();

    private SeedPool(String[][][] entries, List<Article> articles, String fingerprint) {
        this.entries = entries;
        this.fingerprint = fingerprint;
        for (int c = 0; c < entries.length; c++) {
            for (int e = 0; e < entries[c].length; e++) {
                for (int f = 0; f < entries[c][e].length; f++) {
                    names.putIfAbsent(entries[c][e][f], new Name(c, e, f));
                }
            }
        }
        for (int d = 0; d < WEEKDAYS.length; d++) {
            names.put(WEEKDAYS[d], new Weekday(d));
        }
        for (int m = 0; m < MONTHS.length; m++) {
            names.put(MONTHS[m], new MonthName(m, false));
            names.putIfAbsent(MONTHS_SHORT[m], new MonthName(m, true));
        }
        String alternatives = names.keySet().stream().sorted(Comparator.comparing(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        slots = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<num>\\d[\\d,.:]*(?:[-/]\\d[\\d,.:]*)*)|(?<name>" + alternatives + "))(?![\\p{L}\\p{N}])");
        for (Article a : articles) {
            String[] parts = SENTENCE_END.split(a.text().strip());
            int[] ids = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                ids[i] = sentences.size();
                sentences.add(segments(parts[i]));
            }
            templates.add(new Template(a.source() == null ? "" : a.source(), a.published(), segments(a.title()), ids));
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no seed articles to recombine");
        }
    }

    /** The seed articles of these files (.jsonl/.json JSON Lines, .txt one article) or folders of them. */
    static SeedPool load(List<Path> inputs) throws IOException {
        MessageDigest digest = sha256();
        List<Article> articles = new ArrayList<>();
        JsonArticleParser json = new JsonArticleParser(ArticleFields.DEFAULTS);
        for (Path file : files(inputs)) {
            byte[] bytes = Files.readAllBytes(file);
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            String name = file.getFileName().toString();
            List<ParseResult> results = new ArrayList<>();
            if (name.endsWith(".txt")) {
                results.add(TxtArticleParser.parse(file.toString(), bytes));
            } else {
                String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        results.add(json.parse(file.toString(), i + 1, lines[i]));
                    }
                }
            }
            for (ParseResult r : results) {
                if (r instanceof ParseResult.Accepted ok) {
                    articles.add(ok.article());
                }
            }
        }
        String variations = variationsText();
        digest.update(variations.getBytes(StandardCharsets.UTF_8));
        return new SeedPool(parseVariations(variations), articles, HexFormat.of().formatHex(digest.digest(), 0, 8));
    }

    /** Files in a stable order: folders listed recursively, golden files and notes left out as the job does. */
    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(p -> {
                        String n = p.getFileName().toString();
                        return !n.startsWith(".") && !n.startsWith("_") && !n.endsWith(".expected.json")
                                && (n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".json"));
                    }).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                throw new java.io.FileNotFoundException(in + ": no such seed file or folder");
            }
        }
        return files;
    }

    private static String variationsText() {
        try (InputStream in = SeedPool.class.getResourceAsStream(VARIATIONS)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + VARIATIONS + " missing from the bench jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[][][] parseVariations(String text) {
        List<List<String[]>> byClass = new ArrayList<>();
        CLASSES.forEach(c -> byClass.add(new ArrayList<>()));
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            int cls = CLASSES.indexOf(cols[0]);
            if (cols.length != 2 || cls < 0 || cols[1].isBlank()) {
                throw new IllegalArgumentException(VARIATIONS + ":" + (i + 1) + ": expected class<TAB>form|form..."
                        + " with class one of " + CLASSES);
            }
            byClass.get(cls).add(cols[1].split("\\|"));
        }
        String[][][] entries = new String[CLASSES.size()][][];
        for (int c = 0; c < entries.length; c++) {
            if (byClass.get(c).size() < 2) {
                throw new IllegalArgumentException(VARIATIONS + ": class " + CLASSES.get(c) + " needs two entries or more");
            }
            entries[c] = byClass.get(c).toArray(String[][]::new);
        }
        return entries;
    }

    /** A sentence cut into literal text and slots. */
    Segment[] segments(String sentence) {
        List<Segment> out = new ArrayList<>();
        Matcher m = slots.matcher(sentence);
        int last = 0;
        while (m.find()) {
            Segment slot;
            int end = m.end();
            if (m.group("num") != null) {
                String num = m.group("num");
                int keep = num.length();
                while (keep > 0 && ".,:".indexOf(num.charAt(keep - 1)) >= 0) {
                    keep--;   // "at least 70." ends the sentence; the point is not part of the number
                }
                num = num.substring(0, keep);
                end = m.start() + keep;
                boolean afterHyphenWord = m.start() >= 2 && sentence.charAt(m.start() - 1) == '-'
                        && Character.isLetter(sentence.charAt(m.start() - 2));   // F-16, S-400
                if (num.indexOf(':') >= 0 || afterHyphenWord || isDate(num)) {
                    continue;   // times, model names and dates written with digits stay as they are
                }
                slot = new Num(num, isYear(num) ? NumKind.YEAR : NumKind.PLAIN);
            } else {
                slot = names.get(m.group("name"));
            }
            if (m.start() > last) {
                out.add(new Lit(sentence.substring(last, m.start())));
            }
            out.add(slot);
            last = end;
        }
        if (last < sentence.length()) {
            out.add(new Lit(sentence.substring(last)));
        }
        markDays(out);
        return out.toArray(Segment[]::new);
    }

    /** A number of one or two digits beside a month name ("05 Apr 2017", "March 3") is a day of the month. */
    private static void markDays(List<Segment> s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i) instanceof Num n && n.kind() == NumKind.PLAIN && n.text().length() <= 2
                    && (monthAt(s, i - 2) && blank(s, i - 1) || monthAt(s, i + 2) && blank(s, i + 1))) {
                s.set(i, new Num(n.text(), NumKind.DAY));
            }
        }
    }

    private static boolean monthAt(List<Segment> s, int i) {
        return i >= 0 && i < s.size() && s.get(i) instanceof MonthName;
    }

    private static boolean blank(List<Segment> s, int i) {
        return s.get(i) instanceof Lit l && l.text().isBlank();
    }

    /** "6-09-2013", "12/3/2016": a chain of numbers with a year in it. */
    private static boolean isDate(String num) {
        if (num.indexOf('-') < 0 && num.indexOf('/') < 0) {
            return false;
        }
        for (String part : num.split("[-/]")) {
            if (isYear(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String num) {
        if (num.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(num.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(num);
        return y >= 1900 && y < 2040;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
