package org.conflicttally.facts;

import java.util.List;
import org.conflicttally.actors.ActorMention;

/**
 * Who suffered a fact (its target: the people or side its noun phrase names, civilians by default) and who
 * did it (its actor: the clause's subject, "X shelling", "by X", or the actor of the sentence before). A
 * claimant and the civilians are never the actor. One instance per sentence.
 */
final class Attribution {
    private final Sentence s;
    private final Claimant claimant;
    private final ArticleContext ctx;
    private boolean firstFreeKnown;
    private ActorMention firstFree;

    Attribution(Sentence s, Claimant claimant, ArticleContext ctx) {
        this.s = s;
        this.claimant = claimant;
        this.ctx = ctx;
    }

    /** The target of {@code d}; {@code all} are the sentence's facts, whose earlier targets carry over. */
    String target(Draft d, List<Draft> all) {
        ActorMention best = null;
        for (ActorMention m : s.actors) {
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
            if (s.is(i, WordClass.OTHERS)) {
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
    String resolve(ActorMention m) {
        if (m.code() != null) {
            return m.code();
        }
        // "Nusra Front terrorists", "Fatah al-Sham (formerly Al-Nusra Front) terrorists": the group's people
        for (ActorMention g : s.actors) {
            if (g.kind() == ActorMention.Kind.GROUP && g.to() <= m.from() && m.from() - g.to() <= 1) {
                return g.code();
            }
        }
        String country = ctx.countryByRole.getOrDefault(m.role(), ctx.homeCountry);
        return country == null ? null : country + m.role();
    }

    private static final String INCIDENT = "incident";

    /**
     * "... after Daesh retreated. The extremists took some 2000 civilians": "the" and a word for armed groups,
     * right after a sentence that named a group, point back to that group.
     */
    private boolean pointsBackToGroup(ActorMention m) {
        return m.kind() == ActorMention.Kind.ROLE && "REB".equals(m.role()) && m.from() > s.from
                && s.is(m.from() - 1, WordClass.DEFINITE) && ctx.lastGroup != null
                && s.index - ctx.lastGroupSentence == 1;
    }

    /** Sets the actor of {@code d}, its target known. */
    void actor(Draft d) {
        ActorMention best = null;
        int bestScore = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorMention m : s.actors) {
            if (m.from() >= d.npFrom && m.to() <= d.npTo || claimant.covers(m.from())) {
                continue;
            }
            if ("CVL".equals(m.role())) {
                continue; // civilians suffer; they are not the perpetrators this table counts
            }
            int score = 0;
            if (d.trigger.active() && d.quantity.from() > d.triggerFrom && m.to() <= d.triggerFrom
                    && m == firstFreeMention()) {
                score = 4; // the subject of the clause acts: "Turkish forces seized three tanks"
            } else if (d.trigger.category().equals(INCIDENT) && d.trigger.form() == Trigger.Form.PREDICATE
                    && m.to() <= d.npFrom && m == firstFreeMention()) {
                score = 4; // "IS militants took 300 villagers as human shields": the subject takes them
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
        String code = best == null ? null : pointsBackToGroup(best) ? ctx.lastGroup : resolve(best);
        if (code != null && code.equals(d.target)) {
            code = null;
        }
        if (code == null && ctx.lastActor != null && (s.refersBack() && s.index - ctx.lastActorSentence <= 3
                || s.index - ctx.lastActorSentence == 1 && !namesAnActor(d))) {
            // "Russian warplanes struck Saraqeb. Five civilians were killed.": the actor of the sentence before
            code = ctx.lastActor;
            d.actorImplied = true;
        }
        d.actor = code;
    }

    /** The first actor named outside a prepositional phrase or a claim: the sentence's likely subject. */
    ActorMention firstFreeMention() {
        if (!firstFreeKnown) { // the claimant is found before any number is read: the answer does not change
            firstFree = null;
            for (ActorMention m : s.actors) {
                if (claimant.covers(m.from()) || "CVL".equals(m.role()) || afterPreposition(m)) {
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
        if (b >= s.from && s.is(b, WordClass.DEFINITE)) {
            b--;
        }
        return b >= s.from && s.is(b, WordClass.PREPOSITION);
    }

    /** "Syrian regime shelling", "Assad's warplanes": an attack noun follows the name or ends it. */
    boolean agentNoun(ActorMention m) {
        if (s.cue(Cue.AGENT, m.to(), s.to) > m.to()) {
            return true;
        }
        for (int k = m.from() + 1; k < m.to(); k++) {
            if (s.cue(Cue.AGENT, k, m.to()) == m.to()) {
                return true;
            }
        }
        return false;
    }

    /** "Syrian regime and Russian bombing": the first of two names joined before an attack noun. */
    private boolean jointWithAgent(ActorMention m) {
        if (m.to() + 1 >= s.to || !s.is(m.to(), WordClass.JOINER)) {
            return false;
        }
        ActorMention next = s.actorAt(m.to() + 1);
        return next != null && agentNoun(next);
    }

    /** "when terrorist organizations fired": the subject of a when/as/after clause. */
    private boolean opensClause(ActorMention m) {
        int b = m.from() - 1;
        if (b >= s.from && s.is(b, WordClass.DEFINITE)) {
            b--;
        }
        return b >= s.from && s.is(b, WordClass.CLAUSE_OPENER);
    }

    /** Whether the sentence names any actor outside the fact's own noun phrase and the claimant. */
    private boolean namesAnActor(Draft d) {
        for (ActorMention m : s.actors) {
            if (!(m.from() >= d.npFrom && m.to() <= d.npTo) && !claimant.covers(m.from())
                    && !"CVL".equals(m.role())) {
                return true;
            }
        }
        return false;
    }

    private boolean byBefore(int i) {
        int k = i;
        if (k - 1 >= s.from && s.is(k - 1, WordClass.DEFINITE)) {
            k--;
        }
        return s.cueEndingAt(Cue.BY, k) >= 0;
    }

    private boolean noMentionBetween(int a, int b) {
        for (ActorMention m : s.actors) {
            if (m.from() >= a && m.to() <= b) {
                return false;
            }
        }
        return true;
    }
}
