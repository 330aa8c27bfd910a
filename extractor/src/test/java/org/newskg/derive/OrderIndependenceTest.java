package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestItem;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.Snapshots;

/**
 * The same set of articles, loaded in any order, in one batch or many, with reloads of changed text and prunes in
 * between, gives the same answer to every contract query, and the derived layer kept up to date load by load is,
 * graph for graph, the one a rebuild from scratch makes. Random histories from fixed seeds, so a failure repeats.
 */
class OrderIndependenceTest {
    @TempDir
    static Path tmp;
    static Pipeline pipeline;
    static List<IngestItem> items;
    static Map<String, List<String>> reference;
    static Map<String, Graph> referenceLayer;

    @BeforeAll
    static void referenceStore() throws Exception {
        pipeline = Pipeline.builder().build();
        items = StoreFixture.items();
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("reference"))) {
            Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).build().load(items);
            reference = StoreFixture.contract(store);
            referenceLayer = Snapshots.derived(store);
        }
        assertTrue(reference.get("same-claims").size() >= 4, "the corpus has utterances to get wrong: " + reference.get("same-claims"));
    }

    @AfterAll
    static void close() { pipeline.close(); }

    @Test
    void shuffledOrdersBatchSplitsReloadsAndPrunesGiveTheSameAnswers() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            try (Tdb2Store store = Tdb2Store.open(tmp.resolve("history-" + seed))) {
                history(store, rnd);
                assertEquals(reference, StoreFixture.contract(store), "seed " + seed);
                Map<String, Graph> incremental = Snapshots.derived(store);
                DerivedLayer.create().rebuild(store);
                Map<String, Graph> rebuilt = Snapshots.derived(store);
                assertLayersEqual(rebuilt, incremental, "seed " + seed + ": incremental layer = rebuild");
                assertLayersEqual(referenceLayer, rebuilt, "seed " + seed + ": the same layer as one batch");
            }
        }
    }

    /** A random history ending with every article loaded in its original text. */
    private static void history(Tdb2Store store, Random rnd) {
        List<IngestItem> order = new ArrayList<>(items);
        Collections.shuffle(order, rnd);
        Loader plain = Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).build();
        int i = 0;
        while (i < order.size()) {
            int n = 1 + rnd.nextInt(3);
            List<IngestItem> batch = order.subList(i, Math.min(order.size(), i + n));
            plain.load(batch);
            i += n;
            if (rnd.nextBoolean()) {
                // A correction: one loaded article reloaded with other text, then the original again later.
                IngestItem.Ok victim = (IngestItem.Ok) order.get(rnd.nextInt(i > order.size() ? order.size() : i));
                plain.load(List.of(changed(victim)));
            }
            if (rnd.nextInt(3) == 0) {
                // A prune: the source lost some articles for one run.
                List<IngestItem> kept = new ArrayList<>(order.subList(0, Math.min(i, order.size())));
                Collections.shuffle(kept, rnd);
                Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).prune(true).build().load(kept.subList(0, Math.max(1, kept.size() / 2)));
            }
        }
        plain.load(order);
    }

    private static IngestItem changed(IngestItem.Ok item) {
        Article a = item.article();
        String body = a.body() + "\n\n\"We will keep working on this, whatever the vote,\" Alcott said.\n";
        return new IngestItem.Ok(new Article(a.id(), body, a.metadata()));
    }

    private static void assertLayersEqual(Map<String, Graph> want, Map<String, Graph> got, String what) {
        assertEquals(want.keySet(), got.keySet(), what);
        for (String g : want.keySet()) assertTrue(want.get(g).isIsomorphicWith(got.get(g)), what + ": " + g);
    }
}
