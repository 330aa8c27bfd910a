package org.newskg.spark;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.vocab.NKG;

/** TEMPORARY until the store package's LoadRecords is public on main: an article's load record as triples. */
final class RecordQuads {
    static final String META = NKG.META_GRAPH;

    private RecordQuads() {}

    static Graph of(String articleId, String contentHash, String version) {
        Graph g = GraphFactory.createDefaultGraph();
        Node n = NodeFactory.createURI(Iris.article(articleId) + "#load");
        g.add(Triple.create(n, RDF.type.asNode(), NodeFactory.createURI(NKG.NS + "LoadRecord")));
        g.add(Triple.create(n, NKG.articleId.asNode(), NodeFactory.createLiteralString(articleId)));
        g.add(Triple.create(n, NKG.contentHash.asNode(), NodeFactory.createLiteralString(contentHash)));
        g.add(Triple.create(n, NKG.extractorVersion.asNode(), NodeFactory.createLiteralString(version)));
        return g;
    }
}
