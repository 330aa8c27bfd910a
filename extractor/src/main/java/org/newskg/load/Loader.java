package org.newskg.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.newskg.extract.Extractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.Iris;
import org.newskg.store.ArticleStore;
import org.newskg.store.Derivation;
import org.newskg.store.StoreException;

/**
 * Extracts and loads a batch. An article whose content hash and extractor version match its load record is
 * skipped before any NLP runs, which is what makes a scheduled rerun cheap; a changed one replaces its graph in
 * one write; a failed one is reported and the batch goes on; {@code prune} removes articles gone from the source.
 * <p>
 * Given a {@link Derivation} (the command line gives the derived layer), the loader tells it which blocks the
 * batch touched and brings it up to date after the writes; without one it writes article graphs only.
 */
public final class Loader {
    private final ArticleStore store;
    private final Pipeline pipeline;
    private final boolean prune;
    private final boolean force;
    private final Consumer<String> progress;
    private final Optional<Derivation> derivation;

    private Loader(Builder b) {
        this.store = b.store;
        this.pipeline = b.pipeline;
        this.prune = b.prune;
        this.force = b.force;
        this.progress = b.progress;
        this.derivation = Optional.ofNullable(b.derivation);
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private ArticleStore store;
        private Pipeline pipeline;
        private boolean prune;
        private boolean force;
        private Consumer<String> progress = s -> { };
        private Derivation derivation;

        public Builder store(ArticleStore s) { this.store = Objects.requireNonNull(s, "store"); return this; }

        public Builder pipeline(Pipeline p) { this.pipeline = Objects.requireNonNull(p, "pipeline"); return this; }

        public Builder prune(boolean p) { this.prune = p; return this; }

        /** Re-extract and replace even unchanged articles. */
        public Builder force(boolean f) { this.force = f; return this; }

        public Builder progress(Consumer<String> p) { this.progress = Objects.requireNonNull(p, "progress"); return this; }

        /** The derived layer to keep current; without one, only the article graphs are written. */
        public Builder derivation(Derivation d) { this.derivation = Objects.requireNonNull(d, "derivation"); return this; }

        public Loader build() {
            if (store == null) throw new IllegalStateException("Loader needs a store");
            if (pipeline == null) throw new IllegalStateException("Loader needs a pipeline");
            return new Loader(this);
        }
    }

    public LoadSummary load(List<IngestItem> items) {
        long t0 = System.nanoTime();
        Map<String, ArticleStore.LoadRecord> records = store.records();
        List<IngestItem> todo = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        for (IngestItem item : items) {
            if (item instanceof IngestItem.Ok ok) {
                Article a = ok.article();
                seen.add(a.id());
                ArticleStore.LoadRecord r = records.get(a.id());
                if (!force && r != null && r.contentHash().equals(a.contentHash()) && Extractor.VERSION.equals(r.extractorVersion())) {
                    skipped++;
                    continue;
                }
            } else if (item instanceof IngestItem.Failed f && f.articleId() != null) {
                // An article that exists but cannot be read now is not "gone": keep it out of pruning.
                seen.add(f.articleId());
            }
            todo.add(item);
        }
        // Whether the derived layer matched the store before this run: if not (a loader died before deriving, or
        // the derivation changed), touched blocks are not enough and the layer is rebuilt.
        boolean layerCurrent = derivation.map(d -> d.isCurrent(store, records)).orElse(true);
        Set<String> touched = new java.util.TreeSet<>();
        int[] loaded = {0};
        long[] triples = {0};
        List<LoadSummary.Failure> failures = new ArrayList<>();
        int total = todo.size();
        pipeline.processAll(todo, r -> {
            if (r.ok()) {
                try {
                    if (derivation.isPresent()) {
                        if (records.containsKey(r.articleId())) touched.addAll(derivation.get().blocksInStore(store, r.graph().get().graphIri()));
                        touched.addAll(derivation.get().blocksOf(r.graph().get().graph()));
                    }
                    store.replace(r.graph().get(), new ArticleStore.LoadRecord(r.articleId(), r.contentHash(), Extractor.VERSION));
                    loaded[0]++;
                    triples[0] += r.graph().get().graph().size();
                } catch (StoreException e) {
                    throw e;
                } catch (RuntimeException e) {
                    failures.add(new LoadSummary.Failure(r.source(), r.articleId(), "store write failed: " + e.getMessage()));
                }
            } else {
                failures.add(new LoadSummary.Failure(r.source(), r.articleId(), String.join("; ", r.errors())));
            }
            int done = loaded[0] + failures.size();
            progress.accept(done + "/" + total + " " + (r.ok() ? "loaded " : "FAILED ") + (r.articleId() == null ? r.source() : r.articleId()));
        });
        int pruned = 0;
        if (prune) {
            for (String id : records.keySet()) {
                if (seen.contains(id)) continue;
                derivation.ifPresent(d -> touched.addAll(d.blocksInStore(store, Iris.article(id))));
                if (store.remove(id)) pruned++;
            }
        }
        if (derivation.isPresent() && (!layerCurrent || loaded[0] > 0 || pruned > 0)) {
            Derivation.Result d = derivation.get().update(store, layerCurrent, touched);
            progress.accept("derived " + d.blocks() + " blocks (" + d.utterances() + " utterances) in " + String.format("%.2f", d.seconds()) + " s");
        }
        return new LoadSummary(loaded[0], skipped, failures.size(), pruned, triples[0], (System.nanoTime() - t0) / 1e9, failures);
    }
}
