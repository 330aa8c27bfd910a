package org.newskg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryRunner;
import org.newskg.store.Tdb2Store;

/**
 * The hand-checked PolNeAR development set of the utterance layer (`tools/utterance_devset.py` lists the pairs;
 * the fixture keeps ids and offsets only). The pairs judged the same utterance and merged when the set was made
 * must stay merged, and no pair judged different may be merged beyond those recorded.
 */
class PolnearUtterancePairsTest {
    @TempDir
    Path tmp;

    record Pair(String status, String judgement, String note, String a1, int s1, int e1, String a2, int s2, int e2) {}

    static List<Pair> pairs() throws Exception {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PolnearUtterancePairsTest.class.getResourceAsStream("/org/newskg/derive/polnear-utterance-pairs.tsv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new Pair(f[0], f[1], f[2], f[4], Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7], Integer.parseInt(f[8]), Integer.parseInt(f[9])));
            }
        }
        return out;
    }

    @Test
    void theHandCheckedMergesHoldAndNoJudgedDifferentPairIsMerged() throws Exception {
        Path polnear = SharedData.require("polnear");
        List<Pair> pairs = pairs();
        TreeSet<String> ids = new TreeSet<>();
        for (Pair p : pairs) {
            if (p.status.equals("merged") || p.judgement.equals("different")) {
                ids.add(p.a1);
                ids.add(p.a2);
            }
        }
        Path manifest = tmp.resolve("manifest.tsv");
        List<String> lines = new ArrayList<>(Files.readAllLines(polnear.resolve("train/metadata.tsv")));
        lines.addAll(Files.readAllLines(polnear.resolve("dev/metadata.tsv")).subList(1, Files.readAllLines(polnear.resolve("dev/metadata.tsv")).size()));
        Files.write(manifest, lines);
        List<String> inputs = new ArrayList<>();
        for (String id : ids) {
            Path t = polnear.resolve("train/text/" + id + ".txt");
            inputs.add((Files.exists(t) ? t : polnear.resolve("dev/text/" + id + ".txt")).toString());
        }
        List<IngestItem> items = Ingest.withManifest(Manifest.read(manifest)).read(inputs);
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db")); Pipeline p = Pipeline.builder().build()) {
            Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            Map<String, List<String[]>> spans = new HashMap<>();
            RowSet rs = Txn.calculateRead(store.dataset(), () -> QueryRunner.select("""
                    PREFIX nkg: <https://w3id.org/newskg/ontology#>
                    SELECT ?id ?s ?e ?u { ?a nkg:article/nkg:articleId ?id ; nkg:start ?s ; nkg:end ?e ; nkg:claim ?c .
                      OPTIONAL { ?c nkg:utterance ?u } }""", store.dataset(), Map.of()));
            rs.forEachRemaining(b -> spans.computeIfAbsent(b.get("id").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new String[] {
                    b.get("s").getLiteralLexicalForm(), b.get("e").getLiteralLexicalForm(), b.get("u") == null ? "" : b.get("u").getURI()}));
            int sameKept = 0, sameRecorded = 0, differentMerged = 0, differentRecorded = 0;
            List<Pair> newlyMerged = new ArrayList<>();
            for (Pair pr : pairs) {
                Optional<String> u1 = utterance(spans, pr.a1, pr.s1, pr.e1), u2 = utterance(spans, pr.a2, pr.s2, pr.e2);
                boolean merged = u1.isPresent() && u1.equals(u2);
                if (pr.status.equals("merged") && pr.judgement.equals("same")) {
                    sameRecorded++;
                    if (merged) sameKept++;
                }
                if (pr.judgement.equals("different")) {
                    if (pr.status.equals("merged")) differentRecorded++;
                    if (merged) {
                        differentMerged++;
                        if (!pr.status.equals("merged")) newlyMerged.add(pr);
                    }
                }
            }
            System.out.printf("PolNeAR utterance pairs: %d/%d merges judged right still merged; %d merged pairs judged different (%d recorded)%n",
                    sameKept, sameRecorded, differentMerged, differentRecorded);
            assertTrue(sameKept >= 0.9 * sameRecorded, sameKept + " of " + sameRecorded);
            assertEquals(List.of(), newlyMerged, "pairs judged different are merged");
        }
    }

    /** The utterance of the claim whose attribution span overlaps the recorded one most. */
    private static Optional<String> utterance(Map<String, List<String[]>> spans, String id, int s, int e) {
        int best = 0;
        String u = "";
        for (String[] sp : spans.getOrDefault(id, List.of())) {
            int ov = Math.min(e, Integer.parseInt(sp[1])) - Math.max(s, Integer.parseInt(sp[0]));
            if (ov > best) {
                best = ov;
                u = sp[2];
            }
        }
        return u.isEmpty() ? Optional.empty() : Optional.of(u);
    }
}
