package org.newskg.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.store.Tdb2Store;

/** Two TDB2 stores compared graph for graph: the named graphs each holds, read whole. */
final class Stores {
    private Stores() {}

    static Map<String, Graph> graphs(Path db) {
        try (Tdb2Store st = Tdb2Store.open(db)) {
            DatasetGraph d = st.dataset();
            return Txn.calculateRead(d, () -> {
                Map<String, Graph> out = new TreeMap<>();
                d.listGraphNodes().forEachRemaining(n -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    d.getGraph(n).find().forEachRemaining(copy::add);
                    if (!copy.isEmpty()) out.put(n.getURI(), copy);
                });
                return out;
            });
        }
    }

    /** The named graphs of a folder of gzip N-Quads parts, as the job wrote them. */
    static Map<String, Graph> parts(Path dir) throws java.io.IOException {
        DatasetGraph d = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        try (var s = java.nio.file.Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".nq.gz")).sorted().toList()) {
                try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(p))) {
                    org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.NQUADS).parse(d);
                }
            }
        }
        Map<String, Graph> out = new TreeMap<>();
        d.listGraphNodes().forEachRemaining(n -> out.put(n.getURI(), d.getGraph(n)));
        return out;
    }

    /** Names of the graphs that one store lacks or that differ (not isomorphic). */
    static List<String> differences(Map<String, Graph> a, Map<String, Graph> b) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String n : names) {
            Graph x = a.get(n), y = b.get(n);
            if (x == null || y == null || !x.isIsomorphicWith(y)) out.add(n + (x == null ? " (only in the second)" : y == null ? " (only in the first)" : ""));
        }
        return out;
    }
}
