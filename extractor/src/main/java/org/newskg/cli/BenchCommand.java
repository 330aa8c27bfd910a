package org.newskg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.newskg.pipeline.ArticleResult;
import org.newskg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {LoadBenchCommand.class, WarcBenchCommand.class, HtmlBenchCommand.class},
        description = {"Measure extraction throughput against bare OpenNLP.",
                "Throughput of the bare OpenNLP pass (sentences, tokens, POS) and of the full extraction",
                "(NLP with lemmas and names, extraction, resolution, RDF, SHACL), measured in one run on the same",
                "articles and threads, and their ratio. Run with -Xmx512m to show extraction fits in it.",
                "`bench load` is the load and query benchmark, `bench html` the HTML article-body benchmark."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "articles (default: ../shared/polnear/train/text)")
    Path dir = Path.of("../shared/polnear/train/text");

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--limit", description = "use only the first N articles")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--rounds", defaultValue = "2", description = "timed rounds of each pass, alternating; the best of each is reported (default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (IngestItem i : Ingest.create().read(List.of(dir.toString()))) {
            if (i instanceof IngestItem.Ok ok && articles.size() < limit) articles.add(ok.article());
        }
        if (articles.isEmpty()) throw new IllegalArgumentException("no articles in " + dir);
        NlpModels models = NlpModels.defaults();
        ThreadLocal<Analyzer> bare = ThreadLocal.withInitial(() -> new Analyzer(models, Analyzer.Level.BARE));
        try (Pipeline full = Pipeline.builder().models(models).threads(threads).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                // Warm-up: JIT and class loading would otherwise count against whichever pass runs first.
                List<Article> warm = articles.subList(0, Math.min(20, articles.size()));
                time(pool, warm, a -> bare.get().analyze(a).tokenCount());
                time(pool, warm, a -> full.process(a).tokens());
                double bestBare = Double.MAX_VALUE, bestFull = Double.MAX_VALUE;
                long tokens = 0;
                for (int r = 0; r < rounds; r++) {
                    AtomicLong tok = new AtomicLong();
                    double tb = time(pool, articles, a -> { long n = bare.get().analyze(a).tokenCount(); tok.addAndGet(n); return n; });
                    double tf = time(pool, articles, a -> { ArticleResult res = full.process(a); return res.tokens(); });
                    bestBare = Math.min(bestBare, tb);
                    bestFull = Math.min(bestFull, tf);
                    tokens = tok.get();
                }
                int n = articles.size();
                System.out.printf("articles: %d, tokens: %d, threads: %d, rounds: %d (best of each)%n", n, tokens, threads, rounds);
                System.out.printf("%-44s %10s %12s %14s%n", "pass", "seconds", "articles/s", "tokens/s");
                System.out.printf("%-44s %10.2f %12.1f %14.0f%n", "bare OpenNLP (sentences, tokens, POS)", bestBare, n / bestBare, tokens / bestBare);
                System.out.printf("%-44s %10.2f %12.1f %14.0f%n", "full extraction (to validated RDF)", bestFull, n / bestFull, tokens / bestFull);
                System.out.printf("ratio (full throughput / bare throughput): %.2f   (full costs %.2fx the bare pass)%n", bestBare / bestFull, bestFull / bestBare);
                full.stageSeconds().forEach((st, sec) -> System.out.printf("  stage %-16s %8.2f s (all rounds, summed over threads)%n", st, sec));
                System.out.printf("max heap: %d MB, peak heap used: %d MB%n", Runtime.getRuntime().maxMemory() >> 20, LoadBenchCommand.Meter.heapPeak() >> 20);
            } finally {
                pool.shutdownNow();
            }
        }
        return Main.OK;
    }

    private static double time(ExecutorService pool, List<Article> articles, ToLongFunction<Article> work) throws Exception {
        long t0 = System.nanoTime();
        List<Future<Long>> fs = new ArrayList<>();
        for (Article a : articles) fs.add(pool.submit(() -> work.applyAsLong(a)));
        for (Future<Long> f : fs) f.get();
        return (System.nanoTime() - t0) / 1e9;
    }
}
