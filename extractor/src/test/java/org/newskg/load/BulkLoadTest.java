package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.Snapshots;

/** The bulk path builds the same store as article-by-article loading, and refuses a store that has articles. */
class BulkLoadTest {
    @TempDir Path tmp;

    @Test
    void aBulkFirstLoadBuildsTheStoreAnIncrementalLoadBuilds() throws Exception {
        List<IngestItem> items = DemoCorpus.read(tmp.resolve("corpus"));
        try (Pipeline p = Pipeline.builder().build()) {
            try (Tdb2Store bulk = Tdb2Store.open(tmp.resolve("bulk-db"))) {
                LoadSummary s = BulkLoader.builder().store(bulk).pipeline(p).derivation(DerivedLayer.create()).workDir(tmp).build().load(items);
                assertEquals(12, s.loaded(), s.line());
                // Records written by the bulk path make the next incremental run skip everything.
                LoadSummary again = Loader.builder().store(bulk).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
                assertEquals(12, again.skipped(), again.line());
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> BulkLoader.builder().store(bulk).pipeline(p).derivation(DerivedLayer.create()).workDir(tmp).build().load(items));
                assertTrue(e.getMessage().contains("already holds 12 articles"), e.getMessage());
            }
            try (Tdb2Store inc = Tdb2Store.open(tmp.resolve("inc-db"))) {
                SchemeGraphs.install(inc);
                Loader.builder().store(inc).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            }
        }
        try (Tdb2Store bulk = Tdb2Store.open(tmp.resolve("bulk-db")); Tdb2Store inc = Tdb2Store.open(tmp.resolve("inc-db"))) {
            Map<String, Graph> a = Snapshots.all(bulk.dataset()), b = Snapshots.all(inc.dataset());
            assertEquals(b.keySet(), a.keySet());
            for (String g : b.keySet()) assertTrue(b.get(g).isIsomorphicWith(a.get(g)), "graph " + g + " differs");
        }
    }
}
