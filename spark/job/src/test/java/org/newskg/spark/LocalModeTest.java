package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.warc.UrlIds;

/**
 * The job in Spark's local mode, on inputs of every kind at once (a folder of .txt with a manifest, WARC and
 * WARC.gz files, JSON Lines), against the command line's code run on the same inputs in this JVM.
 */
class LocalModeTest {
    static JavaSparkContext sc;
    @TempDir static Path dir;
    static Fixtures.Inputs inputs;
    static Path out;
    static JobSummary summary;
    static Expected single;

    @BeforeAll
    static void runBoth() throws Exception {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newskg-test").set("spark.ui.enabled", "false"));
        inputs = Fixtures.write(dir.resolve("in"));
        out = dir.resolve("out");
        summary = SparkJob.run(sc, JobConfig.of(inputs.all(), out.toString()).withManifest(inputs.manifest().toString()).withPartitions(3));
        single = Expected.singleRun(inputs.all(), Optional.of(inputs.manifest()));
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    @Test
    void theJobWritesTheGraphsOfASingleRunGraphForGraph() throws Exception {
        Expected job = Expected.output(out);
        assertTrue(single.graphs().size() >= 15, "the fixtures give articles of every kind: " + single.graphs().keySet());
        assertEquals(single.graphs().keySet(), job.graphs().keySet());
        assertEquals(List.of(), single.graphDifferences(job), "graphs that differ");
        assertEquals(single.records(), job.records(), "load records: id, content hash, extractor version");
        assertEquals(single.graphs().size(), summary.articles());
    }

    @Test
    void failuresCarryTheSameSourcesArticlesAndReasonsAsTheCommandLine() throws Exception {
        Expected job = Expected.output(out);
        assertEquals(single.failures(), job.failures());
        assertTrue(job.failures().stream().anyMatch(f -> f.get(2).startsWith("duplicate article id (first read from ")),
                "the JSON Lines article whose id the demo corpus has: " + job.failures());
        assertTrue(job.failures().stream().anyMatch(f -> f.get(2).startsWith("malformed JSON line")), job.failures().toString());
        assertTrue(job.failures().stream().anyMatch(f -> f.get(2).contains("no article text")), job.failures().toString());
        assertEquals(single.failures().size(), summary.failed());
    }

    @Test
    void aUrlCapturedInTwoArchivesIsOneArticleTheFirstCapture() throws Exception {
        Expected job = Expected.output(out);
        String ferry = job.graphs().keySet().stream().filter(g -> g.endsWith(UrlIds.of(Fixtures.FERRY))).findFirst().orElseThrow();
        assertTrue(job.graphs().get(ferry).toString().contains("night ferry"), "the capture of the first archive in reading order");
        assertEquals(1L, summary.counts().get("warc.repeatedUrls"));
        assertEquals(3L, summary.counts().get("warc.articles"), "ferry, council, bridge");
    }

    @Test
    void theManifestCountsWhatTheOutputHolds() throws Exception {
        Map<?, ?> m = new ObjectMapper().readValue(out.resolve(SparkJob.MANIFEST).toFile(), Map.class);
        assertEquals(SparkJob.FORMAT, m.get("format"));
        assertEquals(summary.articles(), ((Number) m.get("articles")).longValue());
        assertEquals(summary.failed(), ((Number) m.get("failed")).longValue());
        long lines = 0;
        try (var parts = Files.list(out.resolve("articles"))) {
            for (Path p : parts.filter(p -> p.toString().endsWith(".nq.gz")).toList()) {
                try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(p))))) {
                    lines += in.lines().count();
                }
            }
        }
        assertEquals(summary.triples(), lines, "one N-Quads line per triple of the article graphs");
        assertEquals(3, Files.list(out.resolve("articles")).filter(p -> p.toString().endsWith(".nq.gz")).count(), "one part per partition");
    }

    @Test
    void anExistingOutputFolderIsRefusedBeforeAnythingIsRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkJob.run(sc, JobConfig.of(inputs.all(), out.toString())));
        assertTrue(e.getMessage().contains("exists"), e.getMessage());
        assertFalse(Files.exists(out.resolve("articles/_temporary")));
    }
}
