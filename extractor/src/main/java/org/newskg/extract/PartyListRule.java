package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/** "Labour figures such as X and deputy leader Y": the names a group lists after its first member share its party. */
final class PartyListRule implements MembershipRule {
    @Override
    public String id() { return "list"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        List<Finding> add = new ArrayList<>();
        for (Finding f : found) {
            if (!f.group()) continue;
            Mention m = r.personOf(f.m());
            if (m == null) continue;
            int k = v.tokenFrom(m.end());
            int sEnd = v.sentenceEndToken(Math.max(0, k - 1));
            while (k < sEnd) {
                int q = k;
                boolean joined = false;
                while (q < sEnd && (v.word(q).equals(",") || r.lower(q).equals("and") || PartyWords.ROLES.contains(r.lower(q))
                        || PartyWords.ROLE_MODIFIERS.contains(r.lower(q)) || Titles.isTitleWord(v.word(q)))) {
                    if (v.word(q).equals(",") || r.lower(q).equals("and")) joined = true;
                    q++;
                }
                Mention next = r.personByStartToken.get(q);
                if (!joined || next == null) break;
                // The surface of the next name may begin with its title.
                add.add(new Finding(new Membership(next.entity(), f.m().party(), new TextSpan(f.m().evidence().start(), next.end()), id()), false));
                k = v.tokenFrom(next.end());
            }
        }
        found.addAll(add);
    }
}
