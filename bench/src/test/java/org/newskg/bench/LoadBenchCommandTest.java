package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.DemoCorpus;
import org.newskg.query.QueryLibrary;

/**
 * The load benchmark runs end to end on a few demo articles: real TDB2 stores on disk, a real Fuseki on
 * 127.0.0.1. Its timings are not asserted, only that it reports every step and query and that its checks hold.
 */
class LoadBenchCommandTest {
    @TempDir Path tmp;

    @Test
    void onAFewArticlesItPrintsTheTablesAndTheChecksHold() throws Exception {
        Path corpus = DemoCorpus.unpack(tmp.resolve("corpus"));
        Path report = tmp.resolve("report.md");
        Path work = tmp.resolve("work");
        int status = BenchMain.run("load", "--articles", "15", "--scale", "30,20", "--runs", "2", "--warmup", "1",
                "--work", work.toString(), "--report", report.toString(), "--manifest", corpus.resolve("manifest.tsv").toString(),
                corpus.toString());
        String out = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(BenchMain.OK, status, out);
        assertTrue(out.startsWith("\n## " + LocalDate.now() + ": `newskg bench load --articles 15 --scale 30,20`\n"), out);
        assertTrue(out.contains("| step | articles | seconds | triples | triples/s | peak heap MB | peak RSS MB |"), out);
        for (String check : List.of("per-graph counts unchanged after loading the same 15 articles twice (--force): yes",
                "per-graph counts unchanged after the rerun: yes", "rerun skipped every article: yes",
                "bulk-loaded store = `load` store, graph for graph: yes", "store loaded over HTTP = `load` store, graph for graph: yes",
                "transaction-per-article store = `load` store, graph for graph: yes", "rerun speed-up:"))
            assertTrue(out.contains(check), check + "\n" + out);
        for (String q : QueryLibrary.names()) assertTrue(out.contains("| " + q + " | "), q + "\n" + out);
        assertFalse(out.contains("failed:"), out);
        // Both scales in one run, smallest first: their steps, checks and query columns.
        assertTrue(out.lines().anyMatch(l -> l.startsWith("| Jena phased bulk loader → fresh TDB2 | 30 |")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("| Jena phased bulk loader → fresh TDB2 | 20 |")), out);
        assertTrue(out.indexOf("into the 20-article store") < out.indexOf("into the 30-article store"), out);
        assertTrue(out.contains("| query | rows (15) | p50 | p95 | runs | rows (20) | p50 | p95 | runs | rows (30) | p50 | p95 | runs |"), out);
        for (int n : new int[] {20, 30}) {
            assertTrue(out.contains("a load into the populated store, per article:") && out.contains("s into the " + n + "-article store against"), out);
            assertTrue(out.contains("disk size of the " + n + "-article store"), out);
            assertTrue(out.contains("populated-store rerun skipped every article: yes"), out);
        }
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count(), "the benchmark's stores and corpora are deleted");
        }
    }
}
