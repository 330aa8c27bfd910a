package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.Tdb2Store;
import org.newskg.vocab.NKG;

/**
 * A block's (and a day's) facts put together from the parts of each article graph alone, in any order, derive the graph that the
 * facts read from a store of those articles derive: what lets the Spark job derive blocks without a store.
 */
class ArticleFactsTest {
    @TempDir
    Path tmp;

    @Test
    void partsOfEachArticleAssembleToTheFactsTheStoreGives() throws Exception {
        Map<String, Graph> articles = new TreeMap<>();
        Map<String, BlockFacts> fromStore;
        Map<String, Graph> days;
        try (Pipeline pipeline = Pipeline.builder().build(); Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            Loader.builder().store(store).pipeline(pipeline).build().load(StoreFixture.items());
            DatasetGraph d = store.dataset();
            Txn.executeRead(d, () -> d.listGraphNodes().forEachRemaining(n -> {
                Graph g = d.getGraph(n);
                if (!g.find(n, NKG.articleId.asNode(), Node.ANY).hasNext()) return;
                Graph copy = GraphFactory.createDefaultGraph();
                g.find().forEachRemaining(copy::add);
                articles.put(n.getURI(), copy);
            }));
            TreeSet<String> blocks = new TreeSet<>();
            for (String k : BlockKeys.all(store)) if (!Days.isDay(k)) blocks.add(k);
            fromStore = FactReader.read(store, List.copyOf(blocks));
            days = Days.derive(store, Days.all(store));
            DayLists.write(store, days);
        }
        Map<String, List<ArticleFacts.Part>> byBlock = new TreeMap<>();
        articles.forEach((iri, g) -> {
            for (ArticleFacts.Part p : ArticleFacts.of(iri, g)) {
                ArticleFacts.Part moved = ArticleFacts.Part.decode(p.encode());
                assertEquals(p, moved, "a part read back from its bytes");
                byBlock.computeIfAbsent(p.block(), k -> new ArrayList<>()).add(moved);
            }
        });
        assertEquals(fromStore.keySet(), byBlock.keySet());
        int resolving = 0;
        for (var e : byBlock.entrySet()) {
            List<ArticleFacts.Part> parts = e.getValue();
            Collections.shuffle(parts, new Random(e.getKey().hashCode()));
            BlockFacts assembled = ArticleFacts.assemble(e.getKey(), parts), read = fromStore.get(e.getKey());
            assertEquals(read.agents(), assembled.agents(), e.getKey());
            assertEquals(read.claims(), assembled.claims(), e.getKey());
            assertEquals(read.topics(), assembled.topics(), e.getKey());
            assertEquals(read.memberships(), assembled.memberships(), e.getKey());
            assertEquals(read.coMentions().personsIn(), assembled.coMentions().personsIn(), e.getKey());
            assertEquals(read.coMentions().besideCandidate().keySet(), assembled.coMentions().besideCandidate().keySet(), e.getKey());
            if (!read.coMentions().personsIn().isEmpty()) resolving++;
            Graph a = BlockDerivation.derive(assembled).graph(), b = BlockDerivation.derive(read).graph();
            assertTrue(a.isIsomorphicWith(b), "block " + e.getKey());
        }
        assertTrue(resolving > 0, "the corpus has surname-only persons to resolve by co-mentions");

        // The days likewise, from each article's day part, through the bytes, and the generic entry the job uses.
        Map<String, List<byte[]>> byDay = new TreeMap<>();
        articles.forEach((iri, g) -> ArticleFacts.encoded(iri, g).stream().filter(e -> ArticleFacts.isDay(e.getKey()))
                .forEach(e -> byDay.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        assertEquals(days.keySet(), new TreeSet<>(byDay.keySet().stream().map(DerivedLayer::blockGraph).toList()));
        assertTrue(days.size() >= 2, "the corpus has articles on several days: " + days.keySet());
        byDay.forEach((day, parts) -> {
            Graph fromParts = ArticleFacts.derive(day, parts);
            assertTrue(fromParts.size() > 3, day + " has its lists");
            assertTrue(fromParts.isIsomorphicWith(days.get(DerivedLayer.blockGraph(day))), day);
        });
    }
}
