package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * An apposition after the name: "Marco Rubio, a Florida Republican,", "X, the Conservative MP for Harbor", "X,
 * the SNP's Westminster leader", and a relative clause with a copula read the same way ("X, who is the BJP
 * candidate from Y").
 */
final class PartyAppositionAfterRule implements MembershipRule.AboutName {
    /** How many words after the comma the party word may come ("a Florida Republican" is within three). */
    static final int PARTY_WITHIN = 6;
    /** After "the SNP's", how many capitalised or lower-case words may come before the role ("Westminster leader"). */
    static final int ROLE_AFTER_POSSESSIVE = 5;
    /** How far after the party a possessive makes the phrase someone else's ("the Republican nominee's daughter"). */
    static final int POSSESSIVE_AFTER = 4;
    /** How many role modifiers may stand between the party and its role ("Conservative shadow cabinet minister"). */
    static final int MODIFIERS_BEFORE_ROLE = 3;

    @Override
    public String id() { return "apposition"; }

    @Override
    public void find(PartyReading r, Mention m, List<MembershipRule.Finding> out) {
        ArticleView v = r.v;
        int ti = v.tokenFrom(m.end());
        if (ti >= v.tokens.size() || !v.word(ti).equals(",")) return;
        int j = ti + 1;
        if (j >= v.tokens.size()) return;
        int sEnd = v.sentenceEndToken(j);
        // "X, who is the BJP candidate from Y": a relative clause with a copula reads as the apposition.
        if (j + 2 < sEnd && r.lower(j).equals("who") && Set.of("is", "was").contains(r.lower(j + 1))) j += 2;
        else if (j + 3 < sEnd && r.lower(j).equals("who") && r.lower(j + 1).equals("has") && r.lower(j + 2).equals("been")) j += 3;
        // "X, who is also the BJP's national president".
        if (j > ti + 1) while (j + 1 < sEnd && Set.of("also", "now", "currently", "still").contains(r.lower(j))) j++;
        boolean det = PartyWords.isDeterminer(v.word(j));
        if (det && partyAnaphor(r, m, j, sEnd, out)) return;
        for (int k = det ? j + 1 : j; k < Math.min(sEnd, j + PARTY_WITHIN); k++) {
            String w = v.word(k);
            if (w.equals(",") || w.equals(".") || r.isPossessive(k) || w.equalsIgnoreCase("of") || w.equalsIgnoreCase("to")
                    || w.equalsIgnoreCase("for") || w.equalsIgnoreCase("with")) return;
            PartyLexicon.Match pm = r.byStart.get(k);
            if (pm == null) {
                if (!det) return;
                continue;
            }
            // "a former Republican who now sits as an independent" states the opposite.
            if (PartyWords.isFormer(r.lower(k - 1))) return;
            int after = pm.end();
            String next = after < sEnd ? r.lower(after) : ".";
            // "the Republican National Committee", "the Labour-led council" (not "the BJP's national president").
            if (!r.possessiveAfter(pm) && (PartyWords.NOT_MEMBERSHIP_AFTER.contains(next) || next.startsWith("-"))) return;
            int roleEnd = -1;
            if (r.possessiveAfter(pm)) {
                // "the SNP's Westminster leader": capitalised words, then a role.
                int q = pm.possessive() ? after : after + 1;
                while (q < sEnd && q < after + ROLE_AFTER_POSSESSIVE && !PartyWords.ROLES.contains(r.lower(q))
                        && (Character.isUpperCase(v.word(q).charAt(0))
                        || r.lower(q).matches("\\p{Ll}+") && !PartyWords.FUNCTION_WORDS.contains(r.lower(q)))) q++;
                if (q < sEnd && PartyWords.ROLES.contains(r.lower(q))) roleEnd = q;
                else return;
            } else {
                // "Ivanka Trump, the Republican presidential nominee's eldest daughter": the party is her father's.
                for (int q = after; q < Math.min(sEnd, after + POSSESSIVE_AFTER) && !v.word(q).equals(","); q++)
                    if (r.isPossessive(q) || v.word(q).endsWith("'s") || v.word(q).endsWith("\u2019s")) return;
                int q = after;
                while (q < sEnd && q < after + MODIFIERS_BEFORE_ROLE && PartyWords.ROLE_MODIFIERS.contains(r.lower(q))
                        && !PartyWords.ROLES.contains(r.lower(q))) q++;
                if (q < sEnd && (PartyWords.ROLES.contains(r.lower(q))
                        || Titles.isTitleWord(v.word(q)) && !PartyWords.ORG_HEADS_AFTER.contains(r.lower(q))))
                    roleEnd = q;
                else if (!pm.form().memberNoun() || !det) return;
            }
            // "Kejriwal, Congress leader Rahul Gandhi and ...": the role is the title of the next name, in a list.
            if (roleEnd >= 0 && titleOfNextName(r, roleEnd + 1, sEnd)) return;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) return;
            int endTok = roleEnd >= 0 ? roleEnd : pm.end() - 1;
            out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), v.tokens.get(endTok).end()), id()), false));
            return;
        }
    }

    /** Whether a person's name follows from token {@code i}, after more role words ("Secretary-General Sitaram Yechury"). */
    static boolean titleOfNextName(PartyReading r, int i, int sEnd) {
        ArticleView v = r.v;
        int q = i;
        while (q < sEnd && q < i + MODIFIERS_BEFORE_ROLE && (PartyWords.ROLES.contains(r.lower(q)) || Titles.isTitleWord(v.word(q))
                || PartyWords.ROLE_MODIFIERS.contains(r.lower(q)) || v.word(q).startsWith("-"))) q++;
        return q < sEnd && (r.personByStartToken.containsKey(q) || v.mentionBySurfaceStart.containsKey(v.tokens.get(q).start())
                || q + 1 < sEnd && v.tokens.get(q).isProperNoun() && Character.isUpperCase(v.word(q).charAt(0))
                && v.tokens.get(q + 1).isProperNoun() && Character.isUpperCase(v.word(q + 1).charAt(0)));
    }

    /**
     * "In a setback to the Aam Aadmi Party (AAP), Arvind Kejriwal, the party's national convenor": "the party"
     * is the party named last before the person, in the sentence or the one before.
     */
    private boolean partyAnaphor(PartyReading r, Mention m, int j, int sEnd, List<MembershipRule.Finding> out) {
        ArticleView v = r.v;
        if (!r.lower(j).equals("the") || j + 2 >= sEnd) return false;
        int q;
        if (r.lower(j + 1).equals("party") && r.isPossessive(j + 2)) q = j + 3;
        else if (r.lower(j + 1).matches("party['\u2019]s")) q = j + 2;
        else return false;
        while (q < sEnd && q < j + 3 + MODIFIERS_BEFORE_ROLE && PartyWords.ROLE_MODIFIERS.contains(r.lower(q)) && !PartyWords.ROLES.contains(r.lower(q))) q++;
        if (q >= sEnd || !PartyWords.ROLES.contains(r.lower(q))) return false;
        PartyLexicon.Match last = r.lastPartyBefore(m.surfaceStart(), j);
        if (last == null) return false;
        Schemes.PartyConcept p = r.party(last);
        if (p == null) return false;
        out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), v.tokens.get(q).end()),
                "party-anaphor"), false));
        return true;
    }
}
