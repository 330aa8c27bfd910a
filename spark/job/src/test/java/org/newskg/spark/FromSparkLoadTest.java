package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.load.SparkOutput;
import org.newskg.store.Tdb2Store;

/**
 * The store built from the job's output by {@code newskg load --bulk --from-spark}, against the command line's own
 * loads: the same graphs as {@code load --bulk} of the same inputs, and a backfill followed by an incremental
 * {@code load} of new and changed articles ends where loading everything into one store ends.
 */
class FromSparkLoadTest {
    static JavaSparkContext sc;
    @TempDir static Path dir;

    @BeforeAll
    static void spark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newskg-load-test").set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    @Test
    void theStoreBuiltFromTheJobsOutputIsTheBulkLoadsGraphForGraph() throws Exception {
        Path demo = DemoCorpus.unpack(dir.resolve("bulk/demo"));
        Path manifest = demo.resolve("manifest.tsv");
        Path out = dir.resolve("bulk/out");
        SparkJob.run(sc, JobConfig.of(List.of(demo.toString()), out.toString()).withManifest(manifest.toString()));
        Path fromSpark = dir.resolve("bulk/from-spark-db"), bulk = dir.resolve("bulk/bulk-db");
        assertEquals(Main.OK, Main.run("load", "--bulk", "--quiet", "--db", fromSpark.toString(), "--from-spark", out.toString()));
        assertEquals(Main.OK, Main.run("load", "--bulk", "--quiet", "--db", bulk.toString(), "--manifest", manifest.toString(), demo.toString()));
        Map<String, Graph> a = Stores.graphs(fromSpark), b = Stores.graphs(bulk);
        assertTrue(a.size() > 20, "articles, schemes, records and the derived layer: " + a.keySet());
        assertEquals(List.of(), Stores.differences(a, b));
        // The blocks, days and pairs came from the job, derived from each article's facts grouped by key, and the load took
        // them as they were: each equals the graph `derive --rebuild` wrote in the other store.
        Map<String, Graph> blocks = Stores.parts(out.resolve(SparkOutput.DERIVED));
        assertTrue(blocks.size() >= 10, "block graphs from the job: " + blocks.keySet());
        for (var e : blocks.entrySet()) {
            assertTrue(e.getKey().startsWith(DerivedLayer.BLOCK_BASE), e.getKey());
            assertTrue(e.getValue().isIsomorphicWith(b.get(e.getKey())), "block graph " + e.getKey());
        }
        assertEquals(b.keySet().stream().filter(g -> g.startsWith(DerivedLayer.BLOCK_BASE)).toList(),
                List.copyOf(blocks.keySet()), "every block, day and pair graph of the rebuild, and only those, from the job");
        assertTrue(blocks.keySet().stream().anyMatch(g -> g.contains("/day/")), "the days too: " + blocks.keySet());
        assertTrue(blocks.keySet().stream().anyMatch(g -> g.contains("/pairs/")), "and the co-quotation pairs: " + blocks.keySet());
        try (Tdb2Store st = Tdb2Store.open(fromSpark)) {
            assertEquals(false, st.indexRebuilt(), "the text index was built with the store and is in step with it");
        }
        // Jena's other bulk loader, which the load takes for outputs above BulkLoader.XLOADER_TRIPLES.
        Path xloaded = dir.resolve("bulk/xloader-db");
        assertEquals(Main.OK, Main.run("load", "--bulk", "--quiet", "--loader", "xloader", "--db", xloaded.toString(), "--from-spark", out.toString()));
        assertEquals(List.of(), Stores.differences(Stores.graphs(xloaded), b));
    }

    @Test
    void aBackfillThenAnIncrementalLoadEqualsOneLoadOfEverything() throws Exception {
        Path all = DemoCorpus.unpack(dir.resolve("backfill/all"));
        Path manifest = all.resolve("manifest.tsv");
        // The backfill: the archive as it was, without its three newest files.
        Path archive = Files.createDirectories(dir.resolve("backfill/archive"));
        List<Path> texts;
        try (var s = Files.list(all)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : texts.subList(0, texts.size() - 3)) Files.copy(p, archive.resolve(p.getFileName()));
        Path out = dir.resolve("backfill/out");
        SparkJob.run(sc, JobConfig.of(List.of(archive.toString()), out.toString()).withManifest(manifest.toString()));
        Path db = dir.resolve("backfill/db");
        assertEquals(Main.OK, Main.run("load", "--bulk", "--quiet", "--db", db.toString(), "--from-spark", out.toString()));

        // Then the live feed: the three new files, and a correction to one the backfill had.
        Files.writeString(texts.get(0), "\n\nCorrection: an earlier version misspelled the harbor's name.\n", StandardOpenOption.APPEND);
        assertEquals(Main.OK, Main.run("load", "--quiet", "--db", db.toString(), "--manifest", manifest.toString(), all.toString()));

        Path once = dir.resolve("backfill/once-db");
        assertEquals(Main.OK, Main.run("load", "--quiet", "--db", once.toString(), "--manifest", manifest.toString(), all.toString()));
        assertEquals(List.of(), Stores.differences(Stores.graphs(db), Stores.graphs(once)));
    }
}
