package org.conflicttally.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.conflicttally.lexicon.ConfigException;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;

/**
 * The GeoNames gazetteer bundled in the jar ({@code conflict-tally/gazetteer/geonames.tsv.gz}, derived by
 * {@code scripts/gazetteer}): countries, provinces and towns with their spellings, matched in a text as
 * capitalised words, longest first. Spellings of {@code not-places.tsv} (common words and names that are
 * also towns: "Police", "Mobile", "Of") are never matched as a town or province. Loaded once per JVM
 * ({@link #shared}); immutable afterwards, so threads share it.
 */
public final class Gazetteer {
    static final String RESOURCE = "/conflict-tally/gazetteer/geonames.tsv.gz";
    static final String NOT_PLACES = "/conflict-tally/gazetteer/not-places.tsv";
    private static final Map<String, GeoPlace.Kind> KINDS = Map.of("C", GeoPlace.Kind.COUNTRY, "A",
            GeoPlace.Kind.PROVINCE, "P", GeoPlace.Kind.TOWN);

    /**
     * A match of tokens [{@code from}, {@code to}): the places of that spelling, coarsest and largest first,
     * each as {@code index * 2 + 1} when the spelling is one of its alternate names, {@code index * 2} when
     * it is its own name (see {@link #place}, {@link #alternate}).
     */
    public record Match(int from, int to, int[] candidates) {
    }

    private final List<GeoPlace> places;
    /** Places by spelling: the lower-cased tokens of the spelling joined by one space. */
    private final Map<String, int[]> bySpelling;
    /** Every word of a spelling, so that a token is looked up without a String made for it. */
    private final org.conflicttally.text.Vocabulary words;
    /** By word id: the most tokens of a spelling starting with that word (0: none starts with it). */
    private final byte[] longestByFirstWord;
    private final Map<String, GeoPlace> countries;
    /** Provinces by "AFG.24". */
    private final Map<String, GeoPlace> provinces;

    /** The spellings of not-places.tsv: common words, never a town or a province. */
    private final Set<String> notPlaces;

    private Gazetteer(List<GeoPlace> places, Map<String, int[]> bySpelling, Map<String, Integer> longest,
            Set<String> notPlaces) {
        this.notPlaces = notPlaces;
        this.places = places;
        this.bySpelling = bySpelling;
        Set<String> all = new HashSet<>();
        for (String k : bySpelling.keySet()) {
            all.addAll(Arrays.asList(k.split(" ")));
        }
        this.words = org.conflicttally.text.Vocabulary.of(all);
        this.longestByFirstWord = new byte[words.size()];
        longest.forEach((w, n) -> longestByFirstWord[words.id(w)] = (byte) Math.min(n, Byte.MAX_VALUE));
        Map<String, GeoPlace> cs = new HashMap<>();
        Map<String, GeoPlace> ps = new HashMap<>();
        for (GeoPlace p : places) {
            if (p.kind() == GeoPlace.Kind.COUNTRY) {
                cs.put(p.country(), p);
            } else if (p.kind() == GeoPlace.Kind.PROVINCE) {
                ps.put(p.provinceKey(), p);
            }
        }
        countries = Map.copyOf(cs);
        provinces = Map.copyOf(ps);
    }

    private static final class Holder {
        static final Gazetteer SHARED = load();
    }

    /** The bundled gazetteer, read on first use: once per JVM. */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    static Gazetteer load() {
        return parse(rows("classpath:" + RESOURCE, read(RESOURCE, true)),
                rows("classpath:" + NOT_PLACES, read(NOT_PLACES, false)));
    }

    static String read(String resource, boolean gzip) {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new ConfigException("classpath:" + resource, 0, "gazetteer missing from the jar");
            }
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("classpath:" + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows of a tab-separated file, as {@link TsvFile#parse} reads them (comments and blank lines left out,
     * each row with its line), without its regular expressions: 37,000 rows are read by every executor.
     */
    static List<TsvFile.Row> rows(String file, String text) {
        List<TsvFile.Row> rows = new ArrayList<>(text.length() / 40);
        int line = 0;
        for (int at = 0; at < text.length(); ) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            int stop = end > at && text.charAt(end - 1) == '\r' ? end - 1 : end;
            line++;
            if (stop > at && text.charAt(at) != '#' && !text.substring(at, stop).isBlank()) {
                List<String> cells = new ArrayList<>(9);
                for (int c = at; ; ) {
                    int tab = text.indexOf('\t', c);
                    if (tab < 0 || tab >= stop) {
                        cells.add(text.substring(c, stop));
                        break;
                    }
                    cells.add(text.substring(c, tab));
                    c = tab + 1;
                }
                rows.add(new TsvFile.Row(file, line, cells.toArray(new String[0])));
            }
            at = end + 1;
        }
        return rows;
    }

