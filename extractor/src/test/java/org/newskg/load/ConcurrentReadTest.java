package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.Iris;
import org.newskg.store.Tdb2Store;

/** A reader running while articles load sees each article's graph whole or not at all, never half written. */
class ConcurrentReadTest {
    @TempDir Path tmp;

    @Test
    void readersDuringALoadSeeEachArticleBeforeOrAfterNeverHalf() throws Exception {
        List<IngestItem> items = DemoCorpus.read(tmp.resolve("corpus"));
        Map<Node, Integer> complete = new HashMap<>();
        List<Node> graphs = new ArrayList<>();
        try (Pipeline p = Pipeline.builder().threads(1).build()) {
            try (Tdb2Store reference = Tdb2Store.inMemory()) {
                Loader.builder().store(reference).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
                for (String id : reference.records().keySet()) {
                    Node g = NodeFactory.createURI(Iris.article(id));
                    graphs.add(g);
                    complete.put(g, Txn.calculateRead(reference.dataset(), () -> (int) reference.dataset().getGraph(g).size()));
                }
            }
            try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
                AtomicBoolean done = new AtomicBoolean();
                AtomicReference<String> torn = new AtomicReference<>();
                AtomicInteger reads = new AtomicInteger();
                Thread reader = new Thread(() -> {
                    while (!done.get() && torn.get() == null) {
                        Txn.executeRead(store.dataset(), () -> {
                            for (Node g : graphs) {
                                int n = (int) store.dataset().getGraph(g).size();
                                if (n != 0 && n != complete.get(g)) torn.set(g + " had " + n + " of " + complete.get(g) + " triples");
                            }
                        });
                        reads.incrementAndGet();
                    }
                });
                reader.start();
                Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
                Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).force(true).build().load(items);   // replacing, too
                done.set(true);
                reader.join();
                assertEquals(null, torn.get());
                assertTrue(reads.get() > 5, "the reader ran during the load: " + reads.get() + " reads");
            }
        }
    }
}
