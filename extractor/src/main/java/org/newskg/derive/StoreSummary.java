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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.store.ArticleStore;
import org.newskg.store.SchemeGraphs;
import org.newskg.resolve.ClaimText;
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
    public static final String GRAPH = SchemeGraphs.BASE + "derived-summary";
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
        store.select(QueryFactory.create(DerivedLayer.prefixes() + "SELECT ?a ?c ?n ?o { GRAPH ?b { ?a nkg:claimCount ?c ; nkg:attributionCount ?n ; nkg:outletCount ?o } }"))
                .forEachRemaining(b -> {
                    String a = b.get("a").getURI();
                    agents.add(new Agent(a, a.startsWith(NKG.ID + "person/"), num(b.get("c")), num(b.get("n")), num(b.get("o"))));
                });
        agents.sort(Comparator.comparingLong(Agent::claims).reversed().thenComparing(Comparator.comparingLong(Agent::attributions).reversed())
                .thenComparing(Agent::iri));
        for (int i = 0; i < Math.min(RANKED, agents.size()); i++) add(g, agents.get(i).iri(), NKG.claimRank, DerivedLayer.integer(i + 1));
        List<Agent> persons = new ArrayList<>(agents.stream().filter(Agent::person).toList());
        persons.sort(Comparator.comparingLong(Agent::outlets).reversed().thenComparing(Comparator.comparingLong(Agent::attributions).reversed())
                .thenComparing(Agent::iri));
        for (int i = 0; i < Math.min(RANKED, persons.size()); i++) add(g, persons.get(i).iri(), NKG.outletRank, DerivedLayer.integer(i + 1));
    }

    /**
     * Each outlet once, with the name most of its articles give it and its article count. Every article graph names
     * its outlet, so over the union graph one outlet's name is a scan of all its articles; queries read it here.
     */
    private static void outletLabels(ArticleStore store, Graph g) {
        Map<String, Map<String, Long>> names = new TreeMap<>();
        store.select(QueryFactory.create(DerivedLayer.prefixes() + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?o ?l (COUNT(?g) AS ?n) { GRAPH ?g { ?g nkg:publishedBy ?o . ?o skos:prefLabel ?l } } GROUP BY ?o ?l"))
                .forEachRemaining(b -> names.computeIfAbsent(b.get("o").getURI(), k -> new TreeMap<>()).put(b.get("l").getLiteralLexicalForm(), num(b.get("n"))));
        names.forEach((o, byName) -> {
            String label = byName.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            add(g, o, RDF.type.asNode(), NKG.Outlet.asNode());
            add(g, o, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(label));
            add(g, o, NKG.articleCount.asNode(), DerivedLayer.integer(byName.values().stream().mapToLong(Long::longValue).sum()));
        });
    }

    private record Coverage(String node, String agent, long attributions) {}

    private static void outlets(ArticleStore store, Graph g) {
        Map<String, List<Coverage>> byOutlet = new TreeMap<>();
        store.select(QueryFactory.create(DerivedLayer.prefixes() + "SELECT ?c ?a ?o ?n { GRAPH ?b { ?c a nkg:OutletCoverage ; nkg:agent ?a ; nkg:outlet ?o ; nkg:attributionCount ?n } }"))
                .forEachRemaining(b -> byOutlet.computeIfAbsent(b.get("o").getURI(), k -> new ArrayList<>())
                        .add(new Coverage(b.get("c").getURI(), b.get("a").getURI(), num(b.get("n")))));
        for (List<Coverage> cs : byOutlet.values()) {
            cs.sort(Comparator.comparingLong(Coverage::attributions).reversed().thenComparing(Coverage::agent));
            for (int i = 0; i < Math.min(PER_OUTLET, cs.size()); i++) add(g, cs.get(i).node(), NKG.outletRank, DerivedLayer.integer(i + 1));
        }
    }

    private static void topics(ArticleStore store, Graph g) {
        Map<String, Long> perTopic = new TreeMap<>();
        Map<String, Map<String, Long>> claims = new TreeMap<>();
        Map<String, Map<String, Set<String>>> speakers = new TreeMap<>();
        Map<String, Set<String>> parties = new HashMap<>();
        // Membership as the articles state it, of the store-wide person each article's node resolves to.
        store.select(QueryFactory.create(DerivedLayer.prefixes() + "SELECT DISTINCT ?a ?party { GRAPH ?g { ?s nkg:memberOf ?party } GRAPH ?b { ?s nkg:resolvesTo ?a } }"))
                .forEachRemaining(b -> parties.computeIfAbsent(b.get("a").getURI(), k -> new HashSet<>()).add(b.get("party").getURI()));
        store.select(QueryFactory.create(DerivedLayer.prefixes() + "SELECT ?a ?t ?n { GRAPH ?b { ?c a nkg:TopicCoverage ; nkg:agent ?a ; nkg:topic ?t ; nkg:claimCount ?n } }"))
                .forEachRemaining(b -> {
                    String a = b.get("a").getURI(), t = b.get("t").getURI();
                    long n = num(b.get("n"));
                    perTopic.merge(t, n, Long::sum);
                    for (String party : parties.getOrDefault(a, Set.of())) {
                        claims.computeIfAbsent(party, k -> new TreeMap<>()).merge(t, n, Long::sum);
                        speakers.computeIfAbsent(party, k -> new TreeMap<>()).computeIfAbsent(t, k -> new HashSet<>()).add(a);
                    }
                });
        perTopic.forEach((t, n) -> add(g, t, NKG.claimCount, DerivedLayer.integer(n)));
        claims.forEach((party, byTopic) -> byTopic.forEach((t, n) -> {
            String node = NKG.ID + "party-topic/" + ClaimText.hash(party + " " + t);
            add(g, node, RDF.type.asNode(), NKG.PartyTopic.asNode());
            add(g, node, NKG.party.asNode(), NodeFactory.createURI(party));
            add(g, node, NKG.topic.asNode(), NodeFactory.createURI(t));
            add(g, node, NKG.claimCount.asNode(), DerivedLayer.integer(n));
            add(g, node, NKG.speakerCount.asNode(), DerivedLayer.integer(speakers.get(party).get(t).size()));
        }));
    }

    private static long num(Node n) { return Long.parseLong(n.getLiteralLexicalForm()); }

    private static void add(Graph g, String s, org.apache.jena.rdf.model.Property p, Node o) { add(g, s, p.asNode(), o); }

    private static void add(Graph g, String s, Node p, Node o) { g.add(Triple.create(NodeFactory.createURI(s), p, o)); }
}
