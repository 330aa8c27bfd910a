package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.Credentials;
import org.newskg.store.RemoteStore;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.StoreException;
import org.newskg.store.Tdb2Store;

/** Loading into a running Fuseki over HTTP on 127.0.0.1 behaves as loading into TDB2 does. */
class RemoteLoadTest {
    @TempDir Path tmp;

    @Test
    void loadingIntoARemoteFusekiWithCredentialsIsIncrementalAndQueryable() throws Exception {
        List<IngestItem> items = DemoCorpus.read(tmp.resolve("corpus"));
        Credentials c = new Credentials("loader", "remote-secret".toCharArray());
        try (Tdb2Store backing = Tdb2Store.open(tmp.resolve("db"));
             NewsKgServer server = NewsKgServer.builder().dataset(backing.dataset()).port(0).ui(false).credentials(Optional.of(c)).build().start();
             RemoteStore remote = RemoteStore.connect(server.datasetUrl(), Optional.of(c));
             Pipeline p = Pipeline.builder().build()) {
            SchemeGraphs.install(remote);
            LoadSummary first = Loader.builder().store(remote).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            assertEquals(12, first.loaded(), first.line() + " " + first.failures());
            assertEquals(12, remote.records().size());
            var rows = remote.select(QueryFactory.create(
                    "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT (COUNT(*) AS ?n) { ?a a nkg:Attribution }"));
            assertTrue(rows.next().get("n").getLiteralValue() instanceof Number n && n.intValue() > 40);
            LoadSummary again = Loader.builder().store(remote).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            assertEquals(0, again.loaded());
            assertEquals(12, again.skipped());
            // The same articles in the backing store as a local load would write: one graph each.
            assertEquals(backing.records().keySet(), remote.records().keySet());
        }
    }

    @Test
    void aServerThatRefusesTheLoaderGetsAClearErrorAndNoRetries() throws Exception {
        Credentials c = new Credentials("loader", "remote-secret".toCharArray());
        try (Tdb2Store backing = Tdb2Store.inMemory();
             NewsKgServer server = NewsKgServer.builder().dataset(backing.dataset()).port(0).ui(false).credentials(Optional.of(c)).build().start()) {
            RemoteStore anonymous = RemoteStore.connect(server.datasetUrl(), Optional.empty(), 3, Duration.ofMillis(10));
            StoreException e = assertThrows(StoreException.class, () -> SchemeGraphs.install(anonymous));
            assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("401"), e.getMessage());
        }
    }

    @Test
    void anUnreachableServerIsRetriedThenFailsNamingIt() {
        RemoteStore nowhere = RemoteStore.connect("http://127.0.0.1:9/newskg", Optional.empty(), 3, Duration.ofMillis(10));
        StoreException e = assertThrows(StoreException.class, nowhere::records);
        assertTrue(e.getMessage().contains("127.0.0.1:9") && e.getMessage().contains("3 attempt"), e.getMessage());
    }
}