    /**
     * Adds the '|'-separated spellings of one cell to {@code spellings}, as candidates {@code index * 2 + 1}
     * for an alternate name, {@code index * 2} for the place's own name (a place once per spelling).
     */
    private static void addSpellings(TsvFile.Row row, String cell, GeoPlace p, boolean alternate, Set<String> stop,
            Map<String, int[]> spellings) {
        for (int at = 0, bar; at < cell.length(); at = bar + 1) {
            bar = cell.indexOf('|', at);
            bar = bar < 0 ? cell.length() : bar;
            if (bar == at) {
                throw row.error("empty spelling");
            }
            String k = key(cell.substring(at, bar));
            if (p.kind() == GeoPlace.Kind.COUNTRY || !stop.contains(k)) {
                int code = p.index() * 2 + (alternate ? 1 : 0);
                int[] same = spellings.get(k);
                if (same == null) {
                    spellings.put(k, new int[] {code});
                } else if (same[same.length - 1] >> 1 != p.index()) {
                    int[] more = Arrays.copyOf(same, same.length + 1);
                    more[same.length] = code;
                    spellings.put(k, more);
                }
            }
        }
    }

    /** Builds the gazetteer from its rows, failing with file and line on a malformed one. */
    static Gazetteer parse(List<TsvFile.Row> gazetteer, List<TsvFile.Row> notPlaces) {
        Set<String> stop = new HashSet<>();
        for (TsvFile.Row row : notPlaces) {
            row.expectColumns(1, 2);
            String s = row.required(0, "spelling");
            if (!stop.add(key(s))) {
                throw row.error("duplicate spelling '" + s + "'");
            }
        }
        List<GeoPlace> places = new ArrayList<>();
        Map<String, int[]> spellings = new HashMap<>(1 << 18);
        Set<Long> ids = new HashSet<>();
        Set<String> countryCodes = new HashSet<>();
        Set<String> provinceKeys = new HashSet<>();
        for (TsvFile.Row row : gazetteer) {
            row.expectColumns(10, 10);
            GeoPlace.Kind kind = KINDS.get(row.oneOf(0, "kind", KINDS.keySet()));
            long id = row.wholeNumber(1, "geonameid");
            String country = row.required(3, "country");
            if (country.length() != 3 || !country.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                throw row.error("country must be ISO 3166 alpha-3, got '" + country + "'");
            }
            String admin1 = row.optional(4);
            if (kind == GeoPlace.Kind.COUNTRY ? !admin1.isEmpty() || !countryCodes.add(country)
                    : !countryCodes.contains(country)) {
                throw row.error(kind == GeoPlace.Kind.COUNTRY ? "duplicate country or country with an admin1 code"
                        : "country " + country + " not listed before it");
            }
            if (kind == GeoPlace.Kind.PROVINCE && !provinceKeys.add(country + "." + row.required(4, "admin1 code"))) {
                throw row.error("duplicate province " + country + "." + admin1);
            }
            if (!ids.add(id)) {
                throw row.error("duplicate geonameid " + id);
            }
            boolean located = !row.optional(5).isEmpty();
            double lat = located ? row.number(5, "latitude") : Double.NaN;
            double lon = located ? row.number(6, "longitude") : Double.NaN;
            if (located && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
                throw row.error("no point on Earth: " + lat + ", " + lon);
            }
            GeoPlace p = new GeoPlace(places.size(), id, kind, row.required(2, "name"), country, admin1, lat, lon,
                    row.wholeNumber(7, "population"));
            places.add(p);
            addSpellings(row, row.required(8, "spellings"), p, false, stop, spellings);
            addSpellings(row, row.optional(9), p, true, stop, spellings);
        }
        Comparator<Integer> order = Comparator.comparing((Integer i) -> places.get(i >> 1).kind())
                .thenComparing(i -> -places.get(i >> 1).population()).thenComparing(i -> i);
        Map<String, Integer> longest = new HashMap<>(1 << 17);
        for (Map.Entry<String, int[]> e : spellings.entrySet()) {
            int[] at = e.getValue();
            if (at.length > 1) {
                Integer[] boxed = Arrays.stream(at).boxed().sorted(order).toArray(Integer[]::new);
                for (int k = 0; k < at.length; k++) {
                    at[k] = boxed[k];
                }
            }
            String k = e.getKey();
            int space = k.indexOf(' ');
            int words = 1;
            for (int c = space; c >= 0; c = k.indexOf(' ', c + 1)) {
                words++;
            }
            longest.merge(space < 0 ? k : k.substring(0, space), words, Math::max);
        }
        return new Gazetteer(List.copyOf(places), spellings, longest, Set.copyOf(stop));
    }

