package org.newskg.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.derive.DerivedLayer;
import org.newskg.extract.Extractor;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.ResultRows;
import org.newskg.testkit.Snapshots;

/**
 * Today's store-wide layer and query answers, frozen: each set loaded into a TDB2 store, then every derived graph
 * (blocks, days, pairs, the store summary) as a digest, and every bundled query's rows (sorted; shown in full for
 * the sets written for newskg, as a count and digest for real news). The contract queries on the seeds and PolNeAR
 * dev must give the same rows before and after a refactoring; a change in them must come with a new
 * {@link DerivedLayer#VERSION} or {@link Extractor#VERSION}.
 */
class DerivationGoldenTest {
    @TempDir
    static Path tmp;
    static Pipeline pipeline;

    @BeforeAll
    static void models() { pipeline = Pipeline.builder().build(); }

    @AfterAll
    static void close() { pipeline.close(); }

    @ParameterizedTest
    @EnumSource(value = GoldenSet.class, names = {"DEMO", "DERIVE_CORPUS", "SEEDS", "POLNEAR_DEV"})
    void derivedLayerAndQueryAnswersEqualTheGoldenFile(GoldenSet set) throws Exception {
        var items = set.items(tmp);
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("store-" + set.fileName))) {
            SchemeGraphs.install(store);
            LoadSummary s = Loader.builder().store(store).pipeline(pipeline).derivation(DerivedLayer.create()).build().load(items);
            assertEquals(0, s.failed(), s.failures().toString());
            GoldenLines shown = new GoldenLines(set.redacted), full = new GoldenLines(false);
            Map<String, String> versions = new LinkedHashMap<>();
            versions.put("extractor", Extractor.VERSION);
            versions.put("derive", DerivedLayer.VERSION);
            GoldenFile.check("derive-" + set.fileName, versions, lines(store, shown, set.redacted), lines(store, full, false));
        }
    }

    private static List<String> lines(Tdb2Store store, GoldenLines names, boolean redacted) {
        List<String> out = new ArrayList<>();
        Map<String, Graph> derived = Snapshots.derived(store);
        List<String> graphLines = new ArrayList<>();
        derived.forEach((iri, g) -> graphLines.add("graph " + names.iri(org.apache.jena.graph.NodeFactory.createURI(iri)) + " triples=" + g.size()
                + " digest=" + GoldenLines.graphDigest(g)));
        graphLines.sort(null);
        out.addAll(graphLines);
        for (String q : QueryLibrary.names()) {
            List<String> rows = ResultRows.lines(store, q);
            out.add("query " + q + " rows=" + rows.size() + " digest=" + GoldenFile.digest(rows));
            if (!redacted) for (String r : rows) out.add("  " + r);
        }
        return out;
    }
}
