package org.newskg.derive;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.Tdb2Store;

/** The invented multi-outlet corpus of this package, and what the tests read back from a store. */
final class StoreFixture {
    static final List<String> CONTRACT = List.of("attributions", "memberships", "claims-across-outlets", "claim-topics", "claim-parts", "same-claims");

    private StoreFixture() {}

    static Path corpus() {
        try {
            return Path.of(StoreFixture.class.getResource("/org/newskg/derive/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IngestItem> items() throws Exception {
        Path c = corpus();
        return Ingest.withManifest(Manifest.read(c.resolve("manifest.tsv"))).read(List.of(c.toString()));
    }

    /** A query's rows as sorted strings, so two stores compare whatever order rows come in. */
    static List<String> rows(Tdb2Store store, String query) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : maps(store, query)) out.add(r.toString());
        out.sort(null);
        return out;
    }

    static List<Map<String, String>> maps(Tdb2Store store, String query) { return select(store, QueryLibrary.text(query), Map.of()); }

    /** A query text's rows, values as their lexical form or IRI, with parameters bound. */
    static List<Map<String, String>> select(Tdb2Store store, String queryText, Map<String, Node> params) {
        RowSet rs = Txn.calculateRead(store.dataset(), () -> QueryRunner.select(queryText, store.dataset(), params));
        List<Map<String, String>> out = new ArrayList<>();
        rs.forEachRemaining(b -> {
            Map<String, String> r = new TreeMap<>();
            b.vars().forEachRemaining(v -> {
                Node n = b.get(v);
                r.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
            });
            out.add(r);
        });
        return out;
    }

    static Map<String, List<String>> contract(Tdb2Store store) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String q : CONTRACT) out.put(q, rows(store, q));
        return out;
    }

    /** The derived layer's graphs (blocks, days, pairs and the store-wide summary), copied out of the store. */
    static Map<String, Graph> derived(Tdb2Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Graph> out = new TreeMap<>();
            store.dataset().listGraphNodes().forEachRemaining(g -> {
                if (!g.getURI().startsWith(DerivedLayer.BLOCK_BASE) && !g.getURI().equals(StoreSummary.GRAPH)) return;
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().getGraph(g).find().forEachRemaining(copy::add);
                if (!copy.isEmpty()) out.put(g.getURI(), copy);
            });
            return out;
        });
    }
}
