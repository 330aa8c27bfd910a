package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contenders named for a party's leadership are its members: "the Conservative leadership race, in which X, Y
 * and Z are expected to stand", "His resignation will kick off a leadership contest, in which X, Y and Z ... are
 * likely to stand". The party is the one before "leadership", or else the party the owner of the resignation that
 * starts the contest is stated to lead (one party only).
 */
final class PartyLeadershipContestRule implements MembershipRule {
    /** Nouns of a leadership contest. */
    static final Set<String> CONTESTS = Words.of("contest", "race", "election", "battle", "ballot", "vote", "bid", "fight", "campaign");
    /** Words that open the list of contenders. */
    static final Set<String> OPENERS = Words.of("which", "including", "include", "includes", "as", "with", "among", ":", "between",
            "featuring", "candidates", "contenders", "hopefuls", "contestants");
    /** Nouns of an end that opens a contest: "his resignation", "her departure". */
    static final Set<String> ENDINGS = Words.of("resignation", "departure", "exit", "downfall", "ouster", "ousting", "decision",
            "announcement", "retirement", "fall", "removal");
    /** Verbs whose subject stands in a contest: "X won the Labour leadership race", "X entered the Tory leadership contest". */
    static final Set<String> CONTENDING = Words.of("won", "wins", "win", "winning", "entered", "enters", "entering", "joined",
            "joins", "contest", "contested", "contesting", "contests", "lost", "loses", "losing", "in");
    /** How far after the contest noun the first contender may be named ("a leadership contest over the coming months, in which"). */
    static final int FIRST_WITHIN = 10;

    @Override
    public String id() { return "leadership-contest"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            if (!r.lower(i).equals("leadership") || !CONTESTS.contains(r.lower(i + 1))) continue;
            if (v.inQuote(v.tokens.get(i).start())) continue;
            int lo = v.sentenceStartToken(i), sEnd = v.sentenceEndToken(i);
            String party = null;
            PartyLexicon.Match pm = r.byEnd.get(i);
            if (pm == null && i - 1 >= lo && r.lower(i - 1).equals("party")) pm = r.byEnd.get(i - 1);
            int evStart;
            if (pm != null) {
                Schemes.PartyConcept p = r.party(pm);
                if (p == null) continue;
                party = p.iri();
                evStart = v.tokens.get(pm.start()).start();
            } else {
                int owner = endingOwner(r, lo, i);
                if (owner < 0) continue;
                Mention leader = r.isPersonPronoun(owner) ? first(r.antecedents(owner)) : r.personByEndToken.get(owner);
                if (leader == null) continue;
                party = onlyParty(found, leader.entity());
                if (party == null) continue;
                evStart = v.tokens.get(owner).start();
            }
            List<Mention> names = contenders(r, i + 2, sEnd);
            // "X won the Conservative leadership contest": the one who won, stood in or entered it.
            if (pm != null) {
                int b = pm.start() - 1;
                if (b >= lo && r.lower(b).equals("the")) b--;
                if (b >= lo && CONTENDING.contains(r.lower(b))) {
                    for (int q = b - 1; q >= Math.max(lo, b - 3); q--) {
                        Mention m = r.personByEndToken.get(q + 1);
                        if (m != null) { names.add(0, m); break; }
                    }
                }
            }
            for (Mention m : names) {
                if (PartyReading.conflicts(found, m.entity(), party)) continue;
                int contestEnd = v.tokens.get(i + 1).end();
                found.add(new Finding(new Membership(m.entity(), party, new TextSpan(Math.min(evStart, m.surfaceStart()),
                        Math.max(contestEnd, m.end())), id()), false));
            }
        }
    }

    private static Mention first(List<Mention> ms) { return ms.isEmpty() ? null : ms.get(0); }

    /** "His resignation will kick off", "Johnson's departure triggers": the possessive before an ending noun, or -1. */
    private static int endingOwner(PartyReading r, int lo, int i) {
        for (int q = lo; q + 1 < i; q++) {
            if (!ENDINGS.contains(r.lower(q + 1))) continue;
            if (r.isPersonPronoun(q) && !r.lower(q).equals("he") && !r.lower(q).equals("she")) return q;
            if (r.isPossessive(q) && r.personByEndToken.containsKey(q)) return q;
        }
        return -1;
    }

    /** The one party a person is stated to lead or belong to so far, or null. */
    private static String onlyParty(List<Finding> found, int entity) {
        String party = null;
        for (Finding f : found) {
            if (f.m().entity() != entity) continue;
            if (party != null && !party.equals(f.m().party())) return null;
            party = f.m().party();
        }
        return party;
    }

    /** The names listed after an opener: "in which X, Y, Z and W", "including X and Y". */
    private static List<Mention> contenders(PartyReading r, int from, int sEnd) {
        ArticleView v = r.v;
        List<Mention> out = new ArrayList<>();
        int k = -1;
        for (int q = from; q < Math.min(sEnd, from + FIRST_WITHIN); q++) {
            if (OPENERS.contains(r.lower(q)) && r.personByStartToken.containsKey(q + 1)) { k = q + 1; break; }
        }
        if (k < 0) return out;
        while (k < sEnd) {
            while (k < sEnd && (Titles.isTitleWord(v.word(k)) || PartyWords.ROLES.contains(r.lower(k)))) k++;
            Mention m = k < sEnd ? r.personByStartToken.get(k) : null;
            if (m == null) break;
            out.add(m);
            int q = v.tokenFrom(m.end());
            boolean joined = false;
            while (q < sEnd && (v.word(q).equals(",") || r.lower(q).equals("and") || r.lower(q).equals("or"))) { joined = true; q++; }
            if (!joined) break;
            k = q;
        }
        return out;
    }
}
