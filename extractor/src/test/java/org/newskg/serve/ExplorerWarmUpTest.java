package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.query.QueryLibrary;
import org.newskg.store.Tdb2Store;

/** The warm-up opens the explorer's views of the busiest nodes besides the bundled queries, so a first visitor does not wait. */
class ExplorerWarmUpTest {
    @TempDir Path tmp;

    @Test
    void theWarmUpOpensTheExplorersViewsOfTheBusiestNodes() {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(),
                    ExplorerWarmUpTest.class.getResourceAsStream("/org/newskg/explore/harbor.trig"), Lang.TRIG));
            DerivedLayer.create().rebuild(store);
            try (NewsKgServer server = NewsKgServer.builder().dataset(store.dataset()).port(0).build().start()) {
                List<String> views = server.explorerViews(HttpClient.newHttpClient());
                assertEquals("/", views.get(0));
                assertTrue(views.contains("/id/person/katherine-ruiz"), "the most quoted person: " + views);
                assertTrue(views.contains("/explore/search?q=ruiz"), "a search for their surname: " + views);
                assertTrue(views.stream().anyMatch(v -> v.startsWith("/explore/api/graph?iri=")), "their graph: " + views);
                assertTrue(views.stream().anyMatch(v -> v.startsWith("/id/claim/")), "a claim: " + views);
                int ran = server.warmUp(Duration.ofSeconds(20));
                int bundled = QueryLibrary.names().size();
                assertTrue(ran > bundled, "every round runs the bundled queries and then the views: " + ran);
            }
        }
    }
}
