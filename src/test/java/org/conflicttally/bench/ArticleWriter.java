package org.conflicttally.bench;

import java.time.LocalDate;
import org.conflicttally.bench.SeedPool.Lit;
import org.conflicttally.bench.SeedPool.MonthName;
import org.conflicttally.bench.SeedPool.Name;
import org.conflicttally.bench.SeedPool.Num;
import org.conflicttally.bench.SeedPool.Segment;
import org.conflicttally.bench.SeedPool.Template;
import org.conflicttally.bench.SeedPool.Weekday;

/**
 * Makes one new article from the pool: a real article's outlet, title and run of sentences, about a quarter
 * of them swapped for sentences of other articles, then varied the same way throughout the article: its
 * numbers redrawn (same number of digits, years kept, days of the month kept valid), one pair of countries
 * and one pair of armed groups swapped, places moved, weekdays and months shifted, the date moved by up to
 * four months. Deterministic: the same random stream gives the same article.
 */
final class ArticleWriter {
    /** Share of a template's sentences replaced by a sentence of another article. */
    static final double FOREIGN_SENTENCE = 0.25;
    /** Share of plain numbers left as written. */
    static final double KEEP_NUMBER = 0.3;
    static final int DATE_SHIFT_DAYS = 120;

    /** The generated article, as the generator writes it (title and body as the job reads them). */
    record Generated(String source, LocalDate published, String title, String text) {
    }

    private final SeedPool pool;
    private final int[][] maps;
    private final StringBuilder title = new StringBuilder(128);
    private final StringBuilder text = new StringBuilder(4096);
    private int weekdayShift;
    private int monthShift;

    ArticleWriter(SeedPool pool) {
        this.pool = pool;
        this.maps = new int[pool.entries.length][];
        for (int c = 0; c < maps.length; c++) {
            maps[c] = new int[pool.entries[c].length];
        }
    }

    Generated next(SplitMix64 rnd) {
        Template t = pool.templates.get(rnd.nextInt(pool.templates.size()));
        vary(rnd);
        title.setLength(0);
        append(title, t.title(), rnd);
        text.setLength(0);
        for (int s : t.sentences()) {
            int sentence = rnd.chance(FOREIGN_SENTENCE) ? rnd.nextInt(pool.sentences.size()) : s;
            if (!text.isEmpty()) {
                text.append(' ');
            }
            append(text, pool.sentences.get(sentence), rnd);
        }
        LocalDate published = t.published().plusDays(rnd.nextInt(2 * DATE_SHIFT_DAYS + 1) - DATE_SHIFT_DAYS);
        return new Generated(t.source(), published, title.toString(), text.toString());
    }

    /** This article's mapping of names: countries and groups swap one pair (often none), places all move. */
    private void vary(SplitMix64 rnd) {
        for (int[] map : maps) {
            for (int i = 0; i < map.length; i++) {
                map[i] = i;
            }
        }
        swapPair(maps[0], rnd, 0.5);
        swapPair(maps[1], rnd, 0.3);
        int[] places = maps[2];
        for (int i = places.length - 1; i > 0; i--) {   // Fisher-Yates
            int j = rnd.nextInt(i + 1);
            int tmp = places[i];
            places[i] = places[j];
            places[j] = tmp;
        }
        weekdayShift = rnd.nextInt(7);
        monthShift = rnd.chance(0.5) ? 0 : rnd.nextInt(12);
    }

    private static void swapPair(int[] map, SplitMix64 rnd, double p) {
        if (rnd.chance(p)) {
            int a = rnd.nextInt(map.length);
            int b = rnd.nextInt(map.length);
            map[a] = b;
            map[b] = a;
        }
    }

    private void append(StringBuilder out, Segment[] segments, SplitMix64 rnd) {
        for (Segment seg : segments) {
            if (seg instanceof Lit l) {
                out.append(l.text());
            } else if (seg instanceof Num n) {
                number(out, n, rnd);
            } else if (seg instanceof Name n) {
                String[] forms = pool.entries[n.cls()][maps[n.cls()][n.entry()]];
                out.append(forms[n.form() < forms.length ? n.form() : 0]);
            } else if (seg instanceof Weekday w) {
                out.append(SeedPool.WEEKDAYS[(w.day() + weekdayShift) % 7]);
            } else if (seg instanceof MonthName m) {
                int month = (m.month() + monthShift) % 12;
                out.append(m.abbreviated() ? SeedPool.MONTHS_SHORT[month] : SeedPool.MONTHS[month]);
            }
        }
    }

    private static void number(StringBuilder out, Num n, SplitMix64 rnd) {
        String s = n.text();
        switch (n.kind()) {
            case YEAR -> out.append(s);
            case DAY -> {
                int day = 1 + rnd.nextInt(28);
                if (s.length() == 2 && day < 10) {
                    out.append('0');
                }
                out.append(day);
            }
            case PLAIN -> {
                if (rnd.chance(KEEP_NUMBER)) {
                    out.append(s);
                    return;
                }
                boolean first = true;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c >= '0' && c <= '9') {
                        // a leading digit stays zero or non-zero: the same magnitude ("0.5", "3,600")
                        int d = !first ? rnd.nextInt(10) : c == '0' ? 0 : 1 + rnd.nextInt(9);
                        out.append((char) ('0' + d));
                        first = false;
                    } else {
                        out.append(c);
                        first = c == '-' || c == '/';   // "10-15": each number of a range keeps its magnitude
                    }
                }
            }
        }
    }
}
