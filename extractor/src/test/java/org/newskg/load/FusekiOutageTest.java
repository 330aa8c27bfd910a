package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.Iris;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.ArticleStore;
import org.newskg.store.Credentials;
import org.newskg.store.RemoteStore;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.StoreException;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.Snapshots;

/**
 * Fuseki stopped in the middle of a remote load: the loader retries, then fails naming the server, and the store
 * holds only whole articles, each with its load record. A run after Fuseki is back ends with the clean store.
 */
class FusekiOutageTest {
    @TempDir Path tmp;

    @Test
    void fusekiStoppedDuringARemoteLoadLeavesOnlyWholeArticlesAndTheNextRunCompletesIt() throws Exception {
        List<IngestItem> items = Ingest.create().read(List.of(DemoFeed.write(tmp, 10).toString()));
        Credentials c = new Credentials("loader", "outage-secret".toCharArray());
        Path db = tmp.resolve("db");
        Map<String, Graph> clean = cleanLoad(items);

        int committed;
        try (Tdb2Store backing = Tdb2Store.open(db); Pipeline p = Pipeline.builder().build()) {
            NewsKgServer server = NewsKgServer.builder().dataset(backing.dataset()).port(0).ui(false).credentials(Optional.of(c)).build().start();
            RemoteStore remote = RemoteStore.connect(server.datasetUrl(), Optional.of(c), 3, Duration.ofMillis(50), Duration.ofSeconds(20));
            SchemeGraphs.install(remote);
            CompletableFuture<LoadSummary> run = CompletableFuture.supplyAsync(() -> Loader.builder().store(remote).pipeline(p).derivation(DerivedLayer.create()).build().load(items));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (backing.records().size() < 15 && !run.isDone() && System.nanoTime() < deadline) Thread.sleep(20);
            server.stop();
            ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> run.get(2, TimeUnit.MINUTES),
                    "the load was meant to be cut short, but it finished");
            StoreException e = assertInstanceOf(StoreException.class, failed.getCause());
            assertTrue(e.getMessage().contains(server.datasetUrl()) && e.getMessage().contains("3 attempt"),
                    "retried, then named the server: " + e.getMessage());

            Map<String, ArticleStore.LoadRecord> records = backing.records();
            committed = records.size();
            assertTrue(committed >= 15 && committed < 120, "cut mid-run: " + committed + " articles committed");
            Map<String, Graph> cut = Snapshots.all(backing.dataset());
            long articleGraphs = cut.keySet().stream().filter(g -> g.startsWith(Iris.article(""))).count();
            assertEquals(committed, articleGraphs, "one graph per load record: no article without its record, or the reverse");
            for (String id : records.keySet()) {
                String g = Iris.article(id);
                assertTrue(clean.get(g).isIsomorphicWith(cut.get(g)), "article " + id + " is whole, as a clean load writes it");
            }
        }

        try (Tdb2Store backing = Tdb2Store.open(db); Pipeline p = Pipeline.builder().build();
             NewsKgServer server = NewsKgServer.builder().dataset(backing.dataset()).port(0).ui(false).credentials(Optional.of(c)).build().start()) {
            LoadSummary rerun = Loader.builder().store(RemoteStore.connect(server.datasetUrl(), Optional.of(c))).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            assertEquals(120 - committed, rerun.loaded(), rerun.line());
            assertEquals(committed, rerun.skipped(), "what was committed before the outage is kept");
            Map<String, Graph> after = Snapshots.all(backing.dataset());
            assertEquals(clean.keySet(), after.keySet(), "the same named graphs as a clean load");
            for (String g : clean.keySet()) {
                assertTrue(clean.get(g).isIsomorphicWith(after.get(g)), "graph " + g + " differs from a clean load's");
            }
        }
    }

    private static Map<String, Graph> cleanLoad(List<IngestItem> items) {
        try (Tdb2Store clean = Tdb2Store.inMemory(); Pipeline p = Pipeline.builder().build()) {
            SchemeGraphs.install(clean);
            Loader.builder().store(clean).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            return Snapshots.all(clean.dataset());
        }
    }
}
