package org.newskg.extract;

import java.util.List;

/**
 * A membership stated inside a quotation, as a role of the party: the speaker of their own ("I have always been a
 * disciplined member of the ANC" is the quotation's speaker's) or a person the speaker names ("President Zuma
 * remains a disciplined member of the ANC"). Only the role-of-party construction is read inside quotations, with
 * the same joining words as outside ({@link PartyRoleOfRule#BEFORE_ROLE}); a quotation without a speaker gives
 * nothing for "I".
 */
final class PartyQuotedRule implements MembershipRule {
    /** How many words before the role the subject may stand ("I have always been a disciplined member of"). */
    static final int SUBJECT_WITHIN = 8;

    @Override
    public String id() { return "quoted"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        for (PartyLexicon.Match pm : r.quotedByStart.values()) {
            int a = pm.start();
            if (a > 0 && r.lower(a - 1).equals("the")) a--;
            if (a < 2 || !r.lower(a - 1).equals("of") || !PartyWords.ROLES.contains(r.lower(a - 2))) continue;
            if (!r.endsPhrase(pm)) continue;
            int lo = v.sentenceStartToken(pm.start());
            int q = a - 2;
            while (q - 1 >= lo && (PartyWords.ROLE_MODIFIERS.contains(r.lower(q - 1)) || PartyRoleOfRule.MEMBER_ADJECTIVES.contains(r.lower(q - 1)))) q--;
            if (PartyWords.isFormer(r.lower(q))) continue;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            int evEnd = v.tokens.get(pm.end() - 1).end();
            for (int s = q - 1; s >= Math.max(lo, q - SUBJECT_WITHIN); s--) {
                if (!v.inQuote(v.tokens.get(s).start())) break;
                Mention named = r.quotedPersonByEndToken.get(s + 1);
                boolean first = v.word(s).equals("I");
                if (named == null && !first) continue;
                String gap = r.gap(s + 1, q);
                if (!PartyRoleOfRule.BEFORE_ROLE.matcher(gap.isEmpty() ? "" : gap + " ").matches()) break;
                int entity = named != null ? named.entity() : speakerAt(r, v.tokens.get(s).start());
                if (entity < 0 || !r.entities.get(entity).isPerson() || PartyReading.conflicts(found, entity, p.iri())) break;
                int evStart = named != null ? named.surfaceStart() : v.tokens.get(s).start();
                found.add(new Finding(new Membership(entity, p.iri(), new TextSpan(evStart, evEnd), id()), false));
                break;
            }
        }
    }

    /** The speaker of the direct quotation that holds an offset, or -1. */
    private static int speakerAt(PartyReading r, int offset) {
        for (Attribution at : r.attributions) {
            if (!at.direct() || !at.hasSpeaker()) continue;
            for (TextSpan piece : at.pieces()) if (piece.contains(offset)) return at.speaker();
        }
        return -1;
    }
}
