package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newskg.nlp.AnalyzedArticle;

/**
 * Party membership that the text states about a named person, as the English-language press of any country
 * writes it: an ordered list of {@link MembershipRule}s, one per construction, each recording its id as the
 * evidence's {@code nkg:pattern}. A party word shared by countries or with an ordinary reading is decided by
 * {@link PartyContext}; undecided, it gives nothing. An organization's name, a group without names ("three
 * Republican senators"), a rival ("a Democratic challenger to Sen. X") and what the reader may know but the text
 * does not say give nothing. Immutable; one instance serves every worker.
 */
final class PartyFinder {
    private final PartyLexicon lexicon;
    private final PartyPhraseNames names;
    private final PartyNamePersons partyNames;
    private final List<MembershipRule> rules;

    PartyFinder(Schemes schemes) {
        this.lexicon = new PartyLexicon(schemes);
        this.names = new PartyPhraseNames(lexicon);
        this.partyNames = new PartyNamePersons(lexicon);
        this.rules = List.of(
                new PartyNameRules(List.of(
                        new PartyModifierRule(),
                        new PartyTagRule(schemes),
                        new PartyBracketRule(),
                        new PartyOfRule(),
                        new PartyAppositionAfterRule(),
                        new PartyAppositionBeforeRule())),
                new PartyRoleOfRule(),
                new PartyPredicativeRule(),
                new PartyCopulaRule(),
                new PartyListRule(),
                new PartyFellowRule(),
                new PartyRoleCoreferenceRule(),
                new PartyRelationalRule(),
                new PartyQuotedRule(),
                new PartyDescriptionRule(),
                new PartyLeadershipContestRule());
    }

    /**
     * The mentions with the names a party phrase holds and the name finder missed (see {@link PartyPhraseNames}),
     * and no party's name taken for a person's ({@link PartyNamePersons}).
     */
    List<Mention> withPartyPhraseNames(AnalyzedArticle a, List<Mention> found, List<Quote> quotes) {
        return partyNames.retype(a, names.withNames(a, found, quotes));
    }

    /** The memberships the article states, given its entities and who speaks each quotation. */
    List<Membership> find(ArticleView v, List<Entity> entities, List<Attribution> attributions) {
        PartyReading r = new PartyReading(lexicon, v, entities, attributions);
        List<MembershipRule.Finding> found = new ArrayList<>();
        for (MembershipRule rule : rules) rule.apply(r, found);
        return dedupe(found);
    }

    /** One evidence per mention and party (the longest), and the same phrase never twice. */
    private static List<Membership> dedupe(List<MembershipRule.Finding> found) {
        Map<String, Membership> out = new LinkedHashMap<>();
        for (MembershipRule.Finding f : found) {
            Membership m = f.m();
            String key = m.entity() + "|" + m.party() + "|" + m.evidence().start() + "|" + m.evidence().end();
            out.putIfAbsent(key, m);
        }
        // Evidence nested in a longer evidence for the same person and party says it once.
        List<Membership> list = new ArrayList<>(out.values());
        list.removeIf(a -> list.stream().anyMatch(b -> b != a && b.entity() == a.entity() && b.party().equals(a.party())
                && b.evidence().start() <= a.evidence().start() && b.evidence().end() >= a.evidence().end()
                && b.evidence().length() > a.evidence().length()));
        return list;
    }
}
