package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.SearchIndex;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.ResultRows;
import org.newskg.vocab.NKG;

/**
 * The text index follows the store: after loads, reloads with changed text and prunes, into a TDB2 store on disk
 * (incremental and bulk), search-claims finds exactly the claims the store holds, and the index holds exactly one
 * document per indexed quad.
 */
class SearchIndexTest {
    @TempDir Path tmp;
    static Pipeline pipeline;

    @BeforeAll
    static void models() { pipeline = Pipeline.builder().threads(1).build(); }

    @AfterAll
    static void close() { pipeline.close(); }

    /** Every claim says "harbor", so searching for it must list every claim in the store and no other. */
    private static final Map<String, String[]> ARTICLES = new LinkedHashMap<>();
    static {
        ARTICLES.put("gazette-tunnel", new String[] {"Harbor Gazette",
                "\"The harbor tunnel will open before winter,\" said Mayor Kate Ruiz."});
        ARTICLES.put("courier-ferry", new String[] {"Valley Courier",
                "\"Harbor ferry fares must fall for every commuter,\" Tom Alcott said."});
        ARTICLES.put("ledger-tunnel", new String[] {"North Ledger",
                "Mayor Kate Ruiz spoke at the pier on Monday. \"The harbor tunnel will open before winter,\" said Mayor Kate Ruiz."});
    }

    private List<IngestItem> write(Map<String, String[]> articles) throws IOException {
        Path feed = tmp.resolve("feed.jsonl");
        StringBuilder b = new StringBuilder();
        for (var e : articles.entrySet())
            b.append("{\"id\": \"").append(e.getKey()).append("\", \"outlet\": \"").append(e.getValue()[0])
             .append("\", \"body\": \"").append(e.getValue()[1].replace("\"", "\\\"")).append("\"}\n");
        Files.writeString(feed, b);
        return Ingest.create().read(List.of(feed.toString()));
    }

    static List<Map<String, String>> search(Tdb2Store store, String query, String q) {
        Map<String, Node> params = q == null ? Map.of() : Map.of("q", NodeFactory.createLiteralString(q));
        return ResultRows.select(store, QueryLibrary.text(query), params);
    }

    private static Set<String> claimsFound(Tdb2Store store, String q) {
        Set<String> out = new TreeSet<>();
        for (var r : search(store, "search-claims", q)) out.add(r.get("claim"));
        return out;
    }

