package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * A person's party read from a relation the text states between them and the party or its people:
 * <ul>
 * <li>their party named: "his party, the African National Congress (ANC), pushed to recall him", "Smith's party,
 * Fine Gael" (id {@code relational-own-party});</li>
 * <li>their party's people: "her own National Party backbenchers", "his Labour colleagues" (id
 * {@code relational-colleagues});</li>
 * <li>the deputy of a party officer: "ANC secretary general Ace Magashule and his deputy Jessie Duarte" (id
 * {@code relational-deputy}).</li>
 * </ul>
 * The owner is a name with a possessive or a possessive pronoun read back to its person.
 */
final class PartyRelationalRule implements MembershipRule {
    /**
     * Nouns for the owner's fellows in a party: "his Labour colleagues", "her own National Party backbenchers".
     * Not the people who represent the owner: a judicial nominee's "GOP senators" are his state's, not his party's
     * (PolNeAR train), so "senators", "MPs", "lawmakers" are not here.
     */
    static final Set<String> PARTY_PEOPLE = Words.of("colleagues", "colleague", "backbenchers", "backbencher", "comrades",
            "caucus", "frontbenchers", "teammates", "party-mates", "partymates", "party-colleagues");
    /** Offices whose holder's deputy holds an office of the same party. */
    static final Set<String> OFFICES_WITH_DEPUTIES = Words.of("leader", "president", "chairman", "chairwoman", "chairperson",
            "chair", "secretary", "secretary-general", "general", "general-secretary", "treasurer", "treasurer-general",
            "whip", "chief", "convenor", "convener", "spokesperson", "spokesman", "spokeswoman", "head");

    @Override
    public String id() { return "relational"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        for (int i = 0; i < v.tokens.size(); i++) {
            if (v.inQuote(v.tokens.get(i).start())) continue;
            Owner o = owner(r, i);
            if (o == null) continue;
            int sEnd = v.sentenceEndToken(i);
            int k = o.next();
            if (k < sEnd && r.lower(k).equals("own")) k++;
            if (k >= sEnd) continue;
            if (r.lower(k).equals("deputy")) {
                deputy(r, o, k, sEnd, found);
                continue;
            }
            PartyLexicon.Match pm;
            int evEnd;
            String pattern;
            if (r.lower(k).equals("party") && k + 2 < sEnd && (v.word(k + 1).equals(",") || v.word(k + 1).equals("("))) {
                // "his party, the ANC", "her party (the SNP)".
                int q = k + 2;
                if (r.lower(q).equals("the")) q++;
                pm = r.byStart.get(q);
                if (pm == null || !r.endsPhrase(pm) && !(pm.end() < sEnd && r.lower(pm.end()).equals("party"))) continue;
                evEnd = v.tokens.get(pm.end() - 1).end();
                pattern = "relational-own-party";
            } else {
                // "her own National Party backbenchers", "his Labour colleagues".
                pm = r.byStart.get(k);
                if (pm == null || pm.possessive()) continue;
                int q = pm.end();
                if (q < sEnd && r.lower(q).equals("party") && !pm.form().text().toLowerCase().endsWith("party")) q++;
                if (q >= sEnd || !PARTY_PEOPLE.contains(r.lower(q))) continue;
                evEnd = v.tokens.get(q).end();
                pattern = "relational-colleagues";
            }
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            Mention who = o.pronoun() ? r.antecedent(i, p.iri(), found) : o.mention();
            if (who == null || PartyReading.conflicts(found, who.entity(), p.iri())) continue;
            int evStart = o.pronoun() ? v.tokens.get(i).start() : who.surfaceStart();
            found.add(new Finding(new Membership(who.entity(), p.iri(), new TextSpan(evStart, evEnd), pattern), false));
        }
    }

    /** Who owns what follows: a possessive pronoun at {@code i}, or a person's name ending with a possessive there. */
    private record Owner(Mention mention, boolean pronoun, int next) {}

    private static Owner owner(PartyReading r, int i) {
        String w = r.lower(i);
        if (w.equals("his") || w.equals("her")) return new Owner(null, true, i + 1);
        if (r.isPossessive(i)) {
            Mention m = r.personByEndToken.get(i);
            if (m != null) return new Owner(m, false, i + 1);
        }
        return null;
    }

    /** "ANC secretary general Ace Magashule and his deputy Jessie Duarte", "Magashule's deputy, Jessie Duarte". */
    private void deputy(PartyReading r, Owner o, int k, int sEnd, List<Finding> found) {
        ArticleView v = r.v;
        int q = k + 1;
        if (q < sEnd && v.word(q).equals(",")) q++;
        Mention deputy = r.personByStartToken.get(q);
        if (deputy == null) {
            Mention m = r.v.mentionBySurfaceStart.get(v.tokens.get(q).start());
            if (m != null && r.persons.contains(m)) deputy = m;
        }
        if (deputy == null) return;
        // The officer: the owner, or for "his", the person named just before "and his".
        Mention officer = o.mention();
        int own = o.mention() == null ? k - 1 : v.tokenFrom(o.mention().surfaceStart());
        if (officer == null) {
            int a = own - 1;
            if (a < 1 || !r.lower(a).equals("and")) return;
            officer = r.personByEndToken.get(a);
            if (officer == null) return;
        }
        for (Finding f : List.copyOf(found)) {
            if (f.m().entity() != officer.entity() || !f.m().evidence().contains(officer.start())) continue;
            if (!holdsOffice(r, f.m())) continue;
            if (PartyReading.conflicts(found, deputy.entity(), f.m().party())) continue;
            found.add(new Finding(new Membership(deputy.entity(), f.m().party(),
                    new TextSpan(f.m().evidence().start(), deputy.end()), "relational-deputy"), false));
        }
    }

    /** Whether a membership's evidence names an office of the party ("ANC secretary general X"). */
    private static boolean holdsOffice(PartyReading r, Membership m) {
        int a = r.v.tokenFrom(m.evidence().start()), b = r.v.tokenFrom(m.evidence().end());
        for (int t = a; t < b; t++) if (OFFICES_WITH_DEPUTIES.contains(r.lower(t))) return true;
        return false;
    }
}
