package org.newskg.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
 * <p>
 * A loader can die after its last article and before the links are derived; its next run may then have nothing
 * to load. So the graph records which load records it was derived from, and a run that finds them different
 * derives the links again.
 */
public final class ClaimLinks {
    public static final String GRAPH = SchemeGraphs.BASE + "claim-links";

    private ClaimLinks() {}

    /** Derives the links again if the store's articles are not those they were last derived from. */
    public static boolean refreshIfStale(ArticleStore store, Map<String, ArticleStore.LoadRecord> records) {
        String want = fingerprint(records);
        RowSet rows = store.select(QueryFactory.create("PREFIX nkg: <" + NKG.NS + ">\nSELECT ?f { GRAPH <" + GRAPH + "> { <"
                + GRAPH + "> nkg:linksBuiltFrom ?f } }"));
        boolean current = rows.hasNext() && want.equals(rows.next().get("f").getLiteralLexicalForm());
        if (!current) refresh(store, records);
        return !current;
    }

    public static int refresh(ArticleStore store) { return refresh(store, store.records()); }

    private static int refresh(ArticleStore store, Map<String, ArticleStore.LoadRecord> records) {
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
        int size = links.size();
        links.add(Triple.create(NodeFactory.createURI(GRAPH), NKG.linksBuiltFrom.asNode(), NodeFactory.createLiteralString(fingerprint(records))));
        store.replaceGraph(GRAPH, links);
        return size;
    }

    static String fingerprint(Map<String, ArticleStore.LoadRecord> records) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (ArticleStore.LoadRecord r : new TreeMap<>(records).values()) {
            sha.update((r.articleId() + '\t' + r.contentHash() + '\t' + r.extractorVersion() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
