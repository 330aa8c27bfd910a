package org.newskg.extract;

import java.util.List;

/** An apposition before the name: "Another Senate Republican, Marco Rubio," / "the top Democrat on the committee, Adam Schiff". */
final class PartyAppositionBeforeRule implements MembershipRule.AboutName {
    /** How many words before the comma the party word may stand ("the top Democrat on the committee,"). */
    static final int PARTY_WITHIN = 9;
    /** How many words before the party word its determiner may stand ("Another Senate Republican"). */
    static final int DETERMINER_WITHIN = 4;

    @Override
    public String id() { return "apposition-before"; }

    @Override
    public void find(PartyReading r, Mention m, List<MembershipRule.Finding> out) {
        ArticleView v = r.v;
        int ti = v.tokenFrom(m.surfaceStart()) - 1;
        if (ti < 1 || !v.word(ti).equals(",")) return;
        int sLo = v.sentenceStartToken(ti);
        if (partyAnaphor(r, m, ti, sLo, out)) return;
        for (int k = ti - 1; k >= Math.max(sLo, ti - PARTY_WITHIN); k--) {
            String w = v.word(k);
            if (w.equals(",") || w.equalsIgnoreCase("with") || w.equalsIgnoreCase("for") || w.equalsIgnoreCase("against")
                    || k == ti - 1 && v.mentionByEnd.containsKey(v.tokens.get(k).end())
                    && v.mentionByEnd.get(v.tokens.get(k).end()).kind() == Mention.Kind.PERSON) return;
            PartyLexicon.Match pm = r.byEnd.get(k + 1);
            if (pm == null) continue;
            if (!pm.form().adjective() && !pm.form().memberNoun()) return;
            boolean noun = pm.form().memberNoun();
            String next = k + 1 < ti ? r.lower(k + 1) : ",";
            if (!noun && !PartyWords.ROLES.contains(next)) return;
            if (PartyWords.NOT_MEMBERSHIP_AFTER.contains(next)) return;
            // The phrase must open with a determiner: "Another Senate Republican", "the top Democrat"; or be the party
            // and its role alone, opening the clause: "Speaking after the vote, ANC deputy secretary general, X, said".
            int d = pm.start() - 1;
            while (d >= sLo && d > pm.start() - DETERMINER_WITHIN && !PartyWords.isDeterminer(v.word(d)) && !v.word(d).equals(",")) d--;
            if (d < sLo || !PartyWords.isDeterminer(v.word(d))) {
                if (!isBareRole(r, pm, ti, sLo)) return;
                Schemes.PartyConcept p = r.party(pm);
                if (p == null) return;
                out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(v.tokens.get(pm.start()).start(), m.end()),
                        "apposition-bare-role"), false));
                return;
            }
            if (d > sLo && v.word(d - 1).equalsIgnoreCase("of")) return;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) return;
            out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(v.tokens.get(d).start(), m.end()), id()), false));
            return;
        }
    }

    /** "The party's chairperson, Thandi Dube, disagreed": "the party" is the party named last before, as after the name. */
    private static boolean partyAnaphor(PartyReading r, Mention m, int comma, int sLo, List<MembershipRule.Finding> out) {
        ArticleView v = r.v;
        int q = comma - 1;
        if (q < sLo || !PartyWords.ROLES.contains(r.lower(q))) return false;
        while (q - 1 >= sLo && (PartyWords.ROLES.contains(r.lower(q - 1)) || PartyWords.ROLE_MODIFIERS.contains(r.lower(q - 1)))) q--;
        int the;
        if (q - 2 >= sLo && r.lower(q - 2).equals("party") && r.isPossessive(q - 1)) the = q - 3;
        else if (q - 1 >= sLo && r.lower(q - 1).matches("party['\u2019]s")) the = q - 2;
        else return false;
        if (the < sLo || !r.lower(the).equals("the") || the > sLo && !v.word(the - 1).equals(",")) return false;
        PartyLexicon.Match last = r.lastPartyBefore(v.tokens.get(the).start(), the);
        if (last == null) return false;
        Schemes.PartyConcept p = r.party(last);
        if (p == null) return false;
        out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(v.tokens.get(the).start(), m.end()),
                "party-anaphor"), false));
        return true;
    }

    /** "ANC deputy secretary general," before the name: the party, then only role words, after a clause boundary. */
    private static boolean isBareRole(PartyReading r, PartyLexicon.Match pm, int comma, int sLo) {
        if (pm.start() > sLo && !r.v.word(pm.start() - 1).equals(",")) return false;
        boolean role = false;
        for (int q = pm.end(); q < comma; q++) {
            String l = r.lower(q);
            if (PartyWords.ROLES.contains(l)) role = true;
            else if (!PartyWords.ROLE_MODIFIERS.contains(l) || l.equals("and")) return false;
        }
        return role;
    }
}
