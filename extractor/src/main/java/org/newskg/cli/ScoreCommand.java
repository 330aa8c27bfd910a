package org.newskg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Reproduce the attribution scores on a PolNeAR split.",
                "Extract the split's texts with its metadata.tsv as the manifest, load them into an in-memory store, run queries/attributions.rq, and score the results with",
                "../shared/eval/score_attribution.py, all persons and --restrict-person."})
final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--split", defaultValue = "dev", description = "PolNeAR split: train or dev (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--shared", defaultValue = "../shared", description = "the shared folder (default: ${DEFAULT-VALUE})")
    Path shared;

    @Option(names = "--out", defaultValue = "target/score", description = "where results go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--show-errors", defaultValue = "0", description = "errors the scorer lists (default: ${DEFAULT-VALUE})")
    int showErrors;

    @Override
    public Integer call() throws Exception {
        Path dir = shared.resolve("polnear").resolve(split);
        Path scorer = shared.resolve("eval/score_attribution.py");
        if (!Files.isDirectory(dir.resolve("text"))) throw new IllegalArgumentException("no PolNeAR split at " + dir);
        Files.createDirectories(out);
        List<IngestItem> items = Ingest.withManifest(Manifest.read(dir.resolve("metadata.tsv"))).read(List.of(dir.resolve("text").toString()));
        Path results = out.resolve("attributions-" + split + ".json");
        long t0 = System.nanoTime();
        try (Tdb2Store mem = Tdb2Store.inMemory(); Pipeline p = Pipeline.builder().build()) {
            SchemeGraphs.install(mem);
            LoadSummary s = Loader.builder().store(mem).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            System.err.println("newskg score: " + s.line());
            for (String q : List.of("attributions", "attribution-provenance", "memberships")) {
                RowSet rows = Txn.calculateRead(mem.dataset(), () -> QueryRunner.select(QueryLibrary.text(q), mem.dataset(), Map.of()));
                try (OutputStream os = Files.newOutputStream(out.resolve(q + "-" + split + ".json"))) {
                    QueryRunner.write(rows, QueryRunner.Format.JSON, os);
                }
            }
        }
        System.err.printf("newskg score: extracted and queried in %.1f s; results in %s%n", (System.nanoTime() - t0) / 1e9, results);
        int rc = Main.OK;
        for (boolean person : new boolean[] {false, true}) {
            List<String> cmd = new ArrayList<>(List.of("python3", scorer.toString(), results.toString(), dir.resolve("gold.jsonl").toString()));
            if (person) cmd.add("--restrict-person");
            if (showErrors > 0) cmd.addAll(List.of("--show-errors", Integer.toString(showErrors)));
            System.out.println("== " + String.join(" ", cmd));
            Process proc = new ProcessBuilder(cmd).inheritIO().start();
            if (proc.waitFor() != 0) rc = Main.FATAL;
        }
        return rc;
    }
}
