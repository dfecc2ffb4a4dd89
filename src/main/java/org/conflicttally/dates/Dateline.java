package org.conflicttally.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a news page prints at its top ("26.11.2014", "Date of publication 19 June 2016", "Wed Feb 3
 * 2016", "Reuters Monday 31 Oct 2016"). Relative dates in the text ("on Tuesday") count from it: it is
 * the date the reporter wrote against, which a corpus's publication field does not always match.
 */
public final class Dateline {
    /** How far into the text a dateline may stand (a headline and a byline may come first). */
    static final int WINDOW = 260;

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern DMY_NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[./-](\\d{1,2})[./-]((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
    private static final Pattern DMY_WORDS = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+" + MONTH + "\\.?,?\\s+((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern MDY_WORDS = Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)");
    /** "Jun 062016": day and year run together on some pages. */
    private static final Pattern MDY_JOINED = Pattern.compile("\\b" + MONTH + "\\s+(\\d\\d)((?:19|20)\\d\\d)(?!\\d)");

    private Dateline() {
    }

    /** The first date printed in the opening of {@code text}, if any. */
    public static Optional<LocalDate> find(String text) {
        String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        Matcher m = DMY_NUMERIC.matcher(head);
        if (m.find()) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = ISO.matcher(head);
        if (m.find() && m.start() < at) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = DMY_WORDS.matcher(head);
        if (m.find() && m.start() < at) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        for (Pattern p : new Pattern[] {MDY_WORDS, MDY_JOINED}) {
            m = p.matcher(head);
            if (m.find() && m.start() < at) {
                LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
                if (d != null) {
                    best = d;
                    at = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return String.valueOf(i + 1);
            }
        }
        return "0";
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
