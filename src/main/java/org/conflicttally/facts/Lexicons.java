package org.conflicttally.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflicttally.actors.ActorLexicon;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.numbers.NumberReader;
import org.conflicttally.places.PlaceLexicon;
import org.conflicttally.text.Tokens;
import org.conflicttally.text.Vocabulary;

/** Every lexicon compiled into matchers: built once per JVM, read-only afterwards, shared by threads. */
final class Lexicons {
    static final Set<String> CUE_KINDS = Set.of("aux", "subset", "cumulative", "stock", "war", "event",
            "single_event", "agent",
            "by", "claim_after", "claim_before", "toll_link", "object_lead", "at_least_after",
            "recent_days", "departure", "evacuation", "irrealis", "span_joiner", "part_after", "comparison");
    static final Set<String> NOUN_CLASSES = Set.of("person", "person_one", "target", "equipment", "not_count",
            "place");

    final NumberReader numbers;
    final org.conflicttally.dates.TimeExpressions times;
    final org.conflicttally.dates.BodyDateline dateline;
    final PhraseTrie<Trigger> triggers = new PhraseTrie<>();
    final PhraseTrie<String> nouns = new PhraseTrie<>();
    final Map<String, PhraseTrie<Boolean>> cues = new HashMap<>();
    final Map<String, String> categories = new HashMap<>();
    final ActorLexicon actors;
    final PlaceLexicon places;
    /** The GeoNames gazetteer (one per JVM) and where each place of {@link #places} lies in it. */
    final org.conflicttally.places.Gazetteer gazetteer;
    final org.conflicttally.places.PlaceLinks placeLinks;
    /** The function words the reader's rules test for (words.tsv). */
    final WordClasses words;
    /** The largest figures believed, per fact type (bounds.tsv). */
    final Bounds bounds;

    // Bits of the token mask: which lexicons have a phrase starting with a word. One hash look-up per token
    // replaces one per lexicon per token in the hot loop.
    static final int TRIGGER = 1;
    static final int NOUN = 1 << 1;
    static final int ACTOR = 1 << 2;
    static final int PLACE = 1 << 3;
    static final int NUMBER = 1 << 4;
    static final int TIME = 1 << 5;
    /**
     * Words of classes indefinite, one_alone and singular_definite ("a", "another", "the"): may count one
     * person ("a soldier was killed", "another was wounded", "the victim died").
     */
    static final int INDEFINITE = 1 << 6;
    private static final int FIRST_CUE_BIT = 7;
    /** The cue tries by {@link Cue#ordinal()}. */
    @SuppressWarnings("unchecked")
    private final PhraseTrie<Boolean>[] cueTries = new PhraseTrie[Cue.values().length];
    private final Map<String, Integer> maskBits = new HashMap<>();
    /** Every word above and those the reader compares tokens with: documents are tokenised against it. */
    final Vocabulary vocabulary;
    /** {@link #maskBits} by vocabulary id: the mask costs an array read a token. */
    private final int[] maskById;

    Lexicons(LexiconSource source) {
        numbers = NumberReader.compile(source.file("quantities.tsv"));
        times = org.conflicttally.dates.TimeExpressions.compile(source.file("times.tsv"));
        dateline = new org.conflicttally.dates.BodyDateline(times.lexicon());
        actors = ActorLexicon.compile(source.file("actors.tsv"));
        places = PlaceLexicon.compile(source.file("places.tsv"));
        gazetteer = org.conflicttally.places.Gazetteer.shared();
        placeLinks = org.conflicttally.places.PlaceLinks.link(places, gazetteer);
        loadTriggers(source.file("triggers.tsv"));
        loadNouns(source.file("nouns.tsv"));
        loadCues(source.file("cues.tsv"));
        words = WordClasses.compile(source.file("words.tsv"));
        bounds = Bounds.compile(source.file("bounds.tsv"), factTypes());
        buildMaskBits();
        java.util.Set<String> words = new java.util.HashSet<>(maskBits.keySet());
        words.addAll(triggers.words());
        words.addAll(nouns.words());
        for (PhraseTrie<Boolean> cue : cueTries) {
            words.addAll(cue.words());
        }
        words.addAll(actors.words());
        words.addAll(places.words());
        words.addAll(numbers.words());
        words.addAll(times.words());
        words.addAll(this.words.words());
        vocabulary = Vocabulary.of(words);
        triggers.index(vocabulary);
        nouns.index(vocabulary);
        for (PhraseTrie<Boolean> cue : cueTries) {
            cue.index(vocabulary);
        }
        actors.index(vocabulary);
        places.index(vocabulary);
        numbers.index(vocabulary);
        this.words.index(vocabulary);
        maskById = new int[vocabulary.size()];
        for (int id = 0; id < maskById.length; id++) {
            maskById[id] = maskBits.getOrDefault(vocabulary.word(id), 0);
        }
    }

    /** The types facts are of: those of triggers.tsv but the pseudo-types ("any", "none") that are their own category. */
    private Set<String> factTypes() {
        Set<String> types = new java.util.HashSet<>();
        categories.forEach((type, category) -> {
            if (!type.equals(category)) {
                types.add(type);
            }
        });
        return types;
    }

