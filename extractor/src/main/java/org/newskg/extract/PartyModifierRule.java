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
                Schemes.PartyConcept p = r.party(pm);
                // "Republican Congressman X" in a US story: a member noun of another country's party that is also a
                // role here ("Congressman" is an Indian Congress member in India) is read as the role.
                if (p == null && pm.end() - pm.start() == 1 && (PartyWords.ROLES.contains(r.lower(pm.start())))) {
                    if (!role) plural = isPluralRole(r.lower(pm.start()));
                    role = true;
                    k = pm.start();
                    continue;
                }
                // "LEADER of Azimio la Umoja opposition party X": the role stands before the party, joined by "of".
                int roleBefore = roleOfBefore(r, pm, lo);
                if (!(role || steps == 0 || roleBefore >= 0 || isPossessiveRun(r, pm, ns))) return;
                boolean afterPossessive = r.possessiveAfter(pm) && pm.end() <= ns;
                if (p == null) return;
                if (caps && !afterPossessive) return;
                boolean members = group && !role && pm.form().pluralMember();
                if (!role && !afterPossessive && !members && !(pm.form().adjective() || pm.form().memberNoun())) return;
                // "US Congressman X" in an Indian paper, "Australian Labor MP" in a British one: a country named right
                // before the party word is the party's country, or the word means another thing there.
                if (pm.start() > lo && !PartyContext.countriesNamed(v.word(pm.start() - 1)).isEmpty()
                        && !PartyContext.countriesNamed(v.word(pm.start() - 1)).contains(p.country())) return;
                // "anti-Congress", "pro-Labour": the word before the party says it is not theirs.
                if (pm.start() > 0 && (r.lower(pm.start() - 1).equals("anti") || r.lower(pm.start() - 1).equals("pro")
                        || r.lower(pm.start() - 1).endsWith("-"))) return;
                if (group && !plural && !members) return;
                plural |= members;
                int from = v.tokens.get(roleBefore >= 0 && !role ? roleBefore : pm.start()).start();
                if (roleBefore >= 0 && !role) {
                    out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(from, m.end()), "role-of-party-attributive"), false));
                    return;
                }
                out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(from, m.end()),
                        plural ? "list" : id()), plural));
                return;
            }
            String w = v.word(k), l = r.lower(k);
            if (r.isPossessive(k)) continue;
            if (w.equals(",") && steps == 0 && k > lo && (r.isPossessive(k - 1) || r.byEnd.containsKey(k) && r.byEnd.get(k).possessive())) continue;
            if (PartyWords.ROLES.contains(l) || Titles.isTitleWord(w)) {
                // The role nearest the name says whether it names one person or a group: "Labor senators X and Y".
                if (!role) plural = isPluralRole(l);
                role = true;
                continue;
            }
            if (PartyWords.ROLE_MODIFIERS.contains(l)) continue;
            // "SNP Westminster leader X", "BJP Delhi unit chief X": a place between the party and the role is the role's seat.
            if (PartyContext.isPlaceCue(w) && !r.personByEndToken.containsKey(k + 1)) continue;
            if (Character.isUpperCase(w.charAt(0)) && !MentionFinder.isOrgHead(w) && !r.personByEndToken.containsKey(k + 1)) {
                caps = true;
                continue;
            }
            return;
        }
    }

    /** In "leader of (the) PARTY ... X", the token of the role before "of", or -1. */
    private static int roleOfBefore(PartyReading r, PartyLexicon.Match pm, int lo) {
        int o = pm.start() - 1;
        if (o >= lo && r.lower(o).equals("the")) o--;
        if (o - 1 < lo || !r.lower(o).equals("of") || !PartyWords.ROLES.contains(r.lower(o - 1))) return -1;
        int q = o - 1;
        if (q - 1 >= lo && PartyWords.ROLE_MODIFIERS.contains(r.lower(q - 1)) && !PartyWords.isFormer(r.lower(q - 1))) q--;
        if (q - 1 >= lo && PartyWords.isFormer(r.lower(q - 1))) return -1;
        return q;
    }

    private static boolean isPluralRole(String l) {
        if (l.equals("congressmen")) return true;
        return l.length() > 3 && l.endsWith("s") && PartyWords.ROLES.contains(l) && PartyWords.ROLES.contains(l.substring(0, l.length() - 1));
    }

    /**
     * Whether only a possessive and capitalised words stand between a party word and the name: "Labour's Kate",
     * and the comma some writers put there ("the National Party's, Christopher Luxon").
     */
    private static boolean isPossessiveRun(PartyReading r, PartyLexicon.Match pm, int to) {
        int from = pm.possessive() ? pm.end() - 1 : pm.end();
        if (from >= to || !pm.possessive() && !r.isPossessive(from)) return false;
        int i = from + 1;
        if (i < to && r.v.word(i).equals(",")) i++;
        for (; i < to; i++) if (!Character.isUpperCase(r.v.word(i).charAt(0))) return false;
        return true;
    }
}
