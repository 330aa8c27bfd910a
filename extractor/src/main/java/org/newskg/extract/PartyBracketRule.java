package org.newskg.extract;

import java.util.List;

/** The party in brackets after the name: "Kate Ruiz (Lab)", "Ravi Patel (BJP)", "Tom Alcott (Con, Harbor North)". */
final class PartyBracketRule implements MembershipRule.AboutName {
    /** How many tokens after the party the closing bracket may come ("(Con, Harbor North)"). */
    static final int MAX_TO_CLOSE = 6;

    @Override
    public String id() { return "party-bracket"; }

    @Override
    public void find(PartyReading r, Mention m, List<MembershipRule.Finding> out) {
        ArticleView v = r.v;
        int i = v.tokenFrom(m.end());
        if (i + 2 >= v.tokens.size() || !v.word(i).equals("(")) return;
        PartyLexicon.Match pm = r.byStart.get(i + 1);
        if (pm == null) return;
        String next = v.word(pm.end());
        if (!next.equals(")") && !next.equals(",") && !next.equals("-")) return;
        Schemes.PartyConcept p = r.party(pm);
        if (p == null) return;
        int close = pm.end();
        while (close < v.tokens.size() && close < pm.end() + MAX_TO_CLOSE && !v.word(close).equals(")")) close++;
        if (close >= v.tokens.size() || !v.word(close).equals(")")) return;
        out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), v.tokens.get(close).end()), id()), false));
    }
}
