package org.newskg.extract;

import java.util.List;

/**
 * The party before a role and the name: "Republican Sen. Lindsey Graham", "Harbor North Labour MP Kate Ruiz",
 * "the SNP's Westminster leader X", and a group's members named after it ("Labour figures such as X", "a dozen
 * Labor senators, among them X", id {@code list}). Walks left from the name over role words to a party word;
 * capitalised words other than titles may stand between only after a possessive.
 */
final class PartyModifierRule implements MembershipRule.AboutName {
    /**
     * How many words the walk from the name to the party word may cross ("Harbor North Labour MP" is four). Set by
     * hand on the written sentences of issue 10; no real-text measurement.
     */
    static final int MAX_WALK = 9;
    /** The longest group opener in words (", among them"). */
    static final int OPENER_WORDS = 3;

    @Override
    public String id() { return "modifier"; }

    @Override
    public void find(PartyReading r, Mention m, List<MembershipRule.Finding> out) {
        ArticleView v = r.v;
        int ns = v.tokenFrom(m.start());
        int lo = v.sentenceStartToken(Math.min(ns, v.tokens.size() - 1));
        int k = ns - 1;
        boolean group = false;
        // A group named before its members: "Labour figures such as X".
        for (int n = OPENER_WORDS; n >= 1; n--) {
            if (k - n + 1 < lo) continue;
            String opener = r.gap(k - n + 1, k + 1).strip();
            if (PartyWords.GROUP_OPENERS.contains(opener) || PartyWords.GROUP_OPENERS.contains(opener.replace(" ,", ","))) {
                k -= n;
                group = true;
                break;
            }
        }
        boolean caps = false, role = false, plural = false;
        for (int steps = 0; k >= lo && steps < MAX_WALK; k--, steps++) {
            PartyLexicon.Match pm = r.byEnd.get(k + 1);
            if (pm != null) {
                if (!(role || steps == 0 || isPossessiveRun(r, pm, ns))) return;
                Schemes.PartyConcept p = r.party(pm);
                boolean afterPossessive = r.possessiveAfter(pm) && pm.end() <= ns;
                if (p == null) return;
                if (caps && !afterPossessive) return;
                boolean members = group && !role && pm.form().pluralMember();
                if (!role && !afterPossessive && !members && !(pm.form().adjective() || pm.form().memberNoun())) return;
                // "anti-Congress", "pro-Labour": the word before the party says it is not theirs.
                if (pm.start() > 0 && (r.lower(pm.start() - 1).equals("anti") || r.lower(pm.start() - 1).equals("pro")
                        || r.lower(pm.start() - 1).endsWith("-"))) return;
                if (group && !plural && !members) return;
                plural |= members;
                int from = v.tokens.get(pm.start()).start();
                out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(from, m.end()),
                        plural ? "list" : id()), plural));
                return;
            }
            String w = v.word(k), l = r.lower(k);
            if (r.isPossessive(k)) continue;
            if (PartyWords.ROLES.contains(l) || Titles.isTitleWord(w)) {
                // The role nearest the name says whether it names one person or a group: "Labor senators X and Y".
                if (!role) plural = isPluralRole(l);
                role = true;
                continue;
            }
            if (PartyWords.ROLE_MODIFIERS.contains(l)) continue;
            if (Character.isUpperCase(w.charAt(0)) && !MentionFinder.isOrgHead(w) && !r.personByEndToken.containsKey(k + 1)) {
                caps = true;
                continue;
            }
            return;
        }
    }

    private static boolean isPluralRole(String l) {
        if (l.equals("congressmen")) return true;
        return l.length() > 3 && l.endsWith("s") && PartyWords.ROLES.contains(l) && PartyWords.ROLES.contains(l.substring(0, l.length() - 1));
    }

    /** Whether only a possessive and capitalised words stand between a party word and the name: "Labour's Kate". */
    private static boolean isPossessiveRun(PartyReading r, PartyLexicon.Match pm, int to) {
        int from = pm.possessive() ? pm.end() - 1 : pm.end();
        if (from >= to || !pm.possessive() && !r.isPossessive(from)) return false;
        for (int i = from + 1; i < to; i++) if (!Character.isUpperCase(r.v.word(i).charAt(0))) return false;
        return true;
    }
}
