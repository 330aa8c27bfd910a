package org.newskg.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * How long something takes, the one probe every latency benchmark uses: untimed warm-up runs, then timed runs
 * until {@code runs} or, once three are timed, until the time budget is spent. Over HTTP it sends a query as an
 * analyst's script would and reads every row of the answer.
 */
public record LatencyProbe(int warmup, int runs, double budgetSeconds) {
    public LatencyProbe {
        if (warmup < 0 || runs < 1 || budgetSeconds <= 0) throw new IllegalArgumentException("warm-up not negative, runs and budget positive");
    }

    /** Latencies in milliseconds, sorted, and the rows of the last run; or why it failed. */
    public record Latency(long rows, double[] ms, String error) {
        /** The nearest-rank percentile. */
        public double percentile(int p) { return ms[Math.max(0, (int) Math.ceil(p / 100.0 * ms.length) - 1)]; }

        public boolean ok() { return error == null && ms.length > 0; }

        /** The row's cells in a Markdown table: rows, p50, p95, runs. */
        public String cells() {
            if (error != null) return String.format(" – | %s | – | – |", error);
            return String.format(" %,d | %,.1f | %,.1f | %d |", rows, percentile(50), percentile(95), ms.length);
        }
    }

    /** Times {@code run}, which returns the rows it read. */
    public Latency time(Callable<Long> run) {
        double[] ms = new double[runs];
        double spent = 0;
        int done = 0;
        long count = 0;
        try {
            for (int i = -warmup; i < runs; i++) {
                long t0 = System.nanoTime();
                count = run.call();
                if (i < 0) continue;
                ms[done++] = (System.nanoTime() - t0) / 1e6;
                spent += ms[done - 1] / 1e3;
                if (done >= 3 && spent > budgetSeconds) break;
            }
        } catch (QueryExceptionHTTP e) {
            // Fuseki answers 503 when its query timeout cancels a query; the row says so instead of ending the benchmark.
            return new Latency(-1, new double[0], e.getStatusCode() == 503 ? "timed out (HTTP 503)" : "failed: HTTP " + e.getStatusCode());
        } catch (Exception e) {
            return new Latency(-1, new double[0], "failed: " + e.getClass().getSimpleName());
        }
        double[] timed = Arrays.copyOf(ms, done);
        Arrays.sort(timed);
        return new Latency(count, timed, null);
    }

    /** Times a query sent over HTTP to {@code endpoint} with its parameters bound, every row of the answer read. */
    public Latency time(String endpoint, Query query, Map<String, Node> params) {
        return time(() -> {
            var b = QueryExecHTTP.service(endpoint).query(query);
            params.forEach(b::substitution);
            long c = 0;
            try (QueryExec qe = b.build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    rs.next();
                    c++;
                }
            }
            return c;
        });
    }
}
