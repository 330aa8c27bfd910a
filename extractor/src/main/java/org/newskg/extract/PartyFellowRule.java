package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "Fellow Conservative Tom Alcott agreed" after Kate Ruiz spoke: Kate Ruiz is a Conservative too. And "Kate Ruiz,
 * fellow Conservatives and several ministers", "Kate Ruiz joined fellow Labour MPs" (id {@code fellow-group}): the
 * person named just before a group of "fellow" party members is one.
 */
final class PartyFellowRule implements MembershipRule {
    /** The person meant is named in the sentence of "fellow" or in the one before it. */
    static final int SENTENCES_BACK = 1;
    /** How many words may join the person to "fellow" ("Kate Ruiz and", "X, along with", "X joined"). */
    static final int GROUP_WITHIN = 3;
    private static final java.util.Set<String> JOINING = Words.of("and", ",", "joined", "joins", "with", "along", "like",
            "alongside", "led", "leads");

    @Override
    public String id() { return "fellow"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        List<Finding> add = new ArrayList<>();
        for (Finding f : found) {
            if (!f.m().pattern().equals("modifier")) continue;
            int s = v.tokenFrom(f.m().evidence().start());
            if (s == 0 || !r.lower(s - 1).equals("fellow")) continue;
            Mention m = r.personOf(f.m());
            if (m == null) continue;
            Mention before = null;
            int sentence = v.sentenceOf.get(s);
            for (Mention p : r.persons) {
                if (p.end() > v.tokens.get(s - 1).start() || p.entity() == m.entity()) continue;
                if (sentence - p.sentence() > SENTENCES_BACK) continue;
                before = p;
            }
            if (before == null || PartyReading.conflicts(found, before.entity(), f.m().party())) continue;
            add.add(new Finding(new Membership(before.entity(), f.m().party(), new TextSpan(v.tokens.get(s - 1).start(), f.m().evidence().end()),
                    id()), false));
        }
        found.addAll(add);
        group(r, found);
    }

    /** "Kate Ruiz, fellow Conservatives and several ministers", "X joined fellow Labour MPs". */
    private void group(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        for (int f = 1; f + 1 < v.tokens.size(); f++) {
            if (!r.lower(f).equals("fellow") || v.inQuote(v.tokens.get(f).start())) continue;
            PartyLexicon.Match pm = r.byStart.get(f + 1);
            if (pm == null) continue;
            int sEnd = v.sentenceEndToken(f);
            boolean plural = pm.form().pluralMember() && !r.personByStartToken.containsKey(pm.end());
            int q = pm.end();
            while (!plural && q < sEnd && q < pm.end() + 2 && PartyWords.ROLE_MODIFIERS.contains(r.lower(q))) q++;
            if (!plural && !(q < sEnd && PartyRelationalRule.PARTY_PEOPLE.contains(r.lower(q)) || q < sEnd
                    && PartyWords.ROLES.contains(r.lower(q)) && r.lower(q).endsWith("s") && !r.personByStartToken.containsKey(q + 1))) continue;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            int lo = v.sentenceStartToken(f);
            for (int k = f - 1; k >= Math.max(lo, f - GROUP_WITHIN); k--) {
                Mention m = r.personByEndToken.get(k + 1);
                if (m != null) {
                    if (!PartyReading.conflicts(found, m.entity(), p.iri()))
                        found.add(new Finding(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(),
                                v.tokens.get(plural ? pm.end() - 1 : q).end()), "fellow-group"), false));
                    break;
                }
                if (!JOINING.contains(r.lower(k))) break;
            }
        }
    }
}
