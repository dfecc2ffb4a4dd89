package org.conflicttally.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflicttally.lexicon.ConfigException;
import org.conflicttally.lexicon.TsvFile;
import org.conflicttally.text.Tokens;
import org.conflicttally.text.Vocabulary;

/**
 * The function words of {@code words.tsv}, by class. Compiled once: each word gets a bit mask of its
 * classes, indexed by vocabulary id, so that a rule's test ("is this token a preposition?") costs an array
 * read rather than a hash of the token. Read-only after {@link #index}; shared by threads.
 */
final class WordClasses {
    private final Map<String, Long> bitsByWord = new HashMap<>();
    private final Map<WordClass, Set<String>> words = new EnumMap<>(WordClass.class);
    private Vocabulary vocabulary;
    private long[] bitsById;

    private WordClasses() {
    }

    /** Loads and checks the file: known classes, one token a word, no word twice in a class, every class given. */
    static WordClasses compile(TsvFile f) {
        WordClasses out = new WordClasses();
        for (TsvFile.Row row : f.rows()) {
            row.expectColumns(2, 2);
            String kind = row.required(0, "class");
            WordClass cls = WordClass.byKind(kind);
            if (cls == null) {
                throw row.error("unknown word class '" + kind + "' " + kinds());
            }
            if (out.words.containsKey(cls)) {
                throw row.error("word class '" + kind + "' given twice");
            }
            Set<String> set = new LinkedHashSet<>();
            for (String p : row.required(1, "words").split("\\|")) {
                String w = p.strip();
                Tokens pt = Tokens.of(w);
                if (w.isEmpty() || pt.size() != 1 || !pt.lower(0).equals(w)) {
                    throw row.error("'" + w + "' is not one lower-case token");
                }
                if (!set.add(w)) {
                    throw row.error("duplicate word '" + w + "' in class " + kind);
                }
                out.bitsByWord.merge(w, cls.bit, (a, b) -> a | b);
            }
            out.words.put(cls, Set.copyOf(set));
        }
        for (WordClass c : WordClass.values()) {
            if (!out.words.containsKey(c)) {
                throw new ConfigException(f.name(), 0, "word class '" + c.kind + "' missing");
            }
        }
        return out;
    }

    private static List<String> kinds() {
        List<String> out = new ArrayList<>();
        for (WordClass c : WordClass.values()) {
            out.add(c.kind);
        }
        return out;
    }

    /** Every word of every class: the extractor's vocabulary must hold them. */
    Set<String> words() {
        return bitsByWord.keySet();
    }

    Set<String> wordsOf(WordClass c) {
        return words.get(c);
    }

    /** Indexes the words by id in the vocabulary documents are tokenised against. */
    void index(Vocabulary v) {
        long[] byId = new long[v.size()];
        for (Map.Entry<String, Long> e : bitsByWord.entrySet()) {
            byId[v.id(e.getKey())] = e.getValue();
        }
        bitsById = byId;
        vocabulary = v;
    }

    /** Whether token {@code i} is a word of class {@code c}. */
    boolean is(Tokens t, int i, WordClass c) {
        if (t.vocabulary() == vocabulary) {
            int id = t.wordId(i);
            return id >= 0 && (bitsById[id] & c.bit) != 0;
        }
        Long bits = bitsByWord.get(t.lower(i)); // tokens made without the extractor's vocabulary
        return bits != null && (bits & c.bit) != 0;
    }
}
