package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A party role as the complement of "as" or "leadership of": "X is stepping down as Liberal leader", "X announced
 * his resignation as Conservative Party leader", "he will step down as Taoiseach and leader of Fine Gael", "his
 * role as leader of the governing Fine Gael party", "resigning as leader of his party, Fine Gael", "he would
 * relinquish leadership of his country and the Liberal Party". The roles may be a list; one of them must be the
 * party's. The person is the nearest one before "as" in the sentence: a name, a name's possessive ("Johnson's
 * decision to step down as") or a pronoun read back to its name. With "replaced/succeeded Y as", Y held the role
 * too ("Ramaphosa replaced Zuma as leader of the ANC").
 */
final class PartyPredicativeRule implements MembershipRule {
    /** How many words may stand between the person and "as" ("Boris Johnson has formally announced his resignation as"). */
    static final int SUBJECT_WITHIN = 10;
    /** How many words one role of the list may have ("the prime minister of Ireland"). */
    static final int ROLE_WORDS = 6;
    /** Words after "as" that open no role: "as well as", "as soon as", "as if". */
    private static final Set<String> NOT_ROLE_AFTER_AS = Words.of("well", "soon", "long", "much", "many", "if", "though",
            "far", "part", "a result", "such", "to", "of", "it", "he", "she", "they", "we", "i", "you", "expected", "usual",
            // "Mr. Trump, as has Carlos Gimenez, the Republican mayor": "as" opening a clause of its own.
            "has", "have", "had", "is", "was", "are", "were", "did", "does", "do", "will", "would", "can", "could",
            "well-known");
    /** Words before "as" that make it a comparison or a list: "such as", "the same as", "known as". */
    private static final Set<String> NOT_ROLE_BEFORE_AS = Words.of("such", "well", "same", "known", "so", "just", "twice",
            "soon", "long", "much", "regarded", "seen", "described", "dubbed", "branded", "labelled", "labeled", "hailed");
    /** Verbs whose object held the role the subject takes: "X replaced Y as leader". */
    private static final Set<String> SUCCESSION_VERBS = Words.of("replaced", "replaces", "replace", "succeeded", "succeeds",
            "succeed", "ousted", "toppled", "unseated");
    /** Words that put a role in the past of someone else or in another frame: "as former leader", "as acting leader". */
    private static final Set<String> NOT_HELD = Words.of("former", "ex", "ex-", "onetime", "next", "future", "potential",
            "possible", "would-be", "interim");

    @Override
    public String id() { return "predicative"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        for (int a = 1; a < v.tokens.size(); a++) {
            String w = r.lower(a);
            boolean leadership = w.equals("of") && r.lower(a - 1).equals("leadership");
            if (!w.equals("as") && !leadership) continue;
            if (v.inQuote(v.tokens.get(a).start())) continue;
            if (!leadership && NOT_ROLE_BEFORE_AS.contains(r.lower(a - 1))) continue;
            int sEnd = v.sentenceEndToken(a);
            if (a + 1 >= sEnd || NOT_ROLE_AFTER_AS.contains(r.lower(a + 1))) continue;
            PartyRole role = partyRoleInList(r, a + 1, sEnd, leadership);
            if (role == null) continue;
            Schemes.PartyConcept p = r.party(role.party());
            if (p == null) continue;
            int lo = v.sentenceStartToken(a);
            int evEnd = v.tokens.get(role.end() - 1).end();
            for (Holder h : holders(r, a, lo, p.iri(), found)) {
                // "if he steps down as Labour leader": supposed, not stated.
                if (r.isHypothetical(h.token())) continue;
                int evStart = h.mention().sentence() == v.sentenceOf.get(a) ? Math.min(h.mention().surfaceStart(), v.tokens.get(h.token()).start())
                        : v.tokens.get(h.token()).start();
                found.add(new Finding(new Membership(h.mention().entity(), p.iri(), new TextSpan(evStart, evEnd), id()), false));
            }
        }
    }

    /** A party's role in the list after "as": its party word and the token after the role. */
    record PartyRole(PartyLexicon.Match party, int end) {}

    /**
     * The first party role in a list of roles from token {@code i}: "Taoiseach and leader of Fine Gael", "prime
     * minister and Fine Gael leader", "both Taoiseach and the leader of Fine Gael", "the prime minister of Ireland
     * and the head of the Fine Gael party". After "leadership of" a bare party is the role ("his country and the
     * Liberal Party").
     */
    static PartyRole partyRoleInList(PartyReading r, int i, int sEnd, boolean leadership) {
        ArticleView v = r.v;
        int k = i;
        if (k < sEnd && r.lower(k).equals("both")) k++;
        for (int n = 0; n < 4 && k < sEnd; n++) {
            int c = k;
            if (c < sEnd && Set.of("the", "a", "an", "his", "her", "its", "their").contains(r.lower(c))) c++;
            if (c < sEnd && NOT_HELD.contains(r.lower(c))) return null;
            PartyRole pr = leadership ? bareParty(r, c, sEnd) : attributiveRole(r, c, sEnd);
            if (pr == null && !leadership) pr = roleOfParty(r, c, sEnd);
            if (pr != null) return pr;
            // Another role of the list: up to "and" or a comma; a role, so no name and no verb in it.
            int e = c;
            while (e < sEnd && e < c + ROLE_WORDS && !r.lower(e).equals("and") && !v.word(e).equals(",")) {
                if (r.personByStartToken.containsKey(e) || v.tokens.get(e).isVerb()) return null;
                e++;
            }
            if (e >= sEnd || e == c + ROLE_WORDS) return null;
            k = e + 1;
            if (v.word(e).equals(",") && k < sEnd && r.lower(k).equals("and")) k++;
        }
        return null;
    }

    /** "Liberal leader", "Conservative Party leader", "Fine Gael leader": the party, then role words. */
    private static PartyRole attributiveRole(PartyReading r, int c, int sEnd) {
        PartyLexicon.Match pm = r.byStart.get(c);
        if (pm == null) return null;
        int q = pm.end();
        if (q < sEnd && r.lower(q).equals("party")) q++;
        int roleEnd = roleWords(r, q, sEnd);
        return roleEnd < 0 || namedAfter(r, roleEnd, sEnd) ? null : new PartyRole(pm, roleEnd);
    }

    /** "leader of Fine Gael", "the head of the Fine Gael party", "leader of his party, Fine Gael". */
    private static PartyRole roleOfParty(PartyReading r, int c, int sEnd) {
        int q = roleWords(r, c, sEnd);
        if (q < 0 || q >= sEnd || !r.lower(q).equals("of")) return null;
        q++;
        if (q + 2 < sEnd && Set.of("his", "her", "their", "the").contains(r.lower(q)) && r.lower(q + 1).equals("party")
                && r.v.word(q + 2).equals(",")) q += 3;
        return bareParty(r, q, sEnd);
    }

    /** "the Liberal Party", "the governing Fine Gael party", "Fine Gael". */
    private static PartyRole bareParty(PartyReading r, int q, int sEnd) {
        if (q < sEnd && r.lower(q).equals("the")) q++;
        if (q < sEnd && PartyWords.PARTY_EPITHETS.contains(r.lower(q)) && !r.byStart.containsKey(q)) q++;
        PartyLexicon.Match pm = r.byStart.get(q);
        if (pm == null) return null;
        int end = pm.end();
        if (end < sEnd && r.lower(end).equals("party")) end++;
        else if (!r.endsPhrase(pm)) return null;
        return new PartyRole(pm, end);
    }

    /** The token after one or more role words (with their modifiers) from {@code q}, or -1 when there is no role. */
    private static int roleWords(PartyReading r, int q, int sEnd) {
        int e = q;
        boolean role = false;
        while (e < sEnd && e < q + 4) {
            String l = r.lower(e);
            if (PartyWords.ROLES.contains(l)) role = true;
            else if (!PartyWords.ROLE_MODIFIERS.contains(l) || l.equals("and")) break;
            e++;
        }
        return role ? e : -1;
    }

    /** "as Labour leader Keir Starmer said": a name after the role makes it the name's title. */
    private static boolean namedAfter(PartyReading r, int i, int sEnd) {
        return i < sEnd && (r.personByStartToken.containsKey(i) || r.v.mentionBySurfaceStart.containsKey(r.v.tokens.get(i).start())
                || Character.isUpperCase(r.v.word(i).charAt(0)) && r.v.tokens.get(i).isProperNoun());
    }

    /** Who holds the role: a mention and the token that names it (the name's first token, or the pronoun). */
    record Holder(Mention mention, int token) {}

    private static List<Holder> holders(PartyReading r, int as, int lo, String party, List<Finding> found) {
        ArticleView v = r.v;
        List<Holder> out = new ArrayList<>();
        for (int q = as - 1; q >= Math.max(lo, as - SUBJECT_WITHIN); q--) {
            if (v.word(q).equals("\"") || v.word(q).equals("\u201c") || v.word(q).equals("\u201d") || v.word(q).equals(";")) break;
            Mention m = r.personByEndToken.get(q + 1);
            if (m != null && v.tokenFrom(m.end()) == q + 1) {
                out.add(new Holder(m, v.tokenFrom(m.start())));
                // "Ramaphosa replaced Zuma as leader": the one who replaced holds it now.
                int before = v.tokenFrom(m.surfaceStart()) - 1;
                if (before >= lo && SUCCESSION_VERBS.contains(r.lower(before))) {
                    for (int p = before - 1; p >= Math.max(lo, before - 3); p--) {
                        Mention s = r.personByEndToken.get(p + 1);
                        if (s != null) { out.add(new Holder(s, v.tokenFrom(s.start()))); break; }
                    }
                }
                return out;
            }
            if (r.isPersonPronoun(q)) {
                Mention a = r.antecedent(q, party, found);
                if (a != null) out.add(new Holder(a, q));
                return out;
            }
        }
        return out;
    }
}
