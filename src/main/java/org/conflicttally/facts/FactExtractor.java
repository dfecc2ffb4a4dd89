package org.conflicttally.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.conflicttally.article.Article;
import org.conflicttally.lexicon.LexiconSource;
import org.conflicttally.text.Sentences;
import org.conflicttally.text.Tokens;

/**
 * Turns one article into facts. Pure and deterministic: the same article and lexicons give the same
 * facts. Thread-safe: all state lives in the compiled lexicons, which are read-only; everything per
 * article is local to {@link #extract}.
 */
public final class FactExtractor {
    /** Written into every fact, so that tables from different versions are never mixed unnoticed. */
    public static final String VERSION = "0.1.0";

    /** Compiled extractors by lexicon fingerprint: one per JVM per lexicon set (a handful at most). */
    private static final Map<String, FactExtractor> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4;

    private final Lexicons lex;

    private FactExtractor(Lexicons lex) {
        this.lex = lex;
    }

    /** Compiles the lexicons; fails fast with file and line on a bad entry. */
    public static FactExtractor compile(LexiconSource source) {
        return new FactExtractor(new Lexicons(source));
    }

    /** The compiled extractor for these lexicons, built once per JVM (executors call this per partition). */
    public static FactExtractor forSource(LexiconSource source) {
        String key = source.fingerprint();
        FactExtractor fx = CACHE.get(key);
        if (fx == null) {
            synchronized (CACHE) {
                fx = CACHE.get(key);
                if (fx == null) {
                    if (CACHE.size() >= CACHE_LIMIT) {
                        CACHE.clear();
                    }
                    fx = compile(source);
                    CACHE.put(key, fx);
                }
            }
        }
        return fx;
    }

    /** The facts of one article, de-duplicated within it, in text order. */
    public List<Fact> extract(Article a) {
        return read(a).facts();
    }

    /** The facts of one article and the warnings about numbers it did not believe. */
    public Extraction read(Article a) {
        if (a.published() == null) {
            throw new IllegalArgumentException("article " + a.id() + " has no publication date");
        }
        Tokens t = Tokens.of(a.document(), lex.vocabulary);
        List<Sentences.Span> sentences = Sentences.split(t);
        // relative dates count from the date the page prints, when it prints one near the top
        LocalDate reference = lex.dateline.find(t, a.bodyOffset()).orElse(a.published());
        int bodyStart = a.bodyOffset();
        int[] mask = lex.mask(t);
        List<SentenceReader> readers = new ArrayList<>(sentences.size());
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        boolean evacuation = false;
        for (int s = 0; s < sentences.size(); s++) {
            Sentences.Span span = sentences.get(s);
            boolean headline = span.headline() || t.start(span.from()) < bodyStart;
            SentenceReader r = new SentenceReader(lex, t, mask, span.from(), span.to(), s, headline, reference);
            r.annotate();
            r.countCountries(countries);
            r.countGroups(groups);
            evacuation |= r.names(Cue.EVACUATION);
            readers.add(r);
        }
        String group = mostNamed(groups);
        ArticleContext ctx = new ArticleContext(reference, mostNamed(countries),
                group != null && groups.get(group) >= 2 ? group : null, evacuation);
        ctx.articlePlace = settlePlaces(readers, t, bodyStart);
        List<Draft> drafts = new ArrayList<>();
        for (SentenceReader r : readers) {
            drafts.addAll(r.read(ctx));
        }
        claimedResponsibility(drafts, ctx);
        TwinTolls.shareDates(drafts);
        List<Draft> kept = ArticleDedup.apply(drafts);
        List<Fact> facts = new ArrayList<>(kept.size());
        String doc = t.text();
        for (Draft d : kept) {
            long figure = d.point(); // the figure value_best sums: best, else low
            String disbelief = lex.bounds.disbelief(d.type, figure, d.cumulative);
            if (disbelief != null) {
                ctx.warnings.add("implausible " + d.type + " figure " + figure + " at char " + d.charStart + ": "
                        + disbelief + " (bounds.tsv); fact dropped");
                continue;
            }
            facts.add(new Fact(a.id(), facts.size(), lex.categories.get(d.type), d.type, d.low, d.best, d.high,
                    d.qualifier, d.cumulative, d.actor, lex.actors.displayName(d.actor), d.target,
                    lex.actors.displayName(d.target), d.location, d.geo, d.eventDate, d.month, d.claimedBy,
                    doc.substring(d.sentenceStart, d.sentenceEnd), d.charStart, d.charEnd, a.published(),
                    a.source(), VERSION));
        }
        return new Extraction(List.copyOf(facts), List.copyOf(ctx.warnings));
    }

    /** Settles the gazetteer's places the sentences name; returns the article's country as a place. */
    private org.conflicttally.places.ResolvedPlace settlePlaces(List<SentenceReader> readers, Tokens t, int bodyStart) {
        List<Sentence> sentences = new ArrayList<>(readers.size());
        List<GeoMentions.Raw> raws = new ArrayList<>();
        int dateline = -1;
        for (SentenceReader r : readers) {
            Sentence s = r.sentence();
            sentences.add(s);
            GeoMentions.find(s, lex.gazetteer, raws);
            if (dateline < 0 && s.from < s.to && t.start(s.from) >= bodyStart) {
                dateline = s.from; // "KABUL, Afghanistan (Reuters) -": a place that opens the body
            }
        }
        String country = GeoMentions.settle(sentences, raws, lex.gazetteer, lex.placeLinks, dateline);
        org.conflicttally.places.GeoPlace c = lex.gazetteer.country(country);
        return c == null ? org.conflicttally.places.ResolvedPlace.NONE
                : org.conflicttally.places.PlaceLinks.resolved(lex.gazetteer, c);
    }

    /**
     * "Three soldiers were killed. ISIL claimed responsibility for the attack.": a group that claims an
     * attack is its actor; its claim covers the unattributed facts of the two sentences before it.
     */
    private static void claimedResponsibility(List<Draft> drafts, ArticleContext ctx) {
        for (int c = 0; c < ctx.responsibleActors.size(); c++) {
            int at = ctx.responsibilitySentences.get(c)[0];
            for (Draft d : drafts) {
                if (d.actor == null && d.sentence <= at && at - d.sentence <= 2 && !d.cumulative) {
                    d.actor = ctx.responsibleActors.get(c);
                    d.actorImplied = true;
                }
            }
        }
    }

    /** The code named most often (ties: the smaller code): the article's home country or group. */
    private static String mostNamed(Map<String, Integer> counts) {
        String best = null;
        int max = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > max || e.getValue() == max && best != null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }
}
