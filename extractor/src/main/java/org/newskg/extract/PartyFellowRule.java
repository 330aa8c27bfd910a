package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/** "Fellow Conservative Tom Alcott agreed" after Kate Ruiz spoke: Kate Ruiz is a Conservative too. */
final class PartyFellowRule implements MembershipRule {
    /** The person meant is named in the sentence of "fellow" or in the one before it. */
    static final int SENTENCES_BACK = 1;

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
    }
}
