package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.vocab.NKG;

/**
 * The write path of {@code load} without the extraction, to time writing apart from extracting: each article's graph
 * with its load record in one write transaction, read from the N-Quads a bulk extraction wrote (each article graph
 * followed by its record in the metadata graph).
 */
final class TransactionPerArticle {
    private TransactionPerArticle() {}

    static void write(DatasetGraph dsg, Path nq) {
        Node meta = NodeFactory.createURI(NKG.META_GRAPH);
        List<Quad> batch = new ArrayList<>();
        Node[] current = {null};
        Runnable flush = () -> {
            if (batch.isEmpty()) return;
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(current[0], Node.ANY, Node.ANY, Node.ANY);
                batch.forEach(dsg::add);
            });
            batch.clear();
        };
        RDFParser.source(nq).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (!q.getGraph().equals(current[0]) && !q.getGraph().equals(meta)) {
                    flush.run();
                    current[0] = q.getGraph();
                }
                batch.add(q);
            }
        });
        flush.run();
    }
}
