package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.warc.WarcArticleReaderTest;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.Snapshots;

/** What `newskg ingest` writes is the input JSON Lines format, and loading it builds the store the originals build. */
class IngestCommandTest {
    @TempDir Path tmp;

    static void assertSameStores(Path expectedDb, Path actualDb) {
        try (Tdb2Store a = Tdb2Store.open(expectedDb); Tdb2Store b = Tdb2Store.open(actualDb)) {
            Map<String, Graph> want = Snapshots.all(a.dataset()), got = Snapshots.all(b.dataset());
            assertEquals(want.keySet(), got.keySet());
            for (String g : want.keySet()) {
                assertEquals(want.get(g).size(), got.get(g).size(), "triples in graph " + g);
                assertTrue(want.get(g).isIsomorphicWith(got.get(g)), "graph " + g + " differs");
            }
        }
    }

    @Test
    void ingestOutputLoadsBackToTheGraphsTheOriginalsLoadTo() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("pier-repairs.txt"), "\u201cThe pier will reopen in May,\u201d said Kate Ruiz, the harbor commissioner.\n");
        Files.writeString(in.resolve("ferry-strike.html"), """
                <html><head><title>Ferry crews strike</title><meta property="og:site_name" content="Harbor Gazette">
                <meta name="author" content="Lena Marsh"></head><body><article><p>\u201cWe asked for one more crew,\u201d Tom Alcott said.</p>
                <p>Democratic Rep. Nadia Flores said the strike would end soon.</p></article></body></html>""");
        Files.writeString(in.resolve("wire.jsonl"), """
                {"id":"wire-1","url":"https://wire.example/1","outlet":"Coast Wire","published":"2026-03-02","title":"Budget","author":"Ann Lee","body":"The budget passed, Kate Ruiz said."}
                {"id":"wire-2","body":"\\u201cNo comment,\\u201d said Tom Alcott."}
                """);
        WarcArticleReaderTest.archive(in, "crawl.warc.gz");
        Path manifest = tmp.resolve("manifest.tsv");
        Files.writeString(manifest, "id\toutlet\tpublished\npier-repairs\tHarbor Gazette\t2026-03-05\n");

        Path out = tmp.resolve("articles.jsonl");
        // The WARC's page without text fails, so both runs end partial, and equally so.
        assertEquals(Main.PARTIAL, Main.run("ingest", "--manifest", manifest.toString(), "--out", out.toString(), in.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(6, lines.size(), String.join("\n", lines));
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byId = new HashMap<>();
        for (String l : lines) {
            JsonNode n = json.readTree(l);
            List<String> keys = new java.util.ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("id", "url", "outlet", "published", "title", "author", "body"), keys, l);
            byId.put(n.get("id").asText(), n);
        }
        assertEquals("Harbor Gazette", byId.get("pier-repairs").get("outlet").asText(), "the manifest applies");
        assertEquals("Lena Marsh", byId.get("ferry-strike").get("author").asText(), "an .html keeps its file name as id");
        assertTrue(byId.get("wire-2").get("url").isNull());

        Path originals = tmp.resolve("db-originals"), reread = tmp.resolve("db-ingested");
        assertEquals(Main.PARTIAL, Main.run("load", "--quiet", "--db", originals.toString(), "--manifest", manifest.toString(), in.toString()));
        assertEquals(Main.OK, Main.run("load", "--quiet", "--db", reread.toString(), out.toString()));
        assertSameStores(originals, reread);
    }
}
