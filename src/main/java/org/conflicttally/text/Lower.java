package org.conflicttally.text;

/** Lower-casing that avoids a copy when a token is already lower case (most are). */
final class Lower {
    private Lower() {
    }

    static String of(String s, int from, int to) {
        boolean plain = true;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (Character.isUpperCase(c) || c == '\u2019' || c == '\u2018') {
                plain = false;
                break;
            }
        }
        String t = s.substring(from, to);
        if (plain) {
            return t;
        }
        return t.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
