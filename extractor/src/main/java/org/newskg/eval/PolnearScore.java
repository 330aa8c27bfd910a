package org.newskg.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.Derivation;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;

/**
 * The attribution scores on a PolNeAR split, reproduced: the split's texts extracted with its metadata.tsv as the
 * manifest, loaded into a store in memory, the attribution and membership queries run into JSON files, and the
 * shared scorer ({@code eval/score_attribution.py}) run on them for all persons and with {@code --restrict-person}.
 */
public final class PolnearScore {
    private PolnearScore() {}

    /** {@code shared} holds {@code polnear/{split}/} and {@code eval/}; results go to {@code out}. */
    public record Config(Path shared, String split, Path out, int showErrors) {
        public Config {
            Objects.requireNonNull(shared, "no shared folder: give --shared DIR or set NEWSKG_SHARED");
            Objects.requireNonNull(split, "split");
            Objects.requireNonNull(out, "out");
        }

        Path splitDir() { return shared.resolve("polnear").resolve(split); }
    }

    /** Runs the extraction, the queries and the scorer; true when the scorer ran cleanly both times. */
    public static boolean run(Config c, Derivation derivation) throws IOException, IngestException, InterruptedException {
        Path dir = c.splitDir();
        if (!Files.isDirectory(dir.resolve("text"))) throw new IllegalArgumentException("no PolNeAR split at " + dir);
        Files.createDirectories(c.out());
        List<IngestItem> items = Ingest.withManifest(Manifest.read(dir.resolve("metadata.tsv"))).read(List.of(dir.resolve("text").toString()));
        Path results = c.out().resolve("attributions-" + c.split() + ".json");
        long t0 = System.nanoTime();
        try (Tdb2Store mem = Tdb2Store.inMemory(); Pipeline p = Pipeline.builder().build()) {
            SchemeGraphs.install(mem);
            LoadSummary s = Loader.builder().store(mem).pipeline(p).derivation(derivation).build().load(items);
            System.err.println("newskg score: " + s.line());
            for (String q : List.of("attributions", "attribution-provenance", "memberships")) {
                RowSet rows = Txn.calculateRead(mem.dataset(), () -> QueryRunner.select(QueryLibrary.text(q), mem.dataset(), Map.of()));
                try (OutputStream os = Files.newOutputStream(c.out().resolve(q + "-" + c.split() + ".json"))) {
                    QueryRunner.write(rows, QueryRunner.Format.JSON, os);
                }
            }
        }
        System.err.printf("newskg score: extracted and queried in %.1f s; results in %s%n", (System.nanoTime() - t0) / 1e9, results);
        boolean ok = true;
        for (boolean person : new boolean[] {false, true}) {
            List<String> cmd = new ArrayList<>(List.of("python3", c.shared().resolve("eval/score_attribution.py").toString(), results.toString(),
                    dir.resolve("gold.jsonl").toString()));
            if (person) cmd.add("--restrict-person");
            if (c.showErrors() > 0) cmd.addAll(List.of("--show-errors", Integer.toString(c.showErrors())));
            System.out.println("== " + String.join(" ", cmd));
            System.out.flush();
            Process proc = new ProcessBuilder(cmd).inheritIO().start();
            if (proc.waitFor() != 0) ok = false;
        }
        return ok;
    }
}
