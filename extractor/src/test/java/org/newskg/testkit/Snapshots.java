package org.newskg.testkit;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.derive.DerivedIris;
import org.newskg.store.Tdb2Store;

/** Named graphs copied out of a store, to compare a store before and after, or two stores graph for graph. */
public final class Snapshots {
    private Snapshots() {}

    /** Every named graph of the dataset, by IRI. */
    public static Map<String, Graph> all(DatasetGraph dsg) { return graphs(dsg, g -> true, true); }

    /**
     * The derived layer's graphs (blocks, days, pairs and the store-wide summary), without its fingerprint (which
     * hashes the load records and versions) and without empty graphs.
     */
    public static Map<String, Graph> derived(Tdb2Store store) {
        return graphs(store.dataset(), g -> g.startsWith(DerivedIris.BLOCK_BASE) || g.equals(DerivedIris.SUMMARY), false);
    }

    private static Map<String, Graph> graphs(DatasetGraph dsg, Predicate<String> which, boolean keepEmpty) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Graph> out = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (!which.test(n.getURI())) return;
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(n).find().forEachRemaining(copy::add);
                if (keepEmpty || !copy.isEmpty()) out.put(n.getURI(), copy);
            });
            return out;
        });
    }
}
