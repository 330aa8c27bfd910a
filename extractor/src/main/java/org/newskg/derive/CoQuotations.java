package org.newskg.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.store.ArticleStore;
import org.newskg.resolve.ClaimText;
import org.newskg.vocab.NKG;

/**
 * Who is quoted together with whom: for each store-wide person, the persons quoted in the same articles, with the
 * number of such articles, best first. Only the {@value #TOP} most frequent partners of each person are kept: the
 * pairs grow with the square of the speakers per article, and an analyst reads the head of each list; the full
 * answer for two given persons is one query over the article graphs away.
 * <p>
 * A person's pairs live in a graph of their own beside their block ({@code graph/derived/pairs/{block}}), because
 * they depend on more than the block: on who each other speaker of those articles resolves to, which the other
 * speaker's block decides. {@link DerivedLayer} therefore refreshes the pairs of every block whose persons share an
 * article with a speaker whose resolution changed, not only the blocks a load touched.
 */
final class CoQuotations {
    static final int TOP = 10;
    static final String PREFIX = "pairs/";

    private CoQuotations() {}

    static String graph(String block) { return DerivedLayer.BLOCK_BASE + PREFIX + block; }

    /** Each block's {@code quotedIn} links as they stand in the store: person → articles. */
    static Map<String, Set<String>> quotedIn(ArticleStore store, Collection<String> blocks) {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<String> batch : DerivedLayer.batches(blocks)) {
            store.select(QueryFactory.create(DerivedLayer.prefixes() + "SELECT ?p ?art { VALUES ?g { " + values(batch.stream().map(DerivedLayer::blockGraph).toList())
                    + " } GRAPH ?g { ?p nkg:quotedIn ?art } }"))
                    .forEachRemaining(b -> out.computeIfAbsent(b.get("p").getURI(), k -> new HashSet<>()).add(b.get("art").getURI()));
        }
        return out;
    }

    /** The blocks whose persons are quoted in any of these articles, as the store stands now. */
    static Set<String> blocksQuotedIn(ArticleStore store, Collection<String> articles) {
        Set<String> out = new HashSet<>();
        for (List<String> batch : DerivedLayer.batches(articles)) {
            store.select(QueryFactory.create(DerivedLayer.prefixes() + "SELECT DISTINCT ?g { VALUES ?art { " + values(batch)
                    + " } GRAPH ?g { ?p nkg:quotedIn ?art } }"))
                    .forEachRemaining(b -> out.add(b.get("g").getURI().substring(DerivedLayer.BLOCK_BASE.length())));
        }
        return out;
    }

    /** The pair graphs of these person blocks, read from the blocks' {@code quotedIn} links as they stand in the store. */
    static Map<String, Graph> derive(ArticleStore store, Collection<String> blocks) {
        Map<String, Graph> out = new TreeMap<>();
        for (List<String> batch : DerivedLayer.batches(blocks)) {
            // block → person → partner → shared articles
            Map<String, Map<String, Map<String, Integer>>> counts = new HashMap<>();
            store.select(QueryFactory.create(DerivedLayer.prefixes() + "SELECT ?g ?p ?q (COUNT(DISTINCT ?art) AS ?n) { VALUES ?g { "
                    + values(batch.stream().map(DerivedLayer::blockGraph).toList()) + " } GRAPH ?g { ?p nkg:quotedIn ?art } "
                    + "GRAPH ?h { ?q nkg:quotedIn ?art } FILTER (?q != ?p) } GROUP BY ?g ?p ?q"))
                    .forEachRemaining(b -> {
                        String p = b.get("p").getURI(), q = b.get("q").getURI();
                        if (!person(p) || !person(q)) return;
                        counts.computeIfAbsent(b.get("g").getURI(), k -> new HashMap<>()).computeIfAbsent(p, k -> new HashMap<>())
                                .put(q, Integer.parseInt(b.get("n").getLiteralLexicalForm()));
                    });
            for (String block : batch) {
                Graph g = GraphFactory.createDefaultGraph();
                counts.getOrDefault(DerivedLayer.blockGraph(block), Map.of()).forEach((p, partners) -> add(g, p, partners));
                out.put(graph(block), g);
            }
        }
        return out;
    }

    private static void add(Graph g, String p, Map<String, Integer> partners) {
        List<Map.Entry<String, Integer>> best = new ArrayList<>(partners.entrySet());
        best.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < Math.min(TOP, best.size()); i++) {
            Node c = NodeFactory.createURI(NKG.ID + "co-quotation/" + ClaimText.hash(p + " " + best.get(i).getKey()));
            g.add(Triple.create(c, RDF.type.asNode(), NKG.CoQuotation.asNode()));
            g.add(Triple.create(c, NKG.agent.asNode(), NodeFactory.createURI(p)));
            g.add(Triple.create(c, NKG.partner.asNode(), NodeFactory.createURI(best.get(i).getKey())));
            g.add(Triple.create(c, NKG.articleCount.asNode(), DerivedLayer.integer(best.get(i).getValue())));
            g.add(Triple.create(c, NKG.rank.asNode(), DerivedLayer.integer(i + 1)));
        }
    }

    private static boolean person(String iri) { return iri.contains("/id/person/"); }

    private static String values(Collection<String> iris) { return iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" ")); }
}
