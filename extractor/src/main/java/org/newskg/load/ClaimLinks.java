package org.newskg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.resolve.ClaimText;
import org.newskg.vocab.NKG;

/**
 * Links a shortened or partial quote to the longer claim of the same speaker that contains it
 * ({@code nkg:partOf}). The two usually come from different articles, loaded in any order, so the links are
 * derived from the whole store after each load and kept in a graph of their own, replaced in one write.
 */
public final class ClaimLinks {
    public static final String GRAPH = SchemeGraphs.BASE + "claim-links";

    private ClaimLinks() {}

    public static int refresh(ArticleStore store) {
        RowSet rows = store.select(QueryFactory.create(
                "PREFIX nkg: <" + NKG.NS + ">\nSELECT DISTINCT ?speaker ?claim ?text { ?speaker nkg:said ?claim . ?claim nkg:text ?text }"));
        Map<Node, Map<Node, String>> bySpeaker = new HashMap<>();
        rows.forEachRemaining(b -> bySpeaker.computeIfAbsent(b.get("speaker"), k -> new TreeMap<>(java.util.Comparator.comparing(Node::getURI)))
                .merge(b.get("claim"), ClaimText.normalize(b.get("text").getLiteralLexicalForm()),
                        (x, y) -> x.length() >= y.length() ? x : y));
        Graph links = GraphFactory.createDefaultGraph();
        for (Map<Node, String> claims : bySpeaker.values()) {
            List<Map.Entry<Node, String>> list = new ArrayList<>(claims.entrySet());
            for (Map.Entry<Node, String> part : list) {
                for (Map.Entry<Node, String> whole : list) {
                    if (part != whole && ClaimText.isPartOf(part.getValue(), whole.getValue()))
                        links.add(Triple.create(part.getKey(), NKG.partOf.asNode(), whole.getKey()));
                }
            }
        }
        store.replaceGraph(GRAPH, links);
        return links.size();
    }
}
