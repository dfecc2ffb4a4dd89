package org.conflicttally.facts;

import java.util.List;
import org.conflicttally.actors.ActorMention;
import org.conflicttally.lexicon.PhraseTrie;
import org.conflicttally.places.PlaceLexicon;

/**
 * What a sentence leaves for the sentences after it (see {@link ArticleContext}): the country of a bare
 * role noun, the last actor, event date and place, who claimed responsibility, and the full names that a
 * later "the ministry" stands for.
 */
final class ContextNotes {
    private ContextNotes() {
    }

    static void note(Sentence s, List<Draft> drafts, Claimant claimant, Attribution who, ArticleContext ctx) {
        for (ActorMention m : s.actors) {
            if (m.country() != null && m.role() != null) {
                ctx.countryByRole.put(m.role(), m.country());
            }
            if (m.kind() == ActorMention.Kind.GROUP && m.code() != null) {
                ctx.lastGroup = m.code();
                ctx.lastGroupSentence = s.index;
            }
        }
        boolean dated = false;
        for (Draft d : drafts) {
            if (d.actor != null && !d.actorImplied) {
                ctx.lastActor = d.actor;
                ctx.lastActorSentence = s.index;
            }
            if (!d.cumulative) {
                ctx.lastEventDate = d.eventDate;
                dated = true;
            }
        }
        if (!dated) {
            noteEventDate(s, ctx);
        }
        if (drafts.isEmpty() || drafts.stream().allMatch(d -> d.actor == null)) {
            // an actor named with an attack verb and no number still sets the scene: "Syrian regime forces shelled"
            for (ActorMention m : s.actors) {
                boolean bareCountry = m.kind() == ActorMention.Kind.COUNTRY;
                if (m.code() != null && !"CVL".equals(m.role()) && !claimant.covers(m.from())
                        && (who.agentNoun(m) || !bareCountry && m == who.firstFreeMention()
                        && s.hasBit(Lexicons.cueBit(Cue.EVENT)))) {
                    ctx.lastActor = m.code();
                    ctx.lastActorSentence = s.index;
                    break;
                }
            }
        }
        String scene = scene(s);
        if (scene != null) {
            ctx.lastLocation = scene;
        }
        org.conflicttally.places.ResolvedPlace first = PlaceResolver.first(s);
        if (first != null) {
            ctx.lastPlace = first;
        }
        noteResponsibility(s, who, ctx);
        noteNames(s, ctx);
    }

    /**
     * The first place the sentence sets something in, for the sentences after it that name none
     * ({@link PlaceResolver#setsNoScene}: "Saudi Arabia called for a meeting on Syria" sets Syria).
     */
    private static String scene(Sentence s) {
        for (PhraseTrie.Match<PlaceLexicon.Place> m : s.places) {
            if (!PlaceResolver.setsNoScene(s, m.from())) {
                return m.value().name();
            }
        }
        return null;
    }

    /**
     * "an alleged chemical weapons attack near Damascus on August 21": an event named with its day, and no
     * figure, dates the figures of the sentences that point back to it ("the attack ... killed 1400").
     */
    private static void noteEventDate(Sentence s, ArticleContext ctx) {
        if (s.times.isEmpty()) {
            if (s.pastYearNamed()) {
                ctx.recalledYearSentence = s.index; // "sarin gas was used in Eastern Ghouta in 2013"
            }
            return;
        }
        for (org.conflicttally.dates.TimeExpression e : s.times) {
            if (e.granularity() == org.conflicttally.dates.TimeExpression.Granularity.DAY
                    && !e.date().isAfter(ctx.reference)) {
                if (s.firstCue(Cue.EVENT) < s.to) {
                    ctx.lastEventDate = e.date();
                }
                return;
            }
            if (e.granularity() == org.conflicttally.dates.TimeExpression.Granularity.YEAR
                    && e.date().getYear() < ctx.reference.getYear()) {
                ctx.recalledYearSentence = s.index; // "a gas attack last year"
            }
        }
    }

    /** "ISIL claimed responsibility": the group is the actor of the unattributed facts before it. */
    private static void noteResponsibility(Sentence s, Attribution who, ArticleContext ctx) {
        for (ActorMention m : s.actors) {
            int after = m.to() < s.to && s.t.rawEquals(m.to(), ")") ? m.to() + 1 : m.to(); // "... (ISIL) claimed"
            int c = s.cue(Cue.AGENT, after, s.to);
            if (c > after && s.is(c - 1, WordClass.RESPONSIBILITY) && who.resolve(m) != null) {
                ctx.responsibilitySentences.add(new int[] {s.index});
                ctx.responsibleActors.add(who.resolve(m));
                break;
            }
        }
    }

    /** Runs of capitalised words, so that "the ministry" can later stand for "Turkish Defence Ministry". */
    private static void noteNames(Sentence s, ArticleContext ctx) {
        int run = -1;
        for (int i = s.from; i <= s.to; i++) {
            boolean cap = i < s.to && s.t.capitalized(i);
            if (cap && run < 0) {
                run = i;
            } else if (!cap && run >= 0) {
                if (i - run >= 2) {
                    ctx.nameByHeadWord.put(s.t.lower(i - 1), s.t.text().substring(s.t.start(run), s.t.end(i - 1)));
                }
                run = -1;
            }
        }
    }
}