    private void buildMaskBits() {
        mark(triggers.firstWords(), TRIGGER);
        mark(nouns.firstWords(), NOUN);
        mark(actors.firstWords(), ACTOR);
        mark(places.firstWords(), PLACE);
        mark(times.cueWords(), TIME);
        mark(numbers.startWords(), NUMBER);
        mark(words.wordsOf(WordClass.INDEFINITE), INDEFINITE);
        mark(words.wordsOf(WordClass.ONE_ALONE), INDEFINITE);
        mark(words.wordsOf(WordClass.SINGULAR_DEFINITE), INDEFINITE);
        for (Cue c : Cue.values()) {
            mark(cueTries[c.ordinal()].firstWords(), cueBit(c));
        }
    }

    private void mark(java.util.Collection<String> words, int bit) {
        for (String w : words) {
            maskBits.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** For each token, the bits of the lexicons that have a phrase starting with it. */
    int[] mask(Tokens t) {
        int n = t.size();
        int[] m = new int[n];
        if (t.vocabulary() == vocabulary) {
            for (int i = 0; i < n; i++) {
                int id = t.wordId(i);
                m[i] = id < 0 ? 0 : maskById[id];
            }
        } else { // tokens made without this vocabulary: look each word up
            for (int i = 0; i < n; i++) {
                m[i] = maskBits.getOrDefault(t.lower(i), 0);
            }
        }
        return m;
    }

    static int cueBit(Cue c) {
        return 1 << (FIRST_CUE_BIT + c.ordinal());
    }

    private void loadTriggers(TsvFile f) {
        for (TsvFile.Row row : f.rows()) {
            row.expectColumns(5, 5);
            String category = row.required(0, "category");
            String type = row.required(1, "type");
            Trigger.Form form;
            try {
                form = Trigger.Form.valueOf(row.required(2, "form").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown form '" + row.optional(2) + "' (participle, verb, predicate, noun, toll)");
            }
            String head = row.required(3, "head");
            if (!List.of("person", "open", "target", "equipment", "any").contains(head)) {
                throw row.error("unknown head '" + head + "' (person, open, target, equipment, any)");
            }
            String known = categories.putIfAbsent(type, category);
            if (known != null && !known.equals(category)) {
                throw row.error("type '" + type + "' is in category '" + known + "' elsewhere");
            }
            Trigger tr = new Trigger(category, type, form, head);
            for (String p : row.required(4, "phrases").split("\\|")) {
                if (p.isBlank()) {
                    throw row.error("empty phrase");
                }
                triggers.add(p.strip(), tr);
            }
        }
        triggers.freeze();
    }

    private void loadNouns(TsvFile f) {
        for (TsvFile.Row row : f.rows()) {
            row.expectColumns(2, 2);
            String cls = row.required(0, "class");
            if (!NOUN_CLASSES.contains(cls)) {
                throw row.error("unknown noun class '" + cls + "' " + NOUN_CLASSES);
            }
            for (String p : row.required(1, "nouns").split("\\|")) {
                if (p.isBlank()) {
                    throw row.error("empty noun");
                }
                nouns.add(p.strip(), cls);
            }
        }
        nouns.freeze();
    }

    private void loadCues(TsvFile f) {
        for (TsvFile.Row row : f.rows()) {
            row.expectColumns(2, 2);
            String kind = row.required(0, "cue");
            if (!CUE_KINDS.contains(kind)) {
                throw row.error("unknown cue '" + kind + "' " + CUE_KINDS);
            }
            PhraseTrie<Boolean> trie = cues.computeIfAbsent(kind, k -> new PhraseTrie<>());
            for (String p : row.required(1, "phrases").split("\\|")) {
                if (p.isBlank()) {
                    throw row.error("empty phrase");
                }
                if (!trie.add(p.strip(), Boolean.TRUE)) {
                    throw row.error("duplicate phrase '" + p.strip() + "' for cue " + kind);
                }
            }
        }
        for (String kind : CUE_KINDS) {
            cues.computeIfAbsent(kind, k -> new PhraseTrie<>()).freeze();
        }
        for (Cue c : Cue.values()) {
            cueTries[c.ordinal()] = java.util.Objects.requireNonNull(cues.get(c.kind), c.kind);
        }
    }

    // The look-ups below run behind the token mask: the caller has checked that a phrase of the lexicon starts
    // with the token, so they go straight to the trie.

    /** End of the longest cue of {@code kind} starting at {@code i}, or -1. */
    int cue(Cue kind, Tokens t, int i, int end) {
        if (i >= end) {
            return -1;
        }
        PhraseTrie.Match<Boolean> m = cueTries[kind.ordinal()].longest(t, i, end);
        return m == null ? -1 : m.to();
    }

    /** Noun classes of the longest noun at {@code i}, or null. */
    PhraseTrie.Match<String> noun(Tokens t, int i, int end) {
        return nouns.longest(t, i, end);
    }

    PhraseTrie.Match<Trigger> trigger(Tokens t, int i, int end) {
        return triggers.longest(t, i, end);
    }
}
