package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedIris;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.Tdb2Store;

/** A loader given no derived layer writes the article graphs and their records only; a later load derives the lot. */
class LoaderWithoutDerivationTest {
    @TempDir Path tmp;

    @Test
    void aLoaderWithoutADerivationWritesArticlesOnlyAndTheNextDerivingLoadCatchesUp() throws Exception {
        List<IngestItem> items = DemoCorpus.read(tmp.resolve("corpus"));
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db")); Pipeline p = Pipeline.builder().build()) {
            LoadSummary s = Loader.builder().store(store).pipeline(p).build().load(items);
            assertEquals(items.size(), s.loaded(), s.line());
            assertEquals(items.size(), store.records().size());
            assertTrue(store.graphSizes().keySet().stream().noneMatch(g -> g.startsWith(DerivedIris.META)), store.graphSizes().keySet().toString());

            DerivedLayer layer = DerivedLayer.create();
            assertFalse(layer.isCurrent(store, store.records()), "no layer yet");
            LoadSummary again = Loader.builder().store(store).pipeline(p).derivation(layer).build().load(items);
            assertEquals(0, again.loaded(), "nothing to extract again: " + again.line());
            assertTrue(layer.isCurrent(store, store.records()), "the deriving load rebuilt the stale layer");
            assertTrue(store.graphSizes().keySet().stream().anyMatch(g -> g.startsWith(DerivedIris.BLOCK_BASE)));
        }
    }
}
