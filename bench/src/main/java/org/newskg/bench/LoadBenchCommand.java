package org.newskg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load and query benchmark, printed as Markdown in one run.",
                "On N articles: `load` into a fresh TDB2 store, one write transaction per article and Jena's bulk",
                "loader on the same N-Quads, `load` over HTTP into Fuseki, a rerun with nothing changed and a forced",
                "reload, comparing per-graph triple counts after each. Then the p50/p95 latency over HTTP of every",
                "bundled query on the N store and on a SCALE store. Peak heap and RSS of every step. The articles",
                "are DIR's articles copied with new ids, rotated outlets and shifted dates."})
final class LoadBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = BenchMain.SHARED + "/polnear/train/text",
            description = "articles to copy (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--manifest", description = "metadata of DIR's articles (default: metadata.tsv beside DIR, when there is one)")
    Path manifest;

    @Option(names = "--articles", defaultValue = "1000", description = "articles of the load steps and of the small store (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--scale", split = ",", defaultValue = "10000", paramLabel = "N[,N...]",
            description = "articles of each large query store, built with the bulk path, smallest first; 0 skips them (default: ${DEFAULT-VALUE})")
    List<Integer> scales;

    @Option(names = "--work", description = "where to make the directory for the corpora and stores, deleted at the end (default: the system's temporary directory)")
    Path work;

    @Option(names = "--no-queries", description = "skip the query latency runs (load, derivation and rerun steps only)")
    boolean noQueries;

    @Option(names = "--keep", description = "keep the corpora and stores")
    boolean keep;

    @Option(names = "--result-limit", defaultValue = "1000", description = "the served store's result limit, as `serve --result-limit` (default: ${DEFAULT-VALUE})")
    long resultLimit;

    @Option(names = "--max-p95", defaultValue = "100", description = "milliseconds every query's p95 should stay under; a check line says whether it did (default: ${DEFAULT-VALUE})")
    double maxP95;

    @Option(names = "--threads", description = "pipeline worker threads (default: all cores)")
    Integer threads;

    @Mixin ProbeOptions latency;

    @Mixin Report report;

    @Override
    public Integer call() throws Exception {
        LoadBench.Outcome o = LoadBench.run(new LoadBench.Config(dir, Optional.ofNullable(manifest), articles, scales, latency.probe(),
                Optional.ofNullable(work), !noQueries, keep, resultLimit, maxP95, Optional.ofNullable(threads)));
        report.publish("newskg bench load --articles " + articles + " --scale " + scales.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""),
                o.markdown(), System.out);
        return o.checksHeld() ? BenchMain.OK : BenchMain.FAILED;
    }
}
