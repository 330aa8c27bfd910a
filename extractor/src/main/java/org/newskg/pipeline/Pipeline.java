package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.Schemes;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestItem;
import org.newskg.nlp.Analyzer;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.NlpModels;
import org.newskg.rdf.GraphMapper;
import org.newskg.rdf.ShapeCheck;
import org.newskg.resolve.Resolver;

/**
 * Article in, validated named graph out: nlp → extract → resolve → rdf → SHACL. Workers each own an
 * {@link Analyzer} (OpenNLP tools are not thread-safe); the models, schemes and shapes are shared. Results
 * come back in input order whatever order the workers finish in, so output files are reproducible.
 */
public final class Pipeline implements AutoCloseable {
    private final NlpModels models;
    private final Extractor extractor;
    private final Resolver resolver = new Resolver();
    private final GraphMapper mapper = new GraphMapper();
    private final ShapeCheck shapes;
    private final int threads;
    private final ExecutorService pool;
    private final ThreadLocal<Analyzer> analyzers;
    /** Nanoseconds spent per stage, over all workers: the pipeline times its stages as CoreNLP's does. */
    private final java.util.concurrent.atomic.LongAdder[] stageNanos = new java.util.concurrent.atomic.LongAdder[Stage.values().length];

    /** The stages, in order. */
    public enum Stage { NLP, EXTRACT, RESOLVE_AND_MAP, SHACL }

    private Pipeline(Builder b) {
        this.models = b.models;
        this.extractor = new Extractor(b.schemes);
        this.shapes = b.shapes;
        this.threads = b.threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-worker");
            t.setDaemon(true);
            return t;
        });
        this.analyzers = ThreadLocal.withInitial(() -> new Analyzer(models));
        for (int i = 0; i < stageNanos.length; i++) stageNanos[i] = new java.util.concurrent.atomic.LongAdder();
    }

    /** Seconds spent in each stage so far, summed over workers. */
    public java.util.Map<Stage, Double> stageSeconds() {
        java.util.Map<Stage, Double> m = new java.util.EnumMap<>(Stage.class);
        for (Stage st : Stage.values()) m.put(st, stageNanos[st.ordinal()].sum() / 1e9);
        return m;
    }

    private long lap(Stage st, long t0) {
        long t = System.nanoTime();
        stageNanos[st.ordinal()].add(t - t0);
        return t;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private NlpModels models;
        private Schemes schemes;
        private ShapeCheck shapes;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        public Builder models(NlpModels m) { this.models = Objects.requireNonNull(m, "models"); return this; }

        public Builder schemes(Schemes s) { this.schemes = Objects.requireNonNull(s, "schemes"); return this; }

        public Builder shapes(ShapeCheck s) { this.shapes = Objects.requireNonNull(s, "shapes"); return this; }

        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be at least 1, got " + n);
            this.threads = n;
            return this;
        }

        /** Bundled models, schemes and shapes unless set. */
        public Pipeline build() {
            if (models == null) models = NlpModels.defaults();
            if (schemes == null) schemes = Schemes.bundled();
            if (shapes == null) shapes = ShapeCheck.bundled();
            return new Pipeline(this);
        }
    }

    /** One article, on the calling thread. */
    public ArticleResult process(Article a) {
        String source = a.metadata().source().map(Object::toString).orElse(a.id());
        try {
            long t = System.nanoTime();
            AnalyzedArticle analyzed = analyzers.get().analyze(a);
            t = lap(Stage.NLP, t);
            Extraction x = extractor.extract(analyzed);
            t = lap(Stage.EXTRACT, t);
            GraphMapper.ArticleGraph g = mapper.map(resolver.resolve(x));
            t = lap(Stage.RESOLVE_AND_MAP, t);
            List<String> violations = shapes.violations(g.graph());
            lap(Stage.SHACL, t);
            if (!violations.isEmpty())
                return new ArticleResult(source, a.id(), Optional.empty(), Optional.of(x), a.contentHash(),
                        List.of("graph fails the SHACL shapes: " + String.join(" | ", violations.subList(0, Math.min(5, violations.size())))),
                        analyzed.tokenCount());
            return new ArticleResult(source, a.id(), Optional.of(g), Optional.of(x), a.contentHash(), List.of(), analyzed.tokenCount());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return ArticleResult.failed(source, a.id(), "extraction failed: " + e);
        }
    }

    /**
     * Every ingest item through the pipeline on the workers, handing results to {@code sink} in input order.
     * An item that failed to ingest is passed on as a failed result; one bad article never stops the batch.
     */
    public void processAll(List<IngestItem> items, Consumer<ArticleResult> sink) {
        List<Future<ArticleResult>> window = new ArrayList<>();
        int ahead = threads * 4;
        int next = 0;
        while (next < items.size() || !window.isEmpty()) {
            while (next < items.size() && window.size() < ahead) {
                IngestItem item = items.get(next++);
                if (item instanceof IngestItem.Ok ok) {
                    window.add(pool.submit(() -> process(ok.article())));
                } else {
                    IngestItem.Failed f = (IngestItem.Failed) item;
                    window.add(java.util.concurrent.CompletableFuture.completedFuture(ArticleResult.failed(f.source(), f.articleId(), f.reason())));
                }
            }
            Future<ArticleResult> head = window.remove(0);
            ArticleResult result;
            try {
                result = head.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                // process() catches what an article can cause; what escapes it is the machine's (out of memory).
                throw new IllegalStateException("worker failed", e.getCause());
            }
            sink.accept(result);
        }
    }

    public int threads() { return threads; }

    @Override
    public void close() { pool.shutdownNow(); }
}
