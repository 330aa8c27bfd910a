package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * A party role or member noun as what the person is: "She is a Labour councillor", "Mbeki has been an ANC member
 * since 1990", "Brandt is a Republican", "He became the Conservative candidate". The subject is the name right
 * before the copula or a pronoun read back to its person. A past role ("is a former Labour MP") and a party that
 * only modifies something else ("is a Labour target") say nothing.
 */
final class PartyCopulaRule implements MembershipRule {
    /** Copulas (with their auxiliaries and adverbs) that state what someone is now. */
    private static final Set<String> COPULAS = Words.of("is", "remains", "became", "becomes", "'s");
    private static final Set<String> BETWEEN = Words.of("has", "been", "long", "also", "now", "still", "currently", "always");
    /** How many adjectives or role modifiers may stand between the determiner and the party ("a senior Labour MP"). */
    static final int MODIFIERS = 2;

    @Override
    public String id() { return "copula"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        for (int c = 1; c + 2 < v.tokens.size(); c++) {
            String w = r.lower(c);
            boolean copula = COPULAS.contains(w) || w.equals("been") && r.lower(c - 1).equals("has");
            if (!copula || v.inQuote(v.tokens.get(c).start())) continue;
            int lo = v.sentenceStartToken(c), sEnd = v.sentenceEndToken(c);
            int d = c + 1;
            if (d >= sEnd || !Set.of("a", "an", "the").contains(r.lower(d))) continue;
            int k = d + 1;
            while (k < sEnd && k < d + 1 + MODIFIERS && !r.byStart.containsKey(k) && (PartyWords.ROLE_MODIFIERS.contains(r.lower(k))
                    || PartyRoleOfRule.MEMBER_ADJECTIVES.contains(r.lower(k)))) {
                if (PartyWords.isFormer(r.lower(k))) break;
                k++;
            }
            PartyLexicon.Match pm = k < sEnd ? r.byStart.get(k) : null;
            if (pm == null || pm.possessive() || r.isPossessive(pm.end())) continue;
            if (k > d + 1 && PartyWords.isFormer(r.lower(k - 1))) continue;
            int q = pm.end();
            if (q < sEnd && r.lower(q).equals("party") && !pm.form().text().toLowerCase().endsWith("party")) q++;
            int end;
            if (q < sEnd && PartyWords.ROLES.contains(r.lower(q))) end = q;
            else if (pm.form().memberNoun() && (q >= sEnd || !Character.isLetter(v.word(q).charAt(0)) || PartyWords.FUNCTION_WORDS.contains(r.lower(q))))
                end = pm.end() - 1;
            else continue;
            // "is the Labour candidate Kate Ruiz's agent": a name after the role makes it the name's title.
            if (end + 1 < sEnd && (r.personByStartToken.containsKey(end + 1) || r.isPossessive(end + 1))) continue;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            Mention who = subject(r, c, lo, p.iri(), found);
            if (who == null || PartyReading.conflicts(found, who.entity(), p.iri())) continue;
            int subjTok = subjectToken(r, c, lo);
            // "if Trump is the Republican nominee": supposed, not stated.
            if (r.isHypothetical(subjTok)) continue;
            int evStart = who.sentence() == v.sentenceOf.get(c) ? Math.min(who.surfaceStart(), v.tokens.get(subjTok).start())
                    : v.tokens.get(subjTok).start();
            found.add(new Finding(new Membership(who.entity(), p.iri(), new TextSpan(evStart, v.tokens.get(end).end()), id()), false));
        }
    }

    /** The token that opens the subject: the name's first token or the pronoun, right before the copula. */
    private static int subjectToken(PartyReading r, int c, int lo) {
        int q = c - 1;
        while (q >= lo && BETWEEN.contains(r.lower(q))) q--;
        Mention m = r.personByEndToken.get(q + 1);
        return m != null ? r.v.tokenFrom(m.surfaceStart()) : q;
    }

    private static Mention subject(PartyReading r, int c, int lo, String party, List<Finding> found) {
        int q = c - 1;
        while (q >= lo && BETWEEN.contains(r.lower(q))) q--;
        if (q < lo) return null;
        Mention m = r.personByEndToken.get(q + 1);
        if (m != null) return m;
        String w = r.lower(q);
        if ((w.equals("he") || w.equals("she")) && (q == lo || !Character.isLetter(r.v.word(q - 1).charAt(0))
                || Set.of("and", "but", "that", "said", "says").contains(r.lower(q - 1)))) return r.antecedent(q, party, found);
        return null;
    }
}
