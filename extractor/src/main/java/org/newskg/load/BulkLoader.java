package org.newskg.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.extract.Extractor;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.QuadsWriter;
import org.newskg.store.ArticleStore;
import org.newskg.store.Derivation;
import org.newskg.store.LoadRecords;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;

/**
 * A first load of many articles: extract everything to one N-Quads file (article graphs, load records and
 * schemes, as an incremental load would write them), then build the TDB2 indexes with Jena's phased bulk
 * loader, which is several times faster than one transaction per article. Only for an empty store: the bulk
 * loader adds, it does not replace, so reloads go through {@link Loader}.
 */
public final class BulkLoader {
    private final Tdb2Store store;
    private final Pipeline pipeline;
    private final Optional<Derivation> derivation;
    private final Path workDir;
    private final Consumer<String> progress;

    private BulkLoader(Builder b) {
        this.store = b.store;
        this.pipeline = b.pipeline;
        this.derivation = Optional.ofNullable(b.derivation);
        this.workDir = b.workDir;
        this.progress = b.progress;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private Tdb2Store store;
        private Pipeline pipeline;
        private Derivation derivation;
        private Path workDir;
        private Consumer<String> progress = s -> { };

        /** The store to build: it must be empty. */
        public Builder store(Tdb2Store s) { this.store = Objects.requireNonNull(s, "store"); return this; }

        public Builder pipeline(Pipeline p) { this.pipeline = Objects.requireNonNull(p, "pipeline"); return this; }

        /** The derived layer to build after the articles; without one, only the article graphs are written. */
        public Builder derivation(Derivation d) { this.derivation = Objects.requireNonNull(d, "derivation"); return this; }

        /** Where the N-Quads file is written while the load runs (deleted after). */
        public Builder workDir(Path dir) { this.workDir = Objects.requireNonNull(dir, "workDir"); return this; }

        public Builder progress(Consumer<String> p) { this.progress = Objects.requireNonNull(p, "progress"); return this; }

        public BulkLoader build() {
            if (store == null) throw new IllegalStateException("BulkLoader needs a store");
            if (pipeline == null) throw new IllegalStateException("BulkLoader needs a pipeline");
            if (workDir == null) throw new IllegalStateException("BulkLoader needs a work directory");
            return new BulkLoader(this);
        }
    }

    /** Loads {@code items} into the empty store, then derives the whole layer. */
    public LoadSummary load(List<IngestItem> items) throws IOException {
        int existing = store.records().size();
        if (existing > 0)
            throw new IllegalStateException(store.describe() + " already holds " + existing
                    + " articles; the bulk path builds a new store: load without --bulk to add or replace articles");
        long t0 = System.nanoTime();
        Files.createDirectories(workDir);
        Path nq = Files.createTempFile(workDir, "newskg-bulk-", ".nq");
        LoadSummary extracted;
        try {
            extracted = extract(pipeline, items, nq, progress);
            progress.accept("building the TDB2 indexes from " + Files.size(nq) + " bytes of N-Quads");
            build(store, nq);
        } finally {
            Files.deleteIfExists(nq);
        }
        derivation.ifPresent(d -> d.rebuild(store));
        return new LoadSummary(extracted.loaded(), 0, extracted.failed(), 0, extracted.triples(), (System.nanoTime() - t0) / 1e9,
                extracted.failures());
    }

    /**
     * The first half of a bulk load: every article extracted into {@code nq} with its load record, after the
     * schemes. Public so that the load benchmark can time extraction and index building apart.
     */
    public static LoadSummary extract(Pipeline pipeline, List<IngestItem> items, Path nq, Consumer<String> progress) throws IOException {
        long t0 = System.nanoTime();
        int[] loaded = {0};
        long[] triples = {0};
        List<LoadSummary.Failure> failures = new ArrayList<>();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nq)); QuadsWriter w = new QuadsWriter(QuadsWriter.Format.NQ, os)) {
            SchemeGraphs.bundled().forEach(w::write);
            pipeline.processAll(items, r -> {
                if (r.ok()) {
                    w.write(r.graph().get());
                    w.write(LoadRecords.META.getURI(), LoadRecords.of(new ArticleStore.LoadRecord(r.articleId(), r.contentHash(), Extractor.VERSION)));
                    loaded[0]++;
                    triples[0] += r.graph().get().graph().size();
                } else {
                    failures.add(new LoadSummary.Failure(r.source(), r.articleId(), String.join("; ", r.errors())));
                }
                progress.accept((loaded[0] + failures.size()) + "/" + items.size() + (r.ok() ? " extracted " : " FAILED ")
                        + (r.articleId() == null ? r.source() : r.articleId()));
            });
        }
        return new LoadSummary(loaded[0], 0, failures.size(), 0, triples[0], (System.nanoTime() - t0) / 1e9, failures);
    }

    /**
     * The second half: Jena's phased loader adds the N-Quads files to the store's TDB2 indexes, then the text
     * index is built from the store (the phased loader writes TDB2 itself, which the text index does not see).
     */
    public static void build(Tdb2Store store, Path... nq) {
        DataLoader loader = LoaderFactory.phasedLoader(store.tdb(), (fmt, args) -> { });
        loader.startBulk();
        try {
            loader.load(java.util.Arrays.stream(nq).map(Path::toString).toList());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        store.rebuildIndex();
    }
}
