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
            if (workDir == null) throw new IllegalStateException("BulkLoader needs a work directory");
            return new BulkLoader(this);
        }
    }

    /** Loads {@code items} into the empty store, then derives the whole layer. */
    public LoadSummary load(List<IngestItem> items) throws IOException {
        if (pipeline == null) throw new IllegalStateException("BulkLoader needs a pipeline to load articles");
        requireEmpty();
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
     * Builds the empty store from the output of the Spark job: its article graphs and load records (and derived layer,
     * when the job derived it) with the bundled schemes, through Jena's bulk loader, then the text index. Without a
     * derived layer in the output, the layer is derived here from the store. The store is then what {@code load --bulk}
     * of the same inputs builds, and later loads continue on it incrementally.
     */
    public LoadSummary load(SparkOutput out) throws IOException { return load(out, Kind.PHASED); }

    /**
     * As {@link #load(SparkOutput)}; with {@link Kind#XLOADER}, the store's folder was already built by {@link #xload}
     * from the output's parts, so only the derived layer remains.
     */
    public LoadSummary load(SparkOutput out, Kind built) throws IOException {
        long t0 = System.nanoTime();
        if (built == Kind.XLOADER) return finish(out, t0);
        requireEmpty();
        Path schemes = schemesFile(workDir);
        try {
            List<Path> files = new ArrayList<>(out.parts());
            files.add(schemes);
            progress.accept("building the TDB2 indexes from " + out.parts().size() + " parts (" + out.bytes() + " bytes of gzip N-Quads, "
                    + out.articles() + " articles)");
            build(store, files.toArray(Path[]::new));
        } finally {
            Files.deleteIfExists(schemes);
        }
        return finish(out, t0);
    }

    private LoadSummary finish(SparkOutput out, long t0) throws IOException {
        // The job derives the blocks, days and pairs; the store summary reads the whole store, so it is derived here.
        // A layer of another derivation version (or none) is derived here in full, replacing what was loaded.
        derivation.ifPresent(d -> {
            if (out.derived() && d.version().equals(out.derivedVersion())) d.rebuildAroundBlocks(store);
            else d.rebuild(store);
        });
        List<LoadSummary.Failure> failures = out.failures();
        return new LoadSummary((int) out.articles(), 0, failures.size(), 0, out.triples(), (System.nanoTime() - t0) / 1e9, failures);
    }

    /**
     * Above this many triples the output goes through Jena's xloader rather than the phased loader: the phased loader
     * builds its indexes in memory-mapped B+trees and slows down once they outgrow the page cache; the xloader sorts
     * on disk with sort(1) and keeps a steady rate at any size, at the price of a slower start on small inputs.
     */
    public static final long XLOADER_TRIPLES = 100_000_000L;

    /** Jena's two bulk loaders for TDB2. */
    public enum Kind { PHASED, XLOADER }

    /** The loader for a load of this many triples. */
    public static Kind kindFor(long triples) { return triples > XLOADER_TRIPLES ? Kind.XLOADER : Kind.PHASED; }

    /**
     * Jena's xloader (what {@code tdb2.xloader} runs, step by step, in this JVM): the node table, the ingest of tuples,
     * then each of the nine indexes built by sorting on disk with sort(1) and gzip(1), in {@code tmp}. The database
     * folder must be new or empty and not open; open it afterwards with {@link Tdb2Store#open}, which finds the text
     * index behind the store and builds it.
     */
    public static void xload(Path db, List<Path> nq, Path tmp, Consumer<String> progress) throws IOException {
        if (Files.isDirectory(db)) {
            try (var s = Files.list(db)) {
                if (s.findAny().isPresent()) throw new IllegalStateException(db + " is not empty; the xloader builds a new database");
            }
        }
        Files.createDirectories(db);
        Files.createDirectories(tmp);
        String loc = db.toString();
        List<String> files = nq.stream().map(Path::toString).toList();
        org.apache.jena.tdb2.xloader.XLoaderFiles work = new org.apache.jena.tdb2.xloader.XLoaderFiles(tmp.toString());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        progress.accept("xloader: node table");
        org.apache.jena.tdb2.xloader.ProcBuildNodeTableX.exec(loc, work, threads, null, files);
        progress.accept("xloader: ingest");
        org.apache.jena.tdb2.xloader.ProcIngestDataX.exec(loc, work, files, false);
        for (String index : List.of("SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG")) {
            progress.accept("xloader: index " + index);
            org.apache.jena.tdb2.xloader.ProcBuildIndexX.exec(loc, index, threads, null, work);
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(loc));
        for (String f : List.of(work.triplesFile, work.quadsFile, work.loadInfo)) Files.deleteIfExists(Path.of(f));
    }

    /** The bundled schemes as an N-Quads file in {@code dir}, for a bulk load of files that lack them. */
    public static Path schemesFile(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path schemes = Files.createTempFile(dir, "newskg-schemes-", ".nq");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(schemes)); QuadsWriter w = new QuadsWriter(QuadsWriter.Format.NQ, os)) {
            SchemeGraphs.bundled().forEach(w::write);
        }
        return schemes;
    }

    private void requireEmpty() {
        int existing = store.records().size();
        if (existing > 0)
            throw new IllegalStateException(store.describe() + " already holds " + existing
                    + " articles; the bulk path builds a new store: load without --bulk to add or replace articles");
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
