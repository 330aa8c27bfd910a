package org.newskg.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.store.ArticleStore;
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

    private CoQuotations() {}

    /** Each block's {@code quotedIn} links as they stand in the store: person → articles. */
    static Map<String, Set<String>> quotedIn(ArticleStore store, Collection<String> blocks) {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<String> batch : BlockKeys.batches(blocks)) {
            DeriveQueries.selectValues(store, "quoted-in", "g", blockGraphs(batch))
                    .forEachRemaining(b -> out.computeIfAbsent(b.get("p").getURI(), k -> new HashSet<>()).add(b.get("art").getURI()));
        }
        return out;
    }

    /** The blocks whose persons are quoted in any of these articles, as the store stands now. */
    static Set<String> blocksQuotedIn(ArticleStore store, Collection<String> articles) {
        Set<String> out = new HashSet<>();
        for (List<String> batch : BlockKeys.batches(articles)) {
            DeriveQueries.selectValues(store, "blocks-quoted-in", "art", DeriveQueries.iris(batch))
                    .forEachRemaining(b -> out.add(DerivedIris.blockOf(b.get("g").getURI())));
        }
        return out;
    }

    /** The pair graphs of these person blocks, read from the blocks' {@code quotedIn} links as they stand in the store. */
    static Map<String, Graph> derive(ArticleStore store, Collection<String> blocks) {
        Map<String, Graph> out = new TreeMap<>();
        for (List<String> batch : BlockKeys.batches(blocks)) {
            // block → person → partner → shared articles
            Map<String, Map<String, Map<String, Integer>>> counts = new HashMap<>();
            DeriveQueries.selectValues(store, "co-quotation-counts", "g", blockGraphs(batch)).forEachRemaining(b -> {
                String p = b.get("p").getURI(), q = b.get("q").getURI();
                if (!Iris.isPerson(p) || !Iris.isPerson(q)) return;
                counts.computeIfAbsent(b.get("g").getURI(), k -> new HashMap<>()).computeIfAbsent(p, k -> new HashMap<>())
                        .put(q, Integer.parseInt(b.get("n").getLiteralLexicalForm()));
            });
            for (String block : batch) out.put(DerivedIris.pairsGraph(block), graph(counts.getOrDefault(DerivedIris.blockGraph(block), Map.of())));
        }
        return out;
    }

    /**
     * A block's pair graph from, per agent of the block, the other agents quoted in the same articles and in how
     * many (as the {@code co-quotation-counts} query gives them): the persons' best {@value #TOP} partners who are
     * persons.
     */
    static Graph graph(Map<String, Map<String, Integer>> partnersOf) {
        Graph g = GraphFactory.createDefaultGraph();
        partnersOf.forEach((p, partners) -> {
            if (!Iris.isPerson(p)) return;
            Map<String, Integer> persons = new HashMap<>();
            partners.forEach((q, n) -> {
                if (Iris.isPerson(q)) persons.put(q, n);
            });
            if (!persons.isEmpty()) add(g, p, persons);
        });
        return g;
    }

    private static void add(Graph g, String p, Map<String, Integer> partners) {
        List<Map.Entry<String, Integer>> best = new ArrayList<>(partners.entrySet());
        best.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < Math.min(TOP, best.size()); i++) {
            String c = DerivedIris.coQuotation(p, best.get(i).getKey());
            Triples.add(g, c, RDF.type, NKG.CoQuotation);
            Triples.add(g, c, NKG.agent, Triples.uri(p));
            Triples.add(g, c, NKG.partner, Triples.uri(best.get(i).getKey()));
            Triples.add(g, c, NKG.articleCount, Triples.integer(best.get(i).getValue()));
            Triples.add(g, c, NKG.rank, Triples.integer(i + 1));
        }
    }

    private static List<org.apache.jena.graph.Node> blockGraphs(List<String> blocks) {
        return DeriveQueries.iris(blocks.stream().map(DerivedIris::blockGraph).toList());
    }
}
