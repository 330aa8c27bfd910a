package org.newskg.bench;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Query latency over HTTP against a running server.",
                "Every bundled query, sent as written to --endpoint as an analyst's script would send it: rows, p50 and p95",
                "(nearest rank) per query. Exits 1 when a query fails or its p95 is over --max-p95."})
final class QueryBenchCommand implements Callable<Integer> {
    @Option(names = "--endpoint", defaultValue = "http://127.0.0.1:3030/newskg/query", description = "the SPARQL query endpoint (default: ${DEFAULT-VALUE})")
    String endpoint;

    @Option(names = "--max-p95", defaultValue = "100", description = "milliseconds every query's p95 should stay under (default: ${DEFAULT-VALUE})")
    double maxP95;

    @Mixin ProbeOptions latency;

    @Mixin Report report;

    @Override
    public Integer call() throws Exception {
        QueryBench.Outcome o = QueryBench.run(new QueryBench.Config(endpoint, latency.probe(), maxP95));
        report.publish("newskg bench queries --endpoint " + endpoint, o.markdown(), System.out);
        return o.allUnder() ? BenchMain.OK : BenchMain.FAILED;
    }
}
