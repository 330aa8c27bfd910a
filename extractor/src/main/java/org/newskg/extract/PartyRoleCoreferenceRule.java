package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "the Democratic governor said": a party with a role noun and no name is the article's one person with that
 * role mentioned before it, when exactly one fits and none of them is stated to be of another party.
 */
final class PartyRoleCoreferenceRule implements MembershipRule {
    /** How many role modifiers may stand between the party and the role ("the Labour deputy leader"). */
    static final int MODIFIERS_BEFORE_ROLE = 2;
    /** Role words and the one role each names: "Sen." and "senator" are one role. */
    private static final Map<String, String> ROLE_CANON = Map.ofEntries(Map.entry("gov", "governor"),
            Map.entry("gov.", "governor"), Map.entry("governor", "governor"), Map.entry("sen", "senator"),
            Map.entry("sen.", "senator"), Map.entry("senator", "senator"), Map.entry("rep", "representative"),
            Map.entry("rep.", "representative"), Map.entry("representative", "representative"),
            Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"),
            Map.entry("president", "president"), Map.entry("mp", "mp"), Map.entry("mla", "mla"), Map.entry("leader", "leader"),
            Map.entry("premier", "premier"), Map.entry("mayor", "mayor"), Map.entry("nominee", "nominee"),
            Map.entry("chairman", "chairman"), Map.entry("chairwoman", "chairman"), Map.entry("senator-elect", "senator"));

    @Override
    public String id() { return "role-coreference"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        Map<String, Set<Integer>> roleHolders = new HashMap<>();
        Map<Integer, Integer> firstToken = new HashMap<>();
        for (Mention m : r.persons) {
            firstToken.merge(m.entity(), v.tokenFrom(m.surfaceStart()), Math::min);
            for (String w : m.title().toLowerCase(Locale.ROOT).split("\\s+"))
                if (ROLE_CANON.containsKey(w)) roleHolders.computeIfAbsent(ROLE_CANON.get(w), k -> new HashSet<>()).add(m.entity());
        }
        for (Finding f : new ArrayList<>(found)) {
            int a = v.tokenFrom(f.m().evidence().start()), b = v.tokenFrom(f.m().evidence().end());
            for (int i = a; i < b; i++)
                if (ROLE_CANON.containsKey(r.lower(i)))
                    roleHolders.computeIfAbsent(ROLE_CANON.get(r.lower(i)), k -> new HashSet<>()).add(f.m().entity());
        }
        for (PartyLexicon.Match pm : r.all) {
            if (pm.start() < 1 || !r.lower(pm.start() - 1).equals("the")) continue;
            int k = pm.end();
            while (k < v.tokens.size() && k < pm.end() + MODIFIERS_BEFORE_ROLE
                    && (PartyWords.ROLE_MODIFIERS.contains(r.lower(k)) || r.lower(k).equals("presidential"))
                    && !ROLE_CANON.containsKey(r.lower(k))) k++;
            if (k >= v.tokens.size() || !ROLE_CANON.containsKey(r.lower(k))) continue;
            if (!v.sentenceOf.get(k).equals(v.sentenceOf.get(pm.start()))) continue;
            // A name after the role is the modifier rule's; a comma before "the" after a name is an apposition.
            if (k + 1 < v.tokens.size() && (r.personByStartToken.containsKey(k + 1) || Character.isUpperCase(v.word(k + 1).charAt(0))
                    || r.isPossessive(k + 1) || r.lower(k + 1).equals("of") || r.lower(k + 1).equals("for"))) continue;
            int the = pm.start() - 1;
            if (the > 0 && v.word(the - 1).equals(",") && r.personByEndToken.containsKey(the - 1)) continue;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            Set<Integer> holders = roleHolders.getOrDefault(ROLE_CANON.get(r.lower(k)), Set.of());
            List<Integer> fit = new ArrayList<>();
            for (int e : holders) if (firstToken.getOrDefault(e, Integer.MAX_VALUE) < the && !PartyReading.conflicts(found, e, p.iri())) fit.add(e);
            if (fit.size() != 1) continue;
            found.add(new Finding(new Membership(fit.get(0), p.iri(), new TextSpan(v.tokens.get(the).start(), v.tokens.get(k).end()),
                    id()), false));
        }
    }
}