    /** A spelling as the text's tokens give it: lower case, tokens joined by one space. */
    static String key(String spelling) {
        // letters, and single spaces and hyphens between letters: the tokens are the words between the spaces
        boolean plain = !spelling.isEmpty() && Character.isLetter(spelling.charAt(spelling.length() - 1));
        for (int k = 0; k < spelling.length() && plain; k++) {
            char c = spelling.charAt(k);
            plain = Character.isLetter(c) || (c == ' ' || c == '-') && k > 0 && Character.isLetter(spelling.charAt(k - 1))
                    && Character.isLetter(spelling.charAt(k + 1));
        }
        if (plain) {
            return spelling.toLowerCase(Locale.ROOT);
        }
        Tokens t = Tokens.of(spelling);
        StringBuilder b = new StringBuilder(spelling.length());
        for (int i = 0; i < t.size(); i++) {
            b.append(i == 0 ? "" : " ").append(t.lower(i));
        }
        return b.toString();
    }

    /**
     * The longest spelling starting at token {@code i} (a capitalised word) and ending by {@code end}, or null.
     * Words are looked up by id; a String is made only for a run of two words or more that all occur in spellings.
     */
    public Match match(Tokens t, int i, int end) {
        if (!t.isWord(i) || !t.capitalized(i)) {
            return null;
        }
        int first = t.wordIdIn(words, i);
        int most = first < 0 ? 0 : Math.min(longestByFirstWord[first], end - i);
        if (most == 0) {
            return null;
        }
        int known = 1; // how many tokens from i on are words of some spelling
        while (known < most && t.wordIdIn(words, i + known) >= 0) {
            known++;
        }
        for (int n = known; n >= 1; n--) {
            String k;
            if (n == 1) {
                k = words.word(first);
            } else {
                StringBuilder b = new StringBuilder(words.word(first));
                for (int j = i + 1; j < i + n; j++) {
                    b.append(' ').append(words.word(t.wordIdIn(words, j)));
                }
                k = b.toString();
            }
            int[] at = bySpelling.get(k);
            if (at != null) {
                return new Match(i, i + n, at);
            }
        }
        return null;
    }

    /** The place of a candidate of {@link Match#candidates} or {@link #spelled}. */
    public GeoPlace candidate(int candidate) {
        return places.get(candidate >> 1);
    }

    /** Whether a candidate was found by one of its place's alternate names ("Kiev" for Kyiv). */
    public static boolean alternate(int candidate) {
        return (candidate & 1) != 0;
    }

    /** Whether a word (lower case) is one of not-places.tsv: a common word ("North", "Central"), no name. */
    public boolean commonWord(String lower) {
        return notPlaces.contains(lower);
    }

    public GeoPlace place(int index) {
        return places.get(index);
    }

    /** The country of this ISO alpha-3 code, or null. */
    public GeoPlace country(String alpha3) {
        return alpha3 == null ? null : countries.get(alpha3);
    }

    /** The province a place lies in (itself for a province), or null for a country or an unknown code. */
    public GeoPlace province(GeoPlace p) {
        return p.kind() == GeoPlace.Kind.PROVINCE ? p : p.kind() == GeoPlace.Kind.COUNTRY ? null
                : provinces.get(p.provinceKey());
    }

    /** The candidates of one spelling (as {@link #key} makes it), coarsest and largest first; empty when none. */
    public int[] spelled(String spelling) {
        return bySpelling.getOrDefault(key(spelling), new int[0]);
    }

    public int size() {
        return places.size();
    }
}
