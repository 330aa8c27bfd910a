package org.newskg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.vocab.NKG;

/** Load records as triples of the metadata graph: one node per article with id, hash and extractor version. */
public final class LoadRecords {
    private LoadRecords() {}

    public static final Node RECORD = NodeFactory.createURI(NKG.NS + "LoadRecord");
    public static final Node META = NodeFactory.createURI(NKG.META_GRAPH);

    public static Node node(String articleId) { return NodeFactory.createURI(Iris.article(articleId) + "#load"); }

    public static Graph of(ArticleStore.LoadRecord r) {
        Graph g = GraphFactory.createDefaultGraph();
        Node n = node(r.articleId());
        g.add(Triple.create(n, RDF.type.asNode(), RECORD));
        g.add(Triple.create(n, NKG.articleId.asNode(), NodeFactory.createLiteralString(r.articleId())));
        g.add(Triple.create(n, NKG.contentHash.asNode(), NodeFactory.createLiteralString(r.contentHash())));
        g.add(Triple.create(n, NKG.extractorVersion.asNode(), NodeFactory.createLiteralString(r.extractorVersion())));
        return g;
    }

    /**
     * One pass over the metadata graph, its triples grouped by node: a store of 100,000 articles has 400,000, and
     * three lookups per record took seconds, paid by every load (the derived layer's fingerprint reads them all).
     */
    static Map<String, ArticleStore.LoadRecord> read(Graph meta) {
        Map<Node, String[]> fields = new HashMap<>();
        Set<Node> records = new HashSet<>();
        Node id = NKG.articleId.asNode(), hash = NKG.contentHash.asNode(), version = NKG.extractorVersion.asNode(), type = RDF.type.asNode();
        meta.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            int i = p.equals(id) ? 0 : p.equals(hash) ? 1 : p.equals(version) ? 2 : -1;
            if (i >= 0 && t.getObject().isLiteral()) {
                String[] f = fields.computeIfAbsent(t.getSubject(), k -> new String[3]);
                if (f[i] == null) f[i] = t.getObject().getLiteralLexicalForm();
            } else if (p.equals(type) && t.getObject().equals(RECORD)) {
                records.add(t.getSubject());
            }
        });
        Map<String, ArticleStore.LoadRecord> out = new HashMap<>();
        for (Node n : records) {
            String[] f = fields.get(n);
            if (f != null && f[0] != null) out.put(f[0], new ArticleStore.LoadRecord(f[0], f[1], f[2]));
        }
        return out;
    }
}
