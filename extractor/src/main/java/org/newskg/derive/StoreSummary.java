package org.newskg.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.Iris;
import org.newskg.store.ArticleStore;
import org.newskg.vocab.NKG;

/**
 * The store-wide orderings and totals that no block can hold, because they compare or add up agents of every block:
 * each outlet's name and article count, the most quoted agents ({@code nkg:claimRank}), the persons quoted by the most outlets ({@code nkg:outletRank}),
 * each outlet's most quoted speakers (an {@code nkg:outletRank} on their {@code nkg:OutletCoverage}), per topic the
 * claims about it, and per party and topic its members' claims ({@code nkg:PartyTopic}).
 * <p>
 * It is computed from the blocks' summaries alone, never from the article graphs, so refreshing it after a load
 * costs a read of one summary row per agent, however many articles the store holds. ARQ sorts a few hundred rows
 * in a millisecond but thousands of counts in a tenth of a second; with the ranks stored, a query that shows the
 * most quoted first sorts only the ranked rows it shows.
 */
final class StoreSummary {
    public static final String GRAPH = DerivedIris.SUMMARY;
    /** Ranked agents per ordering: the head of each list, where an analyst's eye goes. */
    static final int RANKED = 1000;
    /** Ranked speakers per outlet. */
    static final int PER_OUTLET = 20;

    private StoreSummary() {}

    static Graph derive(ArticleStore store) {
        Graph g = GraphFactory.createDefaultGraph();
        ranks(store, g);
        outletLabels(store, g);
        outlets(store, g);
        topics(store, g);
        return g;
    }

    private record Agent(String iri, boolean person, long claims, long attributions, long outlets) {}

    private static void ranks(ArticleStore store, Graph g) {
        List<Agent> agents = new ArrayList<>();
        DeriveQueries.select(store, "agent-counts").forEachRemaining(b -> {
                    String a = b.get("a").getURI();
                    agents.add(new Agent(a, Iris.isPerson(a), num(b.get("c")), num(b.get("n")), num(b.get("o"))));
                });
        agents.sort(Comparator.comparingLong(Agent::claims).reversed().thenComparing(Comparator.comparingLong(Agent::attributions).reversed())
                .thenComparing(Agent::iri));
        for (int i = 0; i < Math.min(RANKED, agents.size()); i++) Triples.add(g, agents.get(i).iri(), NKG.claimRank, Triples.integer(i + 1));
        List<Agent> persons = new ArrayList<>(agents.stream().filter(Agent::person).toList());
        persons.sort(Comparator.comparingLong(Agent::outlets).reversed().thenComparing(Comparator.comparingLong(Agent::attributions).reversed())
                .thenComparing(Agent::iri));
        for (int i = 0; i < Math.min(RANKED, persons.size()); i++) Triples.add(g, persons.get(i).iri(), NKG.outletRank, Triples.integer(i + 1));
    }

    /**
     * Each outlet once, with the name most of its articles give it and its article count. Every article graph names
     * its outlet, so over the union graph one outlet's name is a scan of all its articles; queries read it here.
     */
    private static void outletLabels(ArticleStore store, Graph g) {
        Map<String, Map<String, Long>> names = new TreeMap<>();
        DeriveQueries.select(store, "outlet-names").forEachRemaining(b -> names.computeIfAbsent(b.get("o").getURI(), k -> new TreeMap<>()).put(b.get("l").getLiteralLexicalForm(), num(b.get("n"))));
        names.forEach((o, byName) -> {
            String label = byName.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            Triples.add(g, o, RDF.type, NKG.Outlet);
            Triples.add(g, o, SKOS.prefLabel, Triples.str(label));
            Triples.add(g, o, NKG.articleCount, Triples.integer(byName.values().stream().mapToLong(Long::longValue).sum()));
        });
    }

    private record Coverage(String node, String agent, long attributions) {}

    private static void outlets(ArticleStore store, Graph g) {
        Map<String, List<Coverage>> byOutlet = new TreeMap<>();
        DeriveQueries.select(store, "outlet-coverage").forEachRemaining(b -> byOutlet.computeIfAbsent(b.get("o").getURI(), k -> new ArrayList<>())
                        .add(new Coverage(b.get("c").getURI(), b.get("a").getURI(), num(b.get("n")))));
        for (List<Coverage> cs : byOutlet.values()) {
            cs.sort(Comparator.comparingLong(Coverage::attributions).reversed().thenComparing(Coverage::agent));
            for (int i = 0; i < Math.min(PER_OUTLET, cs.size()); i++) Triples.add(g, cs.get(i).node(), NKG.outletRank, Triples.integer(i + 1));
        }
    }

    private static void topics(ArticleStore store, Graph g) {
        Map<String, Long> perTopic = new TreeMap<>();
        Map<String, Map<String, Long>> claims = new TreeMap<>();
        Map<String, Map<String, Set<String>>> speakers = new TreeMap<>();
        Map<String, Set<String>> parties = new HashMap<>();
        // Membership as the articles state it, of the store-wide person each article's node resolves to.
        DeriveQueries.select(store, "party-members").forEachRemaining(b -> parties.computeIfAbsent(b.get("a").getURI(), k -> new HashSet<>()).add(b.get("party").getURI()));
        DeriveQueries.select(store, "topic-coverage").forEachRemaining(b -> {
                    String a = b.get("a").getURI(), t = b.get("t").getURI();
                    long n = num(b.get("n"));
                    perTopic.merge(t, n, Long::sum);
                    for (String party : parties.getOrDefault(a, Set.of())) {
                        claims.computeIfAbsent(party, k -> new TreeMap<>()).merge(t, n, Long::sum);
                        speakers.computeIfAbsent(party, k -> new TreeMap<>()).computeIfAbsent(t, k -> new HashSet<>()).add(a);
                    }
                });
        perTopic.forEach((t, n) -> Triples.add(g, t, NKG.claimCount, Triples.integer(n)));
        claims.forEach((party, byTopic) -> byTopic.forEach((t, n) -> {
            String node = DerivedIris.partyTopic(party, t);
            Triples.add(g, node, RDF.type, NKG.PartyTopic);
            Triples.add(g, node, NKG.party, Triples.uri(party));
            Triples.add(g, node, NKG.topic, Triples.uri(t));
            Triples.add(g, node, NKG.claimCount, Triples.integer(n));
            Triples.add(g, node, NKG.speakerCount, Triples.integer(speakers.get(party).get(t).size()));
        }));
    }

    private static long num(Node n) { return Long.parseLong(n.getLiteralLexicalForm()); }

}
