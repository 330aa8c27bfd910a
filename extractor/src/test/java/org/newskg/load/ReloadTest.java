package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.ArticleStore;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.Snapshots;

/** Loading is idempotent, incremental and survives bad input, on a real TDB2 store on disk. */
class ReloadTest {
    @TempDir Path tmp;

    @Test
    void reloadingTheSameArticlesLeavesTheStoreUnchanged() throws Exception {
        List<IngestItem> items = DemoCorpus.read(tmp.resolve("corpus"));
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db")); Pipeline p = Pipeline.builder().build()) {
            Loader loader = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build();
            LoadSummary first = loader.load(items);
            Map<String, Graph> before = Snapshots.all(store.dataset());
            LoadSummary again = loader.load(items);
            assertEquals(0, again.loaded(), "unchanged articles are skipped: " + again.line());
            assertEquals(first.loaded(), again.skipped());
            LoadSummary forced = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).force(true).build().load(items);
            assertEquals(first.loaded(), forced.loaded());
            Map<String, Graph> after = Snapshots.all(store.dataset());
            assertEquals(before.keySet(), after.keySet());
            for (String g : before.keySet()) {
                assertEquals(before.get(g).size(), after.get(g).size(), "triples in " + g);
                assertTrue(before.get(g).isIsomorphicWith(after.get(g)), "graph " + g + " changed on reload");
            }
        }
    }

    @Test
    void aDerivedLayerLeftStaleByALoaderThatDiedBeforeDerivingIsRebuiltOnTheNextRunThatLoadsNothing() throws Exception {
        List<IngestItem> items = DemoCorpus.read(tmp.resolve("corpus"));
        Map<String, Graph> clean;
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("clean")); Pipeline p = Pipeline.builder().build()) {
            Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            clean = derivedGraphs(store);
        }
        assertTrue(clean.values().stream().anyMatch(g -> g.contains(Node.ANY, org.newskg.vocab.NKG.partOf.asNode(), Node.ANY)),
                "the demo has a partial quote");
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db")); Pipeline p = Pipeline.builder().build()) {
            Loader loader = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build();
            loader.load(items.subList(0, items.size() - 3));
            // What a loader killed between its last article and the derivation leaves: articles written, layer stale.
            p.processAll(items.subList(items.size() - 3, items.size()), r -> store.replace(r.graph().get(),
                    new ArticleStore.LoadRecord(r.articleId(), r.contentHash(), org.newskg.extract.Extractor.VERSION)));
            assertFalse(DerivedLayer.create().isCurrent(store, store.records()));
            LoadSummary again = loader.load(items);
            assertEquals(0, again.loaded(), again.line());
            Map<String, Graph> rebuilt = derivedGraphs(store);
            assertEquals(clean.keySet(), rebuilt.keySet());
            for (String g : clean.keySet()) assertTrue(clean.get(g).isIsomorphicWith(rebuilt.get(g)), "derived again: " + g);
            assertTrue(DerivedLayer.create().isCurrent(store, store.records()), "and current after that");
        }
    }

    private static Map<String, Graph> derivedGraphs(Tdb2Store store) {
        Map<String, Graph> out = new java.util.TreeMap<>();
        Snapshots.all(store.dataset()).forEach((g, graph) -> { if (g.startsWith(DerivedLayer.BLOCK_BASE) && !graph.isEmpty()) out.put(g, graph); });
        return out;
    }

    @Test
    void aChangedArticleReplacesItsGraphAndPruneRemovesAVanishedOne() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a1.txt"), "\"We will fix the bridge,\" said Mayor Ellen Voss.\n");
        Files.writeString(src.resolve("a2.txt"), "\"Taxes stay where they are,\" Governor Tom Reyes said.\n");
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db")); Pipeline p = Pipeline.builder().build()) {
            Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(Ingest.create().read(List.of(src.toString())));
            Files.writeString(src.resolve("a1.txt"), "\"We will fix the tunnel,\" said Mayor Ellen Voss.\n");
            Files.delete(src.resolve("a2.txt"));
            LoadSummary s = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).prune(true).build().load(Ingest.create().read(List.of(src.toString())));
            assertEquals(1, s.loaded());
            assertEquals(1, s.pruned());
            assertEquals(List.of("a1"), List.copyOf(store.records().keySet()));
            String text = Txn.calculateRead(store.dataset(), () -> {
                StringBuilder b = new StringBuilder();
                store.dataset().find(Node.ANY, Node.ANY, org.newskg.vocab.NKG.quotedText.asNode(), Node.ANY)
                        .forEachRemaining(q -> b.append(q.getObject().getLiteralLexicalForm()).append('|'));
                return b.toString();
            });
            assertTrue(text.contains("tunnel") && !text.contains("bridge") && !text.contains("Taxes"), text);
        }
    }

    @Test
    void eachBadInputFailsAloneNamingItselfWhileTheRestOfTheBatchLoads() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("good.txt"), "\"The budget is balanced,\" said Senator Ada Quill.\n");
        Files.write(src.resolve("binary.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff});
        Files.write(src.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', 'o', 'k'});
        Files.writeString(src.resolve("empty.txt"), "");
        Files.writeString(src.resolve("feed.jsonl"), "{\"id\": \"j1\", \"body\": \"Mayor Ellen Voss said the bridge will open in May.\"}\n{not json\n");
        Files.createDirectories(src.resolve("later"));
        Files.writeString(src.resolve("later/good.txt"), "A second article under the id of the first.\n");
        Files.createDirectories(src.resolve("huge"));
        try (var out = Files.newOutputStream(src.resolve("huge/huge.txt"))) {
            byte[] line = "The committee met again and adjourned without a vote.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written < (20L << 20); written += line.length) out.write(line);
        }
        Path manifest = tmp.resolve("manifest.tsv");
        Files.writeString(manifest, "id\toutlet\turl\ngood\tHarbor Gazette\tnot a url\n");
        Manifest m = Manifest.read(manifest);
        assertTrue(m.problems().toString().contains("manifest.tsv") && m.problems().toString().toLowerCase().contains("url"), m.problems()::toString);
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db")); Pipeline p = Pipeline.builder().build()) {
            LoadSummary s = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(Ingest.withManifest(m).read(List.of(src.toString())));
            assertEquals(2, s.loaded(), s.line());
            assertEquals(6, s.failed(), s.failures().toString());
            String reasons = s.failures().toString();
            assertTrue(reasons.contains("binary.txt") && reasons.contains("binary content"), reasons);
            assertTrue(reasons.contains("latin1.txt") && reasons.contains("not valid UTF-8"), reasons);
            assertTrue(reasons.contains("empty.txt") && reasons.contains("empty file"), reasons);
            assertTrue(reasons.contains("feed.jsonl:2") && reasons.contains("malformed JSON"), reasons);
            assertTrue(reasons.contains("good.txt") && reasons.contains("duplicate"), reasons);
            assertTrue(reasons.contains("huge.txt") && reasons.contains("too large"), reasons);
            assertFalse(store.records().containsKey("binary"));
            assertFalse(store.records().containsKey("huge"));
            // The invalid URL is only a warning: the article loads with its outlet and without a URL.
            String outlet = Txn.calculateRead(store.dataset(), () -> {
                var it = store.dataset().find(Node.ANY, Node.ANY, org.newskg.vocab.NKG.publishedBy.asNode(), Node.ANY);
                return it.hasNext() ? it.next().getObject().getURI() : "";
            });
            assertTrue(outlet.contains("harbor-gazette"), outlet);
        }
    }
}
