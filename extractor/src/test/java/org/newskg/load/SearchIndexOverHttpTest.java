package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.rdf.Iris;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.Credentials;
import org.newskg.store.RemoteStore;
import org.newskg.store.SearchIndex;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.ResultRows;

/**
 * The text index outside the embedded loader: articles loaded over HTTP (SPARQL Update into `newskg serve`) are
 * indexed, and the stock Fuseki's assembler (docker/fuseki/config.ttl) describes the same index as
 * {@link SearchIndex}, so it reads and updates a store that {@code newskg load --db} wrote, and the other way round.
 */
class SearchIndexOverHttpTest {
    @TempDir Path tmp;

    private List<org.newskg.ingest.IngestItem> feed() throws Exception {
        Path f = tmp.resolve("feed.jsonl");
        Files.writeString(f, """
                {"id": "gazette-tunnel", "outlet": "Harbor Gazette", "body": "\\"The harbor tunnel will open before winter,\\" said Mayor Kate Ruiz."}
                {"id": "ledger-tunnel", "outlet": "North Ledger", "body": "\\"The harbor tunnel will open before winter,\\" Mayor Kate Ruiz said on Monday."}
                """);
        return Ingest.create().read(List.of(f.toString()));
    }

    private static List<Map<String, String>> search(DatasetGraph dsg, String q) {
        return ResultRows.maps(Txn.calculateRead(dsg, () -> QueryRunner.select(QueryLibrary.text("search-claims"), dsg, Map.of("q", QueryRunner.parameter(q)))));
    }

    @Test
    void articlesLoadedOverHttpAreSearchable() throws Exception {
        Credentials c = new Credentials("loader", "search-secret".toCharArray());
        try (Tdb2Store backing = Tdb2Store.open(tmp.resolve("db"));
             NewsKgServer server = NewsKgServer.builder().dataset(backing.dataset()).port(0).ui(false).credentials(Optional.of(c)).build().start();
             RemoteStore remote = RemoteStore.connect(server.datasetUrl(), Optional.of(c));
             Pipeline p = Pipeline.builder().threads(1).build()) {
            Loader.builder().store(remote).pipeline(p).derivation(DerivedLayer.create()).build().load(feed());
            List<Map<String, Node>> rows = rowsOverHttp(server, "tunnel");
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("2", rows.get(0).get("outlets").getLiteralLexicalForm());
            assertTrue(remote.remove("gazette-tunnel"));
            assertEquals("1", rowsOverHttp(server, "tunnel").get(0).get("outlets").getLiteralLexicalForm(), "the removed article's document is gone");
        }
    }

    private static List<Map<String, Node>> rowsOverHttp(NewsKgServer server, String q) {
        return ResultRows.nodes(QueryRunner.select(QueryLibrary.text("search-claims"), server.datasetUrl() + "/query", Map.of("q", QueryRunner.parameter(q))));
    }

    @Test
    void theDockerFusekiConfigurationDescribesTheSameIndex() throws Exception {
        Path config = Path.of("../docker/fuseki/config.ttl");
        Assumptions.assumeTrue(Files.isRegularFile(config), "docker/fuseki/config.ttl is not beside extractor/: skipped");
        Path db = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db); Pipeline p = Pipeline.builder().threads(1).build()) {
            Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(feed());
        }
        // The configuration as the container reads it, with the volume's path replaced by this store's.
        Path local = tmp.resolve("config.ttl");
        Files.writeString(local, Files.readString(config).replace("/fuseki/databases/newskg", db.toAbsolutePath().toString()));
        Dataset fuseki = TextDatasetFactory.create(local.toString());
        try {
            DatasetGraph dsg = fuseki.asDatasetGraph();
            List<Map<String, String>> hits = search(dsg, "tunnels");
            assertEquals(1, hits.size(), "the stock Fuseki finds what newskg indexed, with the same stemming: " + hits);
            assertEquals("2", hits.get(0).get("outlets"));
            // A prune as the remote loader sends it, through the stock configuration's text dataset.
            Txn.executeWrite(dsg, () -> UpdateExec.dataset(dsg)
                    .update("DROP GRAPH <" + Iris.article("gazette-tunnel") + ">").execute());
            assertEquals("1", search(dsg, "tunnel").get(0).get("outlets"));
        } finally {
            fuseki.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(db.toString()));
        }
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertFalse(store.indexRebuilt(), "newskg finds the index the stock Fuseki kept in step");
            assertEquals("1", search(store.dataset(), "tunnel").get(0).get("outlets"));
        }
    }
}
