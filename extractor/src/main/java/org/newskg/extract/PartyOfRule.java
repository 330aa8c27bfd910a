package org.newskg.extract;

import java.util.List;

/** "Anil Desai of the BJP said": the party named right after the name. */
final class PartyOfRule implements MembershipRule.AboutName {
    @Override
    public String id() { return "of-party"; }

    @Override
    public void find(PartyReading r, Mention m, List<MembershipRule.Finding> out) {
        ArticleView v = r.v;
        int i = v.tokenFrom(m.end());
        if (i + 1 >= v.tokens.size() || !r.lower(i).equals("of")) return;
        int j = r.lower(i + 1).equals("the") ? i + 2 : i + 1;
        PartyLexicon.Match pm = r.byStart.get(j);
        if (pm == null || !r.endsPhrase(pm)) return;
        Schemes.PartyConcept p = r.party(pm);
        if (p == null) return;
        out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), v.tokens.get(pm.end() - 1).end()), id()), false));
    }
}
