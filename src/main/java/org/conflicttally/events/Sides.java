package org.conflicttally.events;

/**
 * Which side an actor or target code names, for event matching. The lexicon codes one side at the
 * granularity a text supports (evaluation guidelines: "Syrian regime shelling" is {@code SYR} or
 * {@code SYRGOV}), so two outlets telling one raid often give different codes of the same side:
 * <ul>
 *   <li>a country's state codes are one side: {@code SYR}, {@code SYRGOV}, {@code SYRMIL} -> {@code SYR}
 *       (the roles GOV and MIL dropped);</li>
 *   <li>civilians are one side whatever their nationality: {@code CVL}, {@code SYRCVL} -> {@code CVL};</li>
 *   <li>every other code is its own side: {@code SYRREB} (rebels) is not {@code SYR}.</li>
 * </ul>
 */
public final class Sides {
    private Sides() {
    }

    /** @return the side of a code, null for null (a missing actor matches only a missing actor) */
    public static String of(String code) {
        if (code == null) {
            return null;
        }
        if (code.endsWith("CVL")) {
            return "CVL";
        }
        if (code.length() > 3 && (code.endsWith("GOV") || code.endsWith("MIL"))) {
            return code.substring(0, code.length() - 3);
        }
        return code;
    }
}
