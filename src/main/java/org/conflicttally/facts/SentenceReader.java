package org.conflicttally.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflicttally.actors.ActorMention;
import org.conflicttally.dates.TimeExpression;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.numbers.Quantity;
import org.conflicttally.places.PlaceLexicon;
import org.conflicttally.text.Tokens;

/**
 * Reads the facts of one sentence: finds numbers, links each to the word that says what it counts, then
 * attributes actor, target, place, date, claimant and whether it is a running total. One instance per
 * sentence; not shared between threads.
 */
final class SentenceReader {
    /** Words that end the noun phrase after a number. */
    private static final Set<String> STOPS = Set.of("in", "on", "at", "by", "from", "during", "after", "since",
            "near", "with", "for", "to", "across", "into", "inside", "outside", "around", "and", "or", "but",
            "as", "when", "while", "who", "which", "that", "were", "was", "are", "is", "have", "has", "had",
            "been", "be", "will", "would", "could", "may", "might", "including", "among", "than", "per",
            "over", "under", "between", "against", "through", "within", "without", "amid", "following", "due",
            "according", "said", "says", "the", "this", "these", "those", "their", "its", "his", "her");
    private static final int CUE_KINDS = Cue.values().length;
    private static final Set<String> PERFECT = Set.of("have", "has", "had");
    /** Casualty figures from this size up are tolls of a war or a campaign, never of one event. */
    private static final long WAR_SCALE = 10_000;
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "from", "during", "after",
            "since", "near", "with", "for", "to", "across", "into", "inside", "outside", "around", "of", "against",
            "between", "among", "toward", "towards", "over", "under", "through", "within", "without", "amid",
            "about", "beneficiary", "like", "than");
    /** Conjunctions whose clause names the perpetrator: "were injured when terrorists fired mortars". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "as", "after", "while", "because");
    /** May stand between an active verb and its number: "killing all five", "wounding another two". */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("another", "the", "all", "some", "further",
            "additional", "an", "a");
    /** Words after a number that say nothing of what it counts: "dozens more", "15 other injured". */
    private static final Set<String> TRANSPARENT = Set.of("more", "other", "additional", "further", "extra",
            "others", "fresh", "new");
    private static final Set<String> POSSESSIVES = Set.of("the", "their", "its", "his", "her", "these", "those");
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "near", "around", "at", "on",
            "outside", "of", "across", "into", "inside", "from", "to", "towards", "toward");

    private final Lexicons lex;
    private final Tokens t;
    private final int from;
    private final int to;
    private final int sentenceIndex;
    private final boolean headline;
    private final java.time.LocalDate reference;
    /** Per token of the document: which lexicons may start a match there (see {@link Lexicons#mask}). */
    private final int[] mask;
    private ArticleContext ctx;

    private final List<Quantity> quantities = new ArrayList<>();
    /** Tokens of numbers too large to believe: reported as warnings when the sentence is read. */
    private final List<Integer> absurd = new ArrayList<>(0);
    private final List<PhraseTrie.Match<Trigger>> triggers = new ArrayList<>();
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<PhraseTrie.Match<PlaceLexicon.Place>> places = new ArrayList<>();
    private List<TimeExpression> times;
    // The same triggers and actors by the token they start at (at most one each: annotate matches the
    // longest), so that reading looks them up instead of scanning the lists for every number.
    private PhraseTrie.Match<?>[] triggerAtToken;
    private ActorMention[] actorAtToken;
    /** Tokens of the longest trigger: a trigger ending at k starts at k - this or later. */
    private int longestTrigger;
    // Facts about the whole sentence that reading asks once per number: computed on first use.
    private Boolean refersBack;
    /** By {@link Cue#ordinal()}: where the first cue of that kind starts, {@code to} for none, -1 not yet known. */
    private int[] firstCueAt;
    private boolean firstFreeKnown;
    private ActorMention firstFree;
    /** Tokens of claimants' names, which never act. */
    private boolean[] claimantToken;
    private String claimant;

    SentenceReader(Lexicons lex, Tokens t, int[] mask, int from, int to, int sentenceIndex, boolean headline,
            java.time.LocalDate reference) {
        this.lex = lex;
        this.mask = mask;
        this.t = t;
        this.from = from;
        this.to = to;
        this.sentenceIndex = sentenceIndex;
        this.headline = headline;
        this.reference = reference;
    }

    /**
     * The words reading compares tokens with, for the extractor's vocabulary: a token that is one of them
     * gets its lower-cased String from the vocabulary instead of making its own.
     */
    static Set<String> words() {
        Set<String> out = new java.util.HashSet<>(List.of("the", "a", "an", "another", "of", "and", "at", "least",
                "total", "also", "reportedly", "being", "others", "other", "them", "whom", "responsibility",
                "billion", "trillion", "$", "\u20ac", "\u00a3", "aged", "age", "no", "number", "resolution", "#",
                "url", ",", "'s", "during", "^", ")"));
        for (Set<String> set : List.of(STOPS, PERFECT, PREPOSITIONS, CLAUSE_OPENERS, OBJECT_DETERMINERS, TRANSPARENT,
                POSSESSIVES, LOCATION_PREPOSITIONS, ASIDE_PREPOSITIONS, NAME_NOUNS)) {
            out.addAll(set);
        }
        return out;
    }

    /** Adds the countries this sentence names (as actor or place) to {@code counts}. */
    void countGroups(java.util.Map<String, Integer> counts) {
        for (ActorMention m : actors) {
            if (m.kind() == ActorMention.Kind.GROUP && m.code() != null && !m.code().endsWith("GOV")
                    && !m.code().endsWith("MIL")) {
                counts.merge(m.code(), 1, Integer::sum);
            }
        }
    }

    void countCountries(java.util.Map<String, Integer> counts) {
        for (ActorMention m : actors) {
            if (m.country() != null) {
                counts.merge(m.country(), 1, Integer::sum);
            }
        }
        for (PhraseTrie.Match<PlaceLexicon.Place> p : places) {
            counts.merge(p.value().country(), 1, Integer::sum);
        }
    }

    /** The head of a counted noun phrase: what follows the number. */
    private record Head(Kind kind, int from, int to, List<String> classes, Trigger nounTrigger) {
        enum Kind { NONE, CLASS, NOUN_TRIGGER, GROUP, UNKNOWN }

        boolean has(String cls) {
            return classes != null && classes.contains(cls);
        }

        boolean person() {
            return kind == Kind.NONE || kind == Kind.GROUP || has("person") || has("person_one");
        }

        boolean notCounted() {
            return kind == Kind.CLASS && (has("not_count") || has("place")) && !has("person")
                    && !has("target") && !has("equipment") && !has("person_one");
        }
    }

    /** Reads the facts; {@link #annotate()} must have run. Sentences are read in order, sharing {@code context}. */
    List<Draft> read(ArticleContext context) {
        this.ctx = context;
        for (int i : absurd) {
            int end = Math.min(to, i + 3);
            ctx.warnings.add("implausible number '" + t.text().substring(t.start(i), t.end(end - 1))
                    + "' at char " + t.start(i) + ": not read as a count");
        }
        List<Draft> out = new ArrayList<>();
        findClaimant();
        if (quantities.isEmpty()) {
            noteContext(out);
            return out;
        }
        for (Quantity q : quantities) {
            Draft d = link(q, out);
            if (d != null && !d.type.equals("none")) {
                d.headline = headline;
                d.sentence = sentenceIndex;
                out.add(d);
            }
        }
        for (Draft d : out) {
            attribute(d, out);
        }
        noteContext(out);
        return out;
    }

    // ---------------------------------------------------------------- annotation

    /** Finds numbers, triggers, names, places and times: the per-token pass, before any reading. */
    void annotate() {
        times = hasBit(Lexicons.TIME)
                ? lex.times.find(t, from, to, reference, i -> (mask[i] & Lexicons.TIME) != 0) : List.of();
        int timeIdx = 0;
        for (int i = from; i < to; i++) {
            int m = mask[i];
            if (m == 0) {
                continue;
            }
            PhraseTrie.Match<Trigger> tr = (m & Lexicons.TRIGGER) != 0 ? lex.trigger(t, i, to) : null;
            if (tr != null) {
                triggers.add(tr);
                if (triggerAtToken == null) {
                    triggerAtToken = new PhraseTrie.Match<?>[to - from];
                }
                triggerAtToken[i - from] = tr;
                longestTrigger = Math.max(longestTrigger, tr.to() - tr.from());
            }
            ActorMention am = (m & Lexicons.ACTOR) != 0 ? lex.actors.match(t, i, to) : null;
            if (am != null) {
                actors.add(am);
                if (actorAtToken == null) {
                    actorAtToken = new ActorMention[to - from];
                }
                actorAtToken[i - from] = am;
            }
            PhraseTrie.Match<PlaceLexicon.Place> pl = (m & Lexicons.PLACE) != 0 ? lex.places.match(t, i, to) : null;
            if (pl != null) {
                places.add(pl);
            }
        }
        for (int i = from; i < to; i++) {
            while (timeIdx < times.size() && times.get(timeIdx).to() <= i) {
                timeIdx++;
            }
            if (timeIdx < times.size() && times.get(timeIdx).from() <= i) {
                i = times.get(timeIdx).to() - 1; // numbers inside dates are not counts
                continue;
            }
            Quantity q = mayStartNumber(i) ? lex.numbers.read(t, i, to) : null;
            if (q != null && exponent(q.to() - 1) || q == null && t.isNumber(i) && implausible(i)) {
                absurd.add(i);
                int last = q == null ? i : q.to() - 1;
                // skip the exponent too: "10^400" is no "400"
                i = exponent(last) && last + 2 < to && t.isNumber(last + 2) ? last + 2 : last;
                continue;
            }
            if (q == null && (mask[i] & Lexicons.INDEFINITE) != 0) { // "a", "an", "another"
                q = indefinite(i);
            }
            if (q != null) {
                if (countable(q)) {
                    quantities.add(q);
                }
                i = q.to() - 1;
            }
        }
    }

    // ---------------------------------------------------------------- lexicon look-ups behind the token mask

    private boolean hasBit(int bit) {
        for (int i = from; i < to; i++) {
            if ((mask[i] & bit) != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean mayStartNumber(int i) {
        return t.isNumber(i) || (mask[i] & Lexicons.NUMBER) != 0
                || t.hyphenated(i) && lex.numbers.mayStart(t, i); // "twenty-five"
    }

    /** End of the longest cue of {@code kind} starting at {@code i}, or -1. */
    private int cue(Cue kind, int i, int end) {
        return i < end && (mask[i] & Lexicons.cueBit(kind)) != 0 ? lex.cue(kind, t, i, end) : -1;
    }

    /** Start of a cue of {@code kind} ending exactly at {@code end} (looking back at most 4 tokens), or -1. */
    private int cueEndingAt(Cue kind, int end) {
        for (int i = Math.max(from, end - 4); i < end; i++) {
            if (cue(kind, i, end) == end) {
                return i;
            }
        }
        return -1;
    }

    private PhraseTrie.Match<String> noun(int i, int end) {
        return i < end && (mask[i] & Lexicons.NOUN) != 0 ? lex.noun(t, i, end) : null;
    }

    /** "10^400": an exponent makes any count absurd. */
    private boolean exponent(int last) {
        return last + 1 < to && t.rawEquals(last + 1, "^") && t.end(last) == t.start(last + 1);
    }

    /** Digits too many for any count of people or incidents ("99999999999999999999 killed", "5 billion"). */
    private boolean implausible(int i) {
        if (exponent(i)) {
            return true;
        }
        int digits = 0;
        String raw = t.raw(i);
        for (int k = 0; k < raw.length(); k++) {
            if (Character.isDigit(raw.charAt(k))) {
                digits++;
            }
        }
        if (raw.indexOf('.') < 0 && digits >= 10) {
            return true;
        }
        return i + 1 < to && (t.lower(i + 1).equals("billion") || t.lower(i + 1).equals("trillion"));
    }

    /** "a soldier", "another civilian": one person, if a singular person noun follows. */
    private Quantity indefinite(int i) {
        for (int k = i + 1; k < Math.min(to, i + 4); k++) {
            if (t.isNumber(k) || t.isPunct(k)) {
                return null;
            }
            PhraseTrie.Match<String> n = noun(k, to);
            if (n != null) {
                return n.values().contains("person_one")
                        ? new Quantity(i, i + 1, 1L, 1L, 1L, Quantity.EXACT, Quantity.Flag.INDEFINITE) : null;
            }
            if (STOPS.contains(t.lower(k))) {
                return null;
            }
        }
        return null;
    }

    /** Numbers that are never counts: money, times, ages. */
    private boolean countable(Quantity q) {
        int before = q.from() - 1;
        if (before >= from) {
            String b = t.lower(before);
            if (b.equals("$") || b.equals("\u20ac") || b.equals("\u00a3") || b.equals("aged") || b.equals("age")
                    || b.equals("no") || b.equals("number") || b.equals("resolution") || b.equals("#")
                    || b.equals("url")) {
                return false; // money, ages, numbered things, page furniture ("Get short URL 6319")
            }
            if (t.isNumber(q.from()) && t.raw(q.from()).length() >= 5 && lex.times.isMonthName(b)) {
                return false; // "Apr 232017": a day and a year run together
            }
        }
        int after = q.to();
        if (after + 1 < to && t.isPunct(after) && isJoiner(t.firstChar(after)) && t.isNumber(after + 1)
                && t.end(q.to() - 1) == t.start(after)) {
            return false; // "16:45", "25-01-2016", "3/10/2016"
        }
        if (before - 1 >= from && t.isPunct(before) && isJoiner(t.firstChar(before)) && t.isNumber(before - 1)
                && t.end(before) == t.start(q.from())) {
            return false;
        }
        return true;
    }

    private static boolean isJoiner(char c) {
        return c == ':' || c == '-' || c == '/' || c == '.';
    }

    // ---------------------------------------------------------------- linking

    private Draft link(Quantity q, List<Draft> sofar) {
        Head head = head(q);
        if (cueEndingAt(Cue.SUBSET, q.from()) >= 0 && !(head.kind() == Head.Kind.NOUN_TRIGGER
                && head.nounTrigger().category().equals("incident"))) {
            return null; // "including 5 children": part of a figure already counted
        }
        if (head.notCounted()) {
            return null;
        }
        if (q.flag() == Quantity.Flag.YEAR_LIKE && !(head.from() == q.to() && head.has("person"))) {
            return null; // "2011" is a year unless people follow: "2000 people"
        }
        if (head.kind() == Head.Kind.NOUN_TRIGGER && q.to() < to && t.lower(q.to()).equals("of")
                && head.nounTrigger().category().equals("incident")) {
            return null; // "one of the shells landed": a partitive, not a count of attacks
        }
        if (head.kind() == Head.Kind.NOUN_TRIGGER && head.nounTrigger().type().equals("none")) {
            return null; // "30 casualties": killed and wounded together, not codable
        }
        boolean indefinite = q.flag() == Quantity.Flag.INDEFINITE;
        // A. the counted noun is itself the trigger: "114 air strikes", "3.6 million refugees"
        if (!indefinite && head.kind() == Head.Kind.NOUN_TRIGGER) {
            return draft(head.nounTrigger(), q, head, head.from());
        }
        // C. an active verb right before the number: "killed 45", "destroying 114 targets" -- unless a verb
        // stands right after it: "10 civilians killed 40 injured" counts 40 injured
        Draft active = activeBefore(q, head);
        if (active != null && !(head.kind() == Head.Kind.NONE && predicateAt(q.to(), head))) {
            return active;
        }
        // B. a verb or adjective after the noun phrase: "two soldiers were killed", "45 dead"
        int k = head.kind() == Head.Kind.NONE ? head.from() : head.to();
        if (k + 1 < to && t.lower(k).equals("at") && t.lower(k + 1).equals("least") && q.qualifier().equals(Quantity.EXACT)) {
            q = new Quantity(q.from(), q.to(), q.low(), q.best(), null, Quantity.AT_LEAST, q.flag());
            k += 2;
        }
        boolean skippedAside = false;
        for (int n = 0; n < 7 && k < to; n++) {
            PhraseTrie.Match<Trigger> tr = triggerAt(k);
            if (tr != null && !adjectival(tr)) {
                Trigger ok = compatible(tr, head, true);
                if (ok != null) {
                    return ok.type().equals("none") ? null : draft(ok, q, head, k);
                }
            }
            int aux = cue(Cue.AUX, k, to);
            if (aux > k) {
                k = aux;
                continue;
            }
            if (!skippedAside) {
                // "13 people including six children were killed", "38 fighters from both sides were killed"
                int resume = aside(k);
                if (resume > k) {
                    k = resume;
                    skippedAside = true;
                    continue;
                }
            }
            break;
        }
        if (indefinite) {
            return null;
        }
        // D. a toll: "the death toll rose to 70", "bring the total of troops killed ... to 19"
        Draft toll = toll(q, head);
        if (toll != null) {
            return toll;
        }
        // E. a list after a linked number: "killed 45 civilians in Aleppo and 22 in Idlib"
        if (!sofar.isEmpty()) {
            Draft prev = sofar.get(sofar.size() - 1);
            if (prev.npTo <= q.from() && q.from() - prev.npTo <= 8 && continuation(prev.npTo, q.from())
                    && (prev.trigger.head().equals("person") ? head.person() : head.kind() == Head.Kind.CLASS)) {
                Draft d = draft(prev.trigger, q, head, prev.triggerFrom);
                d.type = prev.type;
                return d;
            }
        }
        return null;
    }

    private static final Set<String> ASIDE_PREPOSITIONS = Set.of("in", "from", "of", "on", "at", "near", "inside",
            "across", "with", "for", "belonging", "loyal", "affiliated");

    /**
     * Where the clause resumes after an aside between a counted noun and its verb: a subset ("including
     * six children", "mostly women") or a short prepositional phrase ("from the warring sides"). Returns
     * {@code k} when there is no such aside or no verb after it.
     */
    private int aside(int k) {
        if (t.rawEquals(k, ",") && k + 1 < to && cue(Cue.SUBSET, k + 1, to) > k + 1) {
            k++; // "25 people, including the bomber, were killed"
        }
        boolean subset = cue(Cue.SUBSET, k, to) > k;
        if (!subset && !ASIDE_PREPOSITIONS.contains(t.lower(k))) {
            return k;
        }
        for (int i = k + 1; i < Math.min(to, k + 9); i++) {
            if (t.isPunct(i) && t.firstChar(i) != '-' && t.firstChar(i) != ',' || !subset && t.isNumber(i)) {
                return k;
            }
            if (cue(Cue.AUX, i, to) > i) {
                return i;
            }
            PhraseTrie.Match<Trigger> tr = triggerAt(i);
            if (tr != null && !subset) {
                return k; // "dozens in areas held by": without an auxiliary the verb may be a modifier
            }
            if (tr != null) {
                for (Trigger g : tr.values()) {
                    if (g.passive()) {
                        return i;
                    }
                }
            }
        }
        return k;
    }

    /** "several wounded children": a participle before a person noun describes it; it says nothing happened. */
    private boolean adjectival(PhraseTrie.Match<Trigger> tr) {
        if (tr.to() >= to) {
            return false;
        }
        PhraseTrie.Match<String> n = noun(tr.to(), to);
        return n != null && (n.values().contains("person") || n.values().contains("person_one"));
    }

    private Draft activeBefore(Quantity q, Head head) {
        int p = q.from();
        if (p - 1 >= from && OBJECT_DETERMINERS.contains(t.lower(p - 1))) {
            p--;
        }
        if (p - 3 >= from && t.lower(p - 3).equals("a") && t.lower(p - 2).equals("total") && t.lower(p - 1).equals("of")) {
            p -= 3;
        }
        for (int k = Math.max(from, p - longestTrigger); k < p; k++) {
            PhraseTrie.Match<Trigger> tr = triggerAt(k);
            if (tr != null && tr.to() == p && !passiveUse(tr.from())) {
                Trigger ok = compatible(tr, head, false);
                if (ok != null) {
                    return draft(ok, q, head, tr.from());
                }
            }
        }
        return null;
    }

    /** Whether a verb or adjective that can follow its subject stands at {@code k}: "40 injured". */
    private boolean predicateAt(int k, Head head) {
        PhraseTrie.Match<Trigger> tr = k < to ? triggerAt(k) : null;
        return tr != null && !adjectival(tr) && compatible(tr, head, true) != null;
    }

    /** "were injured at least three killed": after a form of "be" the verb is passive and takes no object. */
    private boolean passiveUse(int trigger) {
        int b = trigger - 1;
        if (b >= from && (t.lower(b).equals("also") || t.lower(b).equals("reportedly"))) {
            b--;
        }
        if (b < from) {
            return false;
        }
        String w = t.lower(b);
        return w.equals("was") || w.equals("were") || w.equals("been") || w.equals("be") || w.equals("is")
                || w.equals("are") || w.equals("being");
    }

    private boolean continuation(int a, int b) {
        boolean joined = false;
        for (int i = a; i < b; i++) {
            if (t.isNumber(i) || triggerAt(i) != null) {
                return false;
            }
            String w = t.lower(i);
            if (w.equals("and") || w.equals(",")) {
                joined = true;
            }
        }
        return joined;
    }

    @SuppressWarnings("unchecked")
    private PhraseTrie.Match<Trigger> triggerAt(int k) {
        return triggerAtToken == null || k < from || k >= to ? null : (PhraseTrie.Match<Trigger>) triggerAtToken[k - from];
    }

    /** The first meaning of the trigger that fits the direction and the counted noun, or null. */
    private Trigger compatible(PhraseTrie.Match<Trigger> tr, Head head, boolean numberBefore) {
        for (Trigger g : tr.values()) {
            if (g.form() == Trigger.Form.TOLL || g.form() == Trigger.Form.NOUN || g.untyped()) {
                continue;
            }
            if (numberBefore ? !g.passive() : !g.active()) {
                continue;
            }
            boolean fits = switch (g.head()) {
                case "person" -> head.person();
                case "target" -> head.has("target") || head.has("equipment");
                case "equipment" -> head.has("equipment");
                default -> true;
            };
            if (fits) {
                return g;
            }
        }
        return null;
    }

    private Head head(Quantity q) {
        int k = q.to();
        if (k < to && t.lower(k).equals("of")) {
            if (k + 1 < to && (t.lower(k + 1).equals("them") || t.lower(k + 1).equals("whom")
                    || t.lower(k + 1).equals("those"))) {
                return new Head(Head.Kind.CLASS, k, k + 2, List.of("person"), null);
            }
            k++;
            if (k < to && POSSESSIVES.contains(t.lower(k))) {
                k++;
            }
        }
        int skipped = 0;
        for (int n = 0; n < 6 && k < to; n++) {
            PhraseTrie.Match<Trigger> tr = triggerAt(k);
            if (tr != null) {
                for (Trigger g : tr.values()) {
                    if (g.form() == Trigger.Form.NOUN) {
                        return new Head(Head.Kind.NOUN_TRIGGER, k, tr.to(), null, g);
                    }
                }
            }
            if (tr != null) {
                // "45 dead", "around 40 injured": the verb, not a noun, follows the number
                return new Head(skipped == 0 ? Head.Kind.NONE : Head.Kind.UNKNOWN, k, k, null, null);
            }
            PhraseTrie.Match<String> noun = noun(k, to);
            if (noun != null) {
                return new Head(Head.Kind.CLASS, k, noun.to(), noun.values(), null);
            }
            ActorMention am = actorAt(k);
            if (am != null && am.kind() == ActorMention.Kind.GROUP) {
                // "250 Syrian troops", "five IS militants", "ten Hezbollah"
                k = am.to();
                PhraseTrie.Match<String> after = k < to ? noun(k, to) : null;
                if (after != null && after.values().contains("person")) {
                    return new Head(Head.Kind.CLASS, am.from(), after.to(), after.values(), null);
                }
                return new Head(Head.Kind.GROUP, am.from(), am.to(), null, null);
            }
            if (stop(k)) {
                return new Head(skipped == 0 ? Head.Kind.NONE : Head.Kind.UNKNOWN, k, k, null, null);
            }
            if ((am == null || am.kind() != ActorMention.Kind.COUNTRY_ROLE && am.kind() != ActorMention.Kind.COUNTRY)
                    && !TRANSPARENT.contains(t.lower(k))) {
                skipped++;
            }
            k++;
        }
        return new Head(Head.Kind.UNKNOWN, k, k, null, null);
    }

    private boolean stop(int k) {
        if (t.isNumber(k)) {
            return true;
        }
        if (t.isPunct(k)) {
            char c = t.firstChar(k);
            return c != '-' && c != '"' && c != '\u201c' && c != '\u201d';
        }
        return STOPS.contains(t.lower(k)) || cue(Cue.AUX, k, to) > k;
    }

    private ActorMention actorAt(int k) {
        return actorAtToken == null || k < from || k >= to ? null : actorAtToken[k - from];
    }

    private Draft toll(Quantity q, Head head) {
        int linkStart = cueEndingAt(Cue.TOLL_LINK, q.from());
        if (linkStart < 0) {
            return null;
        }
        PhraseTrie.Match<Trigger> toll = null;
        Trigger tollTrigger = null;
        for (PhraseTrie.Match<Trigger> tr : triggers) {
            if (tr.to() <= linkStart && tr.from() >= q.from() - 16) {
                for (Trigger g : tr.values()) {
                    if (g.form() == Trigger.Form.TOLL) {
                        toll = tr;
                        tollTrigger = g;
                    }
                }
            }
        }
        if (toll == null || !head.person() && head.kind() != Head.Kind.UNKNOWN) {
            return null;
        }
        Trigger typed = tollTrigger.untyped() ? null : tollTrigger;
        if (typed == null) {
            // "the total of Turkish troops killed in clashes ... to 19": the type comes from inside
            for (PhraseTrie.Match<Trigger> tr : triggers) {
                if (tr.from() >= toll.to() && tr.to() <= linkStart) {
                    for (Trigger g : tr.values()) {
                        if (g.form() != Trigger.Form.TOLL && !g.untyped() && g.head().equals("person") || g.form() == Trigger.Form.NOUN && !g.untyped()) {
                            typed = g;
                            break;
                        }
                    }
                }
                if (typed != null) {
                    break;
                }
            }
        }
        if (typed == null) {
            return null;
        }
        Draft d = draft(typed, q, head, toll.from());
        // the counted noun phrase sits between the toll word and the first verb: "total of Turkish troops"
        d.npFrom = toll.to();
        d.npTo = linkStart;
        for (PhraseTrie.Match<Trigger> tr : triggers) {
            if (tr.from() >= toll.to() && tr.from() < d.npTo) {
                d.npTo = tr.from();
            }
        }
        d.tollNp = true;
        return d;
    }

    private Draft draft(Trigger g, Quantity q, Head head, int triggerFrom) {
        Draft d = new Draft(g.type(), g, q);
        d.triggerFrom = triggerFrom;
        d.npFrom = q.from();
        d.npTo = Math.max(q.to(), head.kind() == Head.Kind.NONE || head.kind() == Head.Kind.UNKNOWN ? q.to() : head.to());
        // "25 militants of Al-Nusra Front": the group after "of" belongs to the noun phrase
        if (d.npTo + 1 < to && t.lower(d.npTo).equals("of")) {
            ActorMention am = actorAt(d.npTo + 1);
            if (am == null && d.npTo + 2 < to && t.lower(d.npTo + 1).equals("the")) {
                am = actorAt(d.npTo + 2);
            }
            if (am != null && am.kind() == ActorMention.Kind.GROUP) {
                d.npTo = am.to();
            }
        }
        d.sentenceStart = t.start(from);
        d.sentenceEnd = t.end(to - 1);
        int firstNumberToken = q.from();
        d.charStart = t.start(firstNumberToken);
        d.charEnd = t.end(q.to() - 1);
        return d;
    }

    // ---------------------------------------------------------------- attribution

    private void attribute(Draft d, List<Draft> all) {
        d.target = target(d, all);
        actor(d);
        d.claimedBy = claimant;
        location(d);
        cumulative(d);
        date(d);
    }

    private String target(Draft d, List<Draft> all) {
        ActorMention best = null;
        for (ActorMention m : actors) {
            if (m.from() >= d.npFrom && m.to() <= d.npTo && rank(m) > rank(best)) {
                best = m;
            }
        }
        if (best != null) {
            if (best.kind() == ActorMention.Kind.ROLE && "REB".equals(best.role()) && ctx.homeGroup != null) {
                // "25 terrorists were killed" in an article about the Nusra Front: its fighters fell. (Only
                // for victims: a perpetrator called "insurgents" is too often another group.)
                return ctx.homeGroup;
            }
            return resolve(best);
        }
        int idx = all.indexOf(d);
        if (idx > 0 && (d.npTo - d.npFrom <= 2 || mentionsOthers(d))) {
            Draft prev = all.get(idx - 1);
            if (prev.target != null) {
                return prev.target;
            }
        }
        // no side named: the people a casualty or displacement count is about are, by default, civilians
        if (d.type.equals("refugees")) {
            return null;
        }
        boolean people = d.trigger.category().equals("displacement") || d.trigger.category().equals("casualty")
                || d.type.equals("kidnapped");
        return people ? "CVL" : null;
    }

    private boolean mentionsOthers(Draft d) {
        for (int i = d.npFrom; i < d.npTo; i++) {
            if (t.lower(i).equals("others") || t.lower(i).equals("other")) {
                return true;
            }
        }
        return false;
    }

    private static int rank(ActorMention m) {
        if (m == null) {
            return -1;
        }
        return switch (m.kind()) {
            case GROUP -> 4;
            case COUNTRY_ROLE -> 3;
            case ROLE -> "CVL".equals(m.role()) ? 2 : 1;
            case COUNTRY -> 1;
        };
    }

    /** The full code of a mention, filling a bare role's country from context. */
    private String resolve(ActorMention m) {
        if (m.code() != null) {
            return m.code();
        }
        // "Nusra Front terrorists", "Fatah al-Sham (formerly Al-Nusra Front) terrorists": the group's people
        for (ActorMention g : actors) {
            if (g.kind() == ActorMention.Kind.GROUP && g.to() <= m.from() && m.from() - g.to() <= 1) {
                return g.code();
            }
        }
        String country = ctx.countryByRole.getOrDefault(m.role(), ctx.homeCountry);
        return country == null ? null : country + m.role();
    }

    private void actor(Draft d) {
        ActorMention best = null;
        int bestScore = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorMention m : actors) {
            if (m.from() >= d.npFrom && m.to() <= d.npTo || claimantToken[m.from() - from]) {
                continue;
            }
            if ("CVL".equals(m.role())) {
                continue; // civilians suffer; they are not the perpetrators this table counts
            }
            int score = 0;
            if (d.trigger.active() && d.quantity.from() > d.triggerFrom && m.to() <= d.triggerFrom
                    && m == firstFreeMention()) {
                score = 4; // the subject of the clause acts: "Turkish forces seized three tanks"
            } else if (agentNoun(m) || byBefore(m.from()) || opensClause(m)) {
                score = 3;
            } else if (jointWithAgent(m)) {
                score = 3; // "Syrian regime and Russian bombing": the first named of joint actors
            } else if (m.to() <= d.triggerFrom && d.trigger.active() && d.quantity.from() > d.triggerFrom
                    && noMentionBetween(m.to(), d.triggerFrom) && !afterPreposition(m)) {
                score = 2; // the nearest name before "killed 45" that is not inside a phrase like "in Syria"
            }
            if (score == 0) {
                continue;
            }
            int distance = Math.abs(m.from() - d.triggerFrom);
            if (score > bestScore || score == bestScore && distance < bestDistance) {
                best = m;
                bestScore = score;
                bestDistance = distance;
            }
        }
        String code = best == null ? null : resolve(best);
        if (code != null && code.equals(d.target)) {
            code = null;
        }
        if (code == null && ctx.lastActor != null && (refersBack() && sentenceIndex - ctx.lastActorSentence <= 3
                || sentenceIndex - ctx.lastActorSentence == 1 && !namesAnActor(d))) {
            // "Russian warplanes struck Saraqeb. Five civilians were killed.": the actor of the sentence before
            code = ctx.lastActor;
            d.actorImplied = true;
        }
        d.actor = code;
    }

    /** The first actor named outside a prepositional phrase or a claim: the sentence's likely subject. */
    private ActorMention firstFreeMention() {
        if (!firstFreeKnown) { // the claimant is found before any number is read: the answer does not change
            firstFree = null;
            for (ActorMention m : actors) {
                if (claimantToken[m.from() - from] || "CVL".equals(m.role()) || afterPreposition(m)) {
                    continue;
                }
                firstFree = m;
                break;
            }
            firstFreeKnown = true;
        }
        return firstFree;
    }

    /** "in Syria", "to the regime": a name inside a prepositional phrase is no subject. */
    private boolean afterPreposition(ActorMention m) {
        int b = m.from() - 1;
        if (b >= from && t.lower(b).equals("the")) {
            b--;
        }
        return b >= from && PREPOSITIONS.contains(t.lower(b));
    }

    /** "Syrian regime shelling", "Assad's warplanes": an attack noun follows the name or ends it. */
    private boolean agentNoun(ActorMention m) {
        if (cue(Cue.AGENT, m.to(), to) > m.to()) {
            return true;
        }
        for (int k = m.from() + 1; k < m.to(); k++) {
            if (cue(Cue.AGENT, k, m.to()) == m.to()) {
                return true;
            }
        }
        return false;
    }

    /** "Syrian regime and Russian bombing": the first of two names joined before an attack noun. */
    private boolean jointWithAgent(ActorMention m) {
        if (m.to() + 1 >= to || !(t.lower(m.to()).equals("and") || t.lower(m.to()).equals(","))) {
            return false;
        }
        ActorMention next = actorAt(m.to() + 1);
        return next != null && agentNoun(next);
    }

    /** "when terrorist organizations fired": the subject of a when/as/after clause. */
    private boolean opensClause(ActorMention m) {
        int b = m.from() - 1;
        if (b >= from && t.lower(b).equals("the")) {
            b--;
        }
        return b >= from && CLAUSE_OPENERS.contains(t.lower(b));
    }

    /** Whether the sentence names any actor outside the fact's own noun phrase and the claimant. */
    private boolean namesAnActor(Draft d) {
        for (ActorMention m : actors) {
            if (!(m.from() >= d.npFrom && m.to() <= d.npTo) && !claimantToken[m.from() - from]
                    && !"CVL".equals(m.role())) {
                return true;
            }
        }
        return false;
    }

    private boolean byBefore(int i) {
        int k = i;
        if (k - 1 >= from && t.lower(k - 1).equals("the")) {
            k--;
        }
        return cueEndingAt(Cue.BY, k) >= 0;
    }

    private boolean noMentionBetween(int a, int b) {
        for (ActorMention m : actors) {
            if (m.from() >= a && m.to() <= b) {
                return false;
            }
        }
        return true;
    }

    /** "in the aerial attack", "the strike": the sentence continues an event told before. */
    private boolean refersBack() {
        if (refersBack == null) {
            refersBack = theBeforeEvent();
        }
        return refersBack;
    }

    private boolean theBeforeEvent() {
        for (int i = from; i < to; i++) {
            if (t.lower(i).equals("the")) {
                for (int k = i + 1; k < Math.min(to, i + 4); k++) {
                    if (cue(Cue.EVENT, k, to) > k) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void findClaimant() {
        claimantToken = new boolean[to - from];
        for (int i = from; i < to; i++) {
            int after = cue(Cue.CLAIM_BEFORE, i, to);
            if (after > i) {
                int end = nameAfter(after);
                if (end > after) {
                    setClaimant(after, end);
                    return;
                }
            }
            int cue = cue(Cue.CLAIM_AFTER, i, to);
            if (cue > i && !(cue < to && t.lower(cue).equals("responsibility"))) {
                int start = nameBefore(i);
                if (start < i) {
                    setClaimant(start, i);
                    return;
                }
            }
        }
    }

    private void setClaimant(int a, int b) {
        for (int i = a; i < b; i++) {
            claimantToken[i - from] = true;
        }
        int s = a;
        if (t.lower(s).equals("the") || t.lower(s).equals("a")) {
            s++;
        }
        if (s >= b) {
            return;
        }
        String name = t.text().substring(t.start(s), t.end(b - 1));
        String headWord = t.lower(b - 1);
        if (!t.capitalized(s)) {
            name = ctx.nameByHeadWord.getOrDefault(headWord, name);
        }
        claimant = name;
    }

    /** A name after "according to": capitalised words, "the", and a few lower-case nouns. */
    private int nameAfter(int i) {
        int k = i;
        while (k < to && k - i < 8 && t.isWord(k) && (nameLike(k) || t.lower(k).equals("the")
                || t.lower(k).equals("of") && k > i && t.capitalized(k - 1) || nameNoun(k))) {
            k++;
        }
        while (k > i && (t.lower(k - 1).equals("the") || t.lower(k - 1).equals("of"))) {
            k--;
        }
        return k;
    }

    /** A name before "said": walks back over capitalised words, "the" and a few lower-case nouns. */
    private int nameBefore(int i) {
        int k = i;
        while (k - 1 >= from && i - k < 8 && t.isWord(k - 1) && (nameLike(k - 1) || nameNoun(k - 1)
                || t.lower(k - 1).equals("of") || t.lower(k - 1).equals("'s"))) {
            k--;
        }
        if (k - 1 >= from && t.lower(k - 1).equals("the")) {
            k--;
        }
        while (k < i && (t.lower(k).equals("of") || t.lower(k).equals("'s"))) {
            k++;
        }
        return k;
    }

    private static final Set<String> NAME_NOUNS = Set.of("ministry", "monitor", "observatory", "sources",
            "source", "activists", "activist", "officials", "official", "spokesman", "spokeswoman", "agency",
            "army", "military", "police", "government", "statement", "media", "television", "leader",
            "president", "minister", "group", "defence", "defense", "interior", "health", "state", "news",
            "residents", "witnesses", "doctors", "medics", "command", "coalition", "organization", "organisation");

    /** Capitalised, or a name part such as "al-Mahjoub". */
    private boolean nameLike(int k) {
        if (t.capitalized(k)) {
            return true;
        }
        String raw = t.raw(k);
        int dash = raw.indexOf('-');
        return dash > 0 && dash + 1 < raw.length() && Character.isUpperCase(raw.charAt(dash + 1));
    }

    private boolean nameNoun(int k) {
        return NAME_NOUNS.contains(t.lower(k));
    }

    private void location(Draft d) {
        PlaceLexicon.Place best = null;
        int bestScore = -1;
        for (PhraseTrie.Match<PlaceLexicon.Place> m : places) {
            int score = 0;
            if (m.from() - 1 >= from && LOCATION_PREPOSITIONS.contains(t.lower(m.from() - 1))) {
                score += 2;
            }
            if (m.from() >= d.triggerFrom) {
                score += 1;
            }
            if (score > bestScore) {
                best = m.value();
                bestScore = score;
            }
        }
        d.location = best != null ? best.name() : ctx.lastLocation;
    }

    private void cumulative(Draft d) {
        if (d.type.equals("refugees") && !dayTime()) {
            d.cumulative = true;
            return;
        }
        if (firstCue(Cue.CUMULATIVE) < to || firstCue(Cue.STOCK) < to && d.trigger.category().equals("displacement")) {
            d.cumulative = true;
            return;
        }
        if (dayTime()) {
            return;
        }
        if (firstCue(Cue.WAR) < d.triggerFrom) {
            d.cumulative = true;
            return;
        }
        if (d.trigger.category().equals("casualty") && d.point() >= WAR_SCALE) {
            d.cumulative = true; // tens of thousands dead is a war's toll, not one event's
            return;
        }
        boolean perfect = perfectTense(d);
        if (perfect && !Quantity.EXACT.equals(d.qualifier) && !singleEvent()) {
            d.cumulative = true;
            return;
        }
        if (d.trigger.category().equals("displacement") && d.point() >= 1000 && !d.type.equals("evacuated")) {
            d.cumulative = true;
        }
    }

    /** "have been killed", "has killed", "had been killed": the auxiliaries right before the trigger. */
    private boolean perfectTense(Draft d) {
        for (int i = Math.max(from, d.triggerFrom - 4); i < d.triggerFrom; i++) {
            if (PERFECT.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where the first cue of {@code kind} starts in the sentence, or {@code to} when there is none. */
    private int firstCue(Cue kind) {
        if (firstCueAt == null) {
            firstCueAt = new int[CUE_KINDS];
            java.util.Arrays.fill(firstCueAt, -1);
        }
        if (firstCueAt[kind.ordinal()] < 0) {
            int first = to;
            for (int i = from; i < to; i++) {
                if (cue(kind, i, to) > i) {
                    first = i;
                    break;
                }
            }
            firstCueAt[kind.ordinal()] = first;
        }
        return firstCueAt[kind.ordinal()];
    }

    /** A sentence about one violent event ("an explosion", "the attack") reports its toll, not a total. */
    private boolean singleEvent() {
        return firstCue(Cue.SINGLE_EVENT) < to;
    }

    private boolean dayTime() {
        for (TimeExpression e : times) {
            if (e.granularity() == TimeExpression.Granularity.DAY) {
                return true;
            }
        }
        return false;
    }

    private void date(Draft d) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression e : times) {
            int distance = Math.abs(e.from() - d.quantity.from());
            if (best == null || e.granularity().ordinal() < best.granularity().ordinal()
                    || e.granularity() == best.granularity() && distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        if (best != null && best.granularity() != TimeExpression.Granularity.DAY
                && !best.date().isAfter(ctx.reference) && best.date().plusMonths(1).isAfter(ctx.reference)) {
            best = null; // "this month": the month of the reference date, dated by it
        }
        if (best != null && d.cumulative && !(best.granularity() == TimeExpression.Granularity.MONTH
                && best.from() > from && t.lower(best.from() - 1).equals("during"))) {
            best = null; // a running total is dated by the report, not by when the count began
        }
        LocalDate date;
        if (best != null) {
            date = best.date();
        } else if (best == null && !d.cumulative && refersBack() && ctx.lastEventDate != null) {
            date = ctx.lastEventDate;
        } else {
            date = ctx.reference;
        }
        if (date.isAfter(ctx.reference)) {
            date = ctx.reference;
        }
        d.eventDate = date;
        d.month = date.withDayOfMonth(1);
    }

    // ---------------------------------------------------------------- context for later sentences

    private void noteContext(List<Draft> drafts) {
        for (ActorMention m : actors) {
            if (m.country() != null && m.role() != null) {
                ctx.countryByRole.put(m.role(), m.country());
            }
        }
        for (Draft d : drafts) {
            if (d.actor != null && !d.actorImplied) {
                ctx.lastActor = d.actor;
                ctx.lastActorSentence = sentenceIndex;
            }
            if (!d.cumulative) {
                ctx.lastEventDate = d.eventDate;
            }
        }
        if (drafts.isEmpty() || drafts.stream().allMatch(d -> d.actor == null)) {
            // an actor named with an attack verb and no number still sets the scene: "Syrian regime forces shelled"
            for (ActorMention m : actors) {
                boolean bareCountry = m.kind() == ActorMention.Kind.COUNTRY;
                if (m.code() != null && !"CVL".equals(m.role()) && !claimantToken[m.from() - from]
                        && (agentNoun(m) || !bareCountry && m == firstFreeMention() && hasBit(Lexicons.cueBit(Cue.EVENT)))) {
                    ctx.lastActor = m.code();
                    ctx.lastActorSentence = sentenceIndex;
                    break;
                }
            }
        }
        if (!places.isEmpty()) {
            ctx.lastLocation = places.get(0).value().name();
        }
        for (ActorMention m : actors) {
            int after = m.to() < to && t.rawEquals(m.to(), ")") ? m.to() + 1 : m.to(); // "... (ISIL) claimed"
            int c = cue(Cue.AGENT, after, to);
            if (c > after && t.lower(c - 1).equals("responsibility") && resolve(m) != null) {
                ctx.responsibilitySentences.add(new int[] {sentenceIndex});
                ctx.responsibleActors.add(resolve(m));
                break;
            }
        }
        // capitalised names, so that "the ministry" can later stand for "Turkish Defence Ministry"
        int run = -1;
        for (int i = from; i <= to; i++) {
            boolean cap = i < to && t.capitalized(i) && (i > from || true);
            if (cap && run < 0) {
                run = i;
            } else if (!cap && run >= 0) {
                if (i - run >= 2) {
                    ctx.nameByHeadWord.put(t.lower(i - 1), t.text().substring(t.start(run), t.end(i - 1)));
                }
                run = -1;
            }
        }
    }
}
