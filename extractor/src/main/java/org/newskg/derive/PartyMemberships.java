package org.newskg.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDF;
import org.newskg.vocab.NKG;

/**
 * Per store-wide person and party, the membership as the articles state it ({@code nkg:PartyMembership}): how many
 * articles state it, the first and last of their dates, and the evidence of the newest. A person page shows one row
 * per party from it, and the store summary ranks each party's members by it ({@link RankedLists}), where both read
 * every piece of evidence before (the most quoted candidate is called a Republican in thousands of articles).
 */
final class PartyMemberships {
    private PartyMemberships() {}

    /** Newest article first (undated last), then article and evidence in code-point order: one latest, whatever the load order. */
    private static Comparator<BlockFacts.MembershipUse> newestFirst(Publications pubs) {
        return Comparator.comparing((BlockFacts.MembershipUse m) -> pubs.date(m.article()), Comparator.comparing((Optional<LocalDate> d) -> d.orElse(LocalDate.MIN)).reversed())
                .thenComparing(BlockFacts.MembershipUse::article).thenComparing(BlockFacts.MembershipUse::evidence);
    }

    static void write(Graph g, BlockFacts f, Map<String, String> resolvesTo, Publications pubs) {
        Map<String, Map<String, List<BlockFacts.MembershipUse>>> byPerson = new TreeMap<>();
        for (BlockFacts.MembershipUse m : f.memberships()) {
            byPerson.computeIfAbsent(resolvesTo.getOrDefault(m.person(), m.person()), k -> new TreeMap<>())
                    .computeIfAbsent(m.party(), k -> new ArrayList<>()).add(m);
        }
        byPerson.forEach((person, parties) -> parties.forEach((party, uses) -> {
            String node = DerivedIris.partyMembership(person, party);
            Set<String> articles = new TreeSet<>();
            for (BlockFacts.MembershipUse m : uses) articles.add(m.article());
            Triples.add(g, node, RDF.type, NKG.PartyMembership);
            Triples.add(g, node, NKG.agent, Triples.uri(person));
            Triples.add(g, node, NKG.party, Triples.uri(party));
            Triples.add(g, node, NKG.articleCount, Triples.integer(articles.size()));
            var dates = pubs.dates(articles);
            if (!dates.isEmpty()) {
                Triples.add(g, node, NKG.firstSeen, Triples.date(dates.first()));
                Triples.add(g, node, NKG.lastSeen, Triples.date(dates.last()));
            }
            Triples.add(g, node, NKG.latestEvidence, Triples.uri(uses.stream().min(newestFirst(pubs)).orElseThrow().evidence()));
        }));
    }
}
