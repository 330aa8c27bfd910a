package org.newskg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.newskg.query.QueryLibrary;

/**
 * Every bundled query sent as written (its parameters unbound) to a running SPARQL endpoint, as an analyst's script
 * would send it, timed with {@link LatencyProbe}: rows, p50 and p95 per query, and which failed or went over the
 * bound. Measures a server from outside, e.g. {@code newskg serve} on a large store.
 */
public final class QueryBench {
    private QueryBench() {}

    public record Config(String endpoint, LatencyProbe probe, double maxP95) {}

    /** The table, and whether every query answered under the bound. */
    public record Outcome(String markdown, boolean allUnder) {}

    public static Outcome run(Config c) {
        StringBuilder out = new StringBuilder("| query | rows | p50 ms | p95 ms | runs |\n| --- | ---: | ---: | ---: | ---: |\n");
        List<String> over = new ArrayList<>();
        for (String name : QueryLibrary.names()) {
            LatencyProbe.Latency l = c.probe().time(c.endpoint(), QueryFactory.create(QueryLibrary.text(name)), Map.of());
            boolean under = l.ok() && l.percentile(95) < c.maxP95();
            if (!under) over.add(name);
            out.append("| ").append(name).append(" |").append(l.cells()).append(under || !l.ok() ? "" : " over").append('\n');
        }
        out.append(String.format("%nevery query answers with p95 under %.0f ms at %s: %s%n", c.maxP95(), c.endpoint(),
                over.isEmpty() ? "yes" : "NO, " + String.join(", ", over)));
        return new Outcome(out.toString(), over.isEmpty());
    }
}