    private static Set<String> claimsInStore(Tdb2Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().find(Node.ANY, Node.ANY, NKG.text.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getSubject().getURI()));
            return out;
        });
    }

    /** The uid of every document in the index, read with Lucene itself. */
    static Set<String> indexedUids(Path db) throws IOException {
        Set<String> out = new HashSet<>();
        try (var dir = FSDirectory.open(db.resolve(SearchIndex.FOLDER)); DirectoryReader r = DirectoryReader.open(dir)) {
            for (var leaf : r.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++)
                    if (live == null || live.get(i)) out.add(fields.document(i).get("uid"));
            }
        }
        return out;
    }

    /** The uid each indexed quad of the store should have a document under. */
    private static Set<String> expectedUids(Tdb2Store store) {
        var def = SearchIndex.definition();
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new HashSet<>();
            for (Node p : SearchIndex.predicates()) {
                store.dataset().find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Entity e = TextQueryFuncs.entityFromQuad(def, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    String field = e.getMap().keySet().iterator().next();
                    out.add(e.getChecksum(field, (String) e.getMap().get(field)));
                });
            }
            return out;
        });
    }

    private static void assertSearchFindsExactlyTheStoresClaims(Tdb2Store store, Path db) throws IOException {
        Set<String> inStore = claimsInStore(store);
        assertFalse(inStore.isEmpty(), "the fixtures have claims");
        assertEquals(inStore, claimsFound(store, "harbor"), "search finds exactly the current claims");
        assertEquals(expectedUids(store), indexedUids(db), "one document per indexed quad, no stale one");
    }

    @ParameterizedTest(name = "first load with --bulk: {0}")
    @ValueSource(booleans = {false, true})
    void searchFollowsLoadsReloadsWithChangedTextAndPrunes(boolean bulk) throws Exception {
        Path db = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            List<IngestItem> all = write(ARTICLES);
            if (bulk) BulkLoader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).workDir(tmp.resolve("work")).build().load(all);
            else {
                SchemeGraphs.install(store);
                LoadSummary s = Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).build().load(all);
                assertEquals(3, s.loaded(), s.line());
            }
            assertSearchFindsExactlyTheStoresClaims(store, db);

            List<Map<String, String>> tunnel = search(store, "search-claims", "tunnel");
            assertEquals(1, tunnel.size(), "one claim carried by two outlets: " + tunnel);
            assertEquals("2", tunnel.get(0).get("outlets"));
            assertTrue(tunnel.get(0).get("speaker").endsWith("Ruiz"), tunnel.toString());
            assertTrue(tunnel.get(0).get("text").contains("harbor tunnel will open"), tunnel.toString());
            assertTrue(Float.parseFloat(tunnel.get(0).get("score")) > 0, tunnel.toString());
            // Claim texts are stemmed: the singular finds the plural.
            assertEquals(1, search(store, "search-claims", "fare").size());
            List<Map<String, String>> alcott = search(store, "search-persons", "alcott");
            assertEquals(1, alcott.size(), alcott.toString());
            assertTrue(alcott.get(0).get("name").endsWith("Alcott"), alcott.toString());
            assertEquals("1", alcott.get(0).get("claims"));

            // Prune one of the two articles that carry the tunnel claim: the claim stays, from one outlet.
            Map<String, String[]> next = new LinkedHashMap<>(ARTICLES);
            next.remove("gazette-tunnel");
            LoadSummary pruned = Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).prune(true).build().load(write(next));
            assertEquals(1, pruned.pruned(), pruned.line());
            tunnel = search(store, "search-claims", "tunnel");
            assertEquals(1, tunnel.size(), tunnel.toString());
            assertEquals("1", tunnel.get(0).get("outlets"), "the pruned article's outlet is gone");
            assertSearchFindsExactlyTheStoresClaims(store, db);

            // Reload the other with changed text: the old claim text is no longer found, the new one is.
            next.put("ledger-tunnel", new String[] {"North Ledger",
                    "Mayor Kate Ruiz spoke at the pier on Monday. \"The harbor bridge will close for repairs,\" said Mayor Kate Ruiz."});
            LoadSummary reloaded = Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).prune(true).build().load(write(next));
            assertEquals(1, reloaded.loaded(), reloaded.line());
            assertEquals(List.of(), search(store, "search-claims", "tunnel"));
            assertEquals(1, search(store, "search-claims", "bridge repairs").size());
            assertSearchFindsExactlyTheStoresClaims(store, db);

            // Prune Alcott's article: his claim and his name are no longer found.
            next.remove("courier-ferry");
            Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).prune(true).build().load(write(next));
            assertEquals(List.of(), search(store, "search-claims", "ferry"));
            assertEquals(List.of(), search(store, "search-persons", "alcott"));
            assertSearchFindsExactlyTheStoresClaims(store, db);
        }
        // And the index on disk is the one the next process opens.
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertFalse(store.indexRebuilt(), "the index was in step when the store closed");
            assertEquals(1, search(store, "search-claims", "bridge").size());
        }
    }

    @Test
    void aStoreWithoutAnIndexGetsOneBuiltOnOpen() throws Exception {
        Path db = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).build().load(write(ARTICLES));
        }
        // A store made before the index existed: TDB2 alone.
        try (var files = Files.walk(db.resolve(SearchIndex.FOLDER))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertTrue(store.indexRebuilt());
            assertEquals(1, search(store, "search-claims", "tunnel").size());
            assertSearchFindsExactlyTheStoresClaims(store, db);
        }
    }

    @Test
    void withoutAQueryStringTheSearchesAnswerNoRows() throws Exception {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).build().load(write(ARTICLES));
            assertEquals(List.of(), search(store, "search-claims", null));
            assertEquals(List.of(), search(store, "search-persons", null));
        }
    }
}
