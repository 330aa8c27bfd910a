package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.Snapshots;

/**
 * A loader killed with SIGKILL in the middle of a run, then run again, ends with exactly the store a clean run
 * gives: TDB2 commits each article's write whole or not at all, and the rerun loads what is missing.
 */
class KilledLoaderTest {
    @TempDir Path tmp;

    @Test
    void aLoaderKilledMidRunAndRunAgainEndsWithTheStoreACleanRunGives() throws Exception {
        Path feed = DemoFeed.write(tmp, 10);
        Path killedDb = tmp.resolve("killed-db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.newskg.cli.Main", "load", "--db", killedDb.toString(), "--threads", "1", feed.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.contains(" loaded ")) seen++;
                if (seen >= 15) break;
            }
            p.destroyForcibly();                                   // SIGKILL: no shutdown hook, no commit of the batch
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed loader did not end");
        }
        assertTrue(seen >= 15, "the loader was killed before it loaded anything (saw " + seen + " progress lines)");

        int loadedBefore;
        try (Tdb2Store store = Tdb2Store.open(killedDb)) {
            loadedBefore = store.records().size();
            assertTrue(loadedBefore < 120, "the run was killed before it finished: " + loadedBefore);
        }
        try (Tdb2Store store = Tdb2Store.open(killedDb); Pipeline pl = Pipeline.builder().threads(1).build()) {
            SchemeGraphs.install(store);
            LoadSummary rerun = Loader.builder().store(store).pipeline(pl).derivation(DerivedLayer.create()).build().load(Ingest.create().read(List.of(feed.toString())));
            assertEquals(120 - loadedBefore, rerun.loaded(), rerun.line());
            assertEquals(loadedBefore, rerun.skipped(), "what the killed run committed is kept");
        }
        try (Tdb2Store clean = Tdb2Store.open(tmp.resolve("clean-db")); Pipeline pl = Pipeline.builder().threads(1).build()) {
            SchemeGraphs.install(clean);
            Loader.builder().store(clean).pipeline(pl).derivation(DerivedLayer.create()).build().load(Ingest.create().read(List.of(feed.toString())));
        }
        try (Tdb2Store killed = Tdb2Store.open(killedDb); Tdb2Store clean = Tdb2Store.open(tmp.resolve("clean-db"))) {
            Map<String, Graph> a = Snapshots.all(killed.dataset());
            Map<String, Graph> b = Snapshots.all(clean.dataset());
            assertEquals(b.keySet(), a.keySet(), "the same named graphs");
            for (String g : b.keySet()) {
                assertEquals(b.get(g).size(), a.get(g).size(), "triples in " + g);
                assertTrue(b.get(g).isIsomorphicWith(a.get(g)), "graph " + g + " differs after the kill and rerun");
            }
            assertEquals(SearchIndexTest.indexedUids(tmp.resolve("clean-db")), SearchIndexTest.indexedUids(killedDb),
                    "the text index holds the clean run's documents");
        }
    }
}
