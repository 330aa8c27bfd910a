package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

import org.newskg.ingest.Article;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.nlp.Analyzer;
import org.newskg.nlp.NlpModels;
import org.newskg.pipeline.Pipeline;

/**
 * Extraction throughput against the bare OpenNLP pass (sentences, tokens, POS), measured in one run on the same
 * articles and threads, alternating, the best round of each kept. Their ratio is the figure that speaks: it does
 * not depend on how fast or busy the machine is.
 */
public final class ExtractionBench {
    private ExtractionBench() {}

    public record Config(Path dir, int threads, int limit, int rounds) {
        public Config {
            if (threads < 1 || limit < 1 || rounds < 1) throw new IllegalArgumentException("--threads, --limit and --rounds must be positive");
        }
    }

    public record Result(int articles, long tokens, int threads, int rounds, double bareSeconds, double fullSeconds,
                         Map<String, Double> stageSeconds, long peakHeap) {
        /** Full throughput over bare throughput. */
        public double ratio() { return bareSeconds / fullSeconds; }

        public String text() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("articles: %d, tokens: %d, threads: %d, rounds: %d (best of each)%n", articles, tokens, threads, rounds));
            b.append(String.format("%-44s %10s %12s %14s%n", "pass", "seconds", "articles/s", "tokens/s"));
            b.append(String.format("%-44s %10.2f %12.1f %14.0f%n", "bare OpenNLP (sentences, tokens, POS)", bareSeconds, articles / bareSeconds, tokens / bareSeconds));
            b.append(String.format("%-44s %10.2f %12.1f %14.0f%n", "full extraction (to validated RDF)", fullSeconds, articles / fullSeconds, tokens / fullSeconds));
            b.append(String.format("ratio (full throughput / bare throughput): %.2f   (full costs %.2fx the bare pass)%n", ratio(), fullSeconds / bareSeconds));
            stageSeconds.forEach((st, sec) -> b.append(String.format("  stage %-16s %8.2f s (all rounds, summed over threads)%n", st, sec)));
            b.append(String.format("max heap: %d MB, peak heap used: %d MB%n", Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20));
            return b.toString();
        }
    }

    public static Result run(Config c) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (IngestItem i : Ingest.create().read(List.of(c.dir().toString()))) {
            if (i instanceof IngestItem.Ok ok && articles.size() < c.limit()) articles.add(ok.article());
        }
        if (articles.isEmpty()) throw new IllegalArgumentException("no articles in " + c.dir());
        NlpModels models = NlpModels.defaults();
        ThreadLocal<Analyzer> bare = ThreadLocal.withInitial(() -> new Analyzer(models, Analyzer.Level.BARE));
        try (Pipeline full = Pipeline.builder().models(models).threads(c.threads()).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(c.threads());
            try {
                // Warm-up: JIT and class loading would otherwise count against whichever pass runs first.
                List<Article> warm = articles.subList(0, Math.min(20, articles.size()));
                time(pool, warm, a -> bare.get().analyze(a).tokenCount());
                time(pool, warm, a -> full.process(a).tokens());
                double bestBare = Double.MAX_VALUE, bestFull = Double.MAX_VALUE;
                long tokens = 0;
                for (int r = 0; r < c.rounds(); r++) {
                    AtomicLong tok = new AtomicLong();
                    double tb = time(pool, articles, a -> {
                        long n = bare.get().analyze(a).tokenCount();
                        tok.addAndGet(n);
                        return n;
                    });
                    double tf = time(pool, articles, a -> full.process(a).tokens());
                    bestBare = Math.min(bestBare, tb);
                    bestFull = Math.min(bestFull, tf);
                    tokens = tok.get();
                }
                Map<String, Double> stages = new java.util.LinkedHashMap<>();
                full.stageSeconds().forEach((st, sec) -> stages.put(String.valueOf(st), sec));
                return new Result(articles.size(), tokens, c.threads(), c.rounds(), bestBare, bestFull, stages, MemoryMeter.peakHeap());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static double time(ExecutorService pool, List<Article> articles, ToLongFunction<Article> work) throws Exception {
        long t0 = System.nanoTime();
        List<Future<Long>> fs = new ArrayList<>();
        for (Article a : articles) fs.add(pool.submit(() -> work.applyAsLong(a)));
        for (Future<Long> f : fs) f.get();
        return (System.nanoTime() - t0) / 1e9;
    }
}
