package org.newskg.load;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.vocab.NKG;

/** Load records as triples of the metadata graph: one node per article with id, hash and extractor version. */
final class LoadRecords {
    private LoadRecords() {}

    static final Node RECORD = NodeFactory.createURI(NKG.NS + "LoadRecord");
    static final Node META = NodeFactory.createURI(NKG.META_GRAPH);

    static Node node(String articleId) { return NodeFactory.createURI(Iris.article(articleId) + "#load"); }

    static Graph of(ArticleStore.LoadRecord r) {
        Graph g = GraphFactory.createDefaultGraph();
        Node n = node(r.articleId());
        g.add(Triple.create(n, RDF.type.asNode(), RECORD));
        g.add(Triple.create(n, NKG.articleId.asNode(), NodeFactory.createLiteralString(r.articleId())));
        g.add(Triple.create(n, NKG.contentHash.asNode(), NodeFactory.createLiteralString(r.contentHash())));
        g.add(Triple.create(n, NKG.extractorVersion.asNode(), NodeFactory.createLiteralString(r.extractorVersion())));
        return g;
    }

    static Map<String, ArticleStore.LoadRecord> read(Graph meta) {
        Map<String, ArticleStore.LoadRecord> out = new HashMap<>();
        meta.find(Node.ANY, RDF.type.asNode(), RECORD).forEachRemaining(t -> {
            Node n = t.getSubject();
            String id = literal(meta, n, NKG.articleId.asNode());
            if (id != null) out.put(id, new ArticleStore.LoadRecord(id, literal(meta, n, NKG.contentHash.asNode()),
                    literal(meta, n, NKG.extractorVersion.asNode())));
        });
        return out;
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }
}
