package org.newskg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.newskg.derive.DerivedLayer;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.ingest.SyntheticCorpus;
import org.newskg.load.BulkLoader;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.ArticleStore;
import org.newskg.store.Credentials;
import org.newskg.store.Derivation;
import org.newskg.store.RemoteStore;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import org.newskg.vocab.NKG;
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
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "articles to copy (default: ../shared/polnear/train/text)")
    Path dir = Path.of("../shared/polnear/train/text");

    @Option(names = "--manifest", description = "metadata of DIR's articles (default: metadata.tsv beside DIR, when there is one)")
    Path manifest;

    @Option(names = "--articles", defaultValue = "1000", description = "articles of the load steps and of the small store (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--scale", split = ",", defaultValue = "10000", paramLabel = "N[,N...]",
            description = "articles of each large query store, built with the bulk path, smallest first; 0 skips them (default: ${DEFAULT-VALUE})")
    List<Integer> scales;

    @Option(names = "--runs", defaultValue = "10", description = "timed runs of each query, after the warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed runs of each query first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--budget", defaultValue = "60", description = "seconds of timed runs per query and store, after which it stops at 3 runs or more (default: ${DEFAULT-VALUE})")
    int budget;

    @Option(names = "--work", description = "where to make the directory for the corpora and stores, deleted at the end (default: the system's temporary directory)")
    Path work;

    @Option(names = "--no-queries", description = "skip the query latency runs (load, derivation and rerun steps only)")
    boolean noQueries;

    @Option(names = "--keep", description = "keep the corpora and stores")
    boolean keep;

    @Option(names = "--report", description = "also write the report (Markdown) to this file")
    Path report;

    @Option(names = "--result-limit", defaultValue = "1000", description = "the served store's result limit, as `serve --result-limit` (default: ${DEFAULT-VALUE})")
    long resultLimit;

    @Option(names = "--max-p95", defaultValue = "100", description = "milliseconds every query's p95 should stay under; a check line says whether it did (default: ${DEFAULT-VALUE})")
    double maxP95;

    @Mixin PipelineOptions pipeline;

    private static final int NEW_ARTICLES = 100;
    private final List<Row> rows = new ArrayList<>();
    /** The first `load` into a fresh store, which a load into a populated one is measured against. */
    private Row firstLoad;
    private final String loadAtStart = loadAverage();
    private final List<String> checks = new ArrayList<>();
    private boolean failedCheck;

    /** One timed step. {@code triples} is what the step wrote, or -1 when it wrote no articles. */
    record Row(String step, int articles, double seconds, long triples, long peakHeap, long peakRss) {
        Row triples(long t) { return new Row(step, articles, seconds, t, peakHeap, peakRss); }
    }

    /** Latencies of one query on one store, in milliseconds, sorted; or why it failed. */
    record Latency(long rows, double[] ms, String error) {
        double percentile(int p) { return ms[Math.max(0, (int) Math.ceil(p / 100.0 * ms.length) - 1)]; }

        String cells() {
            if (error != null) return String.format(" – | %s | – | – |", error);
            return String.format(" %,d | %,.1f | %,.1f | %d |", rows, percentile(50), percentile(95), ms.length);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || scales.stream().anyMatch(n -> n < 0) || runs < 1 || warmup < 0 || budget < 1)
            throw new IllegalArgumentException("--articles, --runs and --budget must be positive; --scale and --warmup not negative");
        List<Article> originals = originals();
        // A directory of our own, even under --work, so that cleaning up never deletes anything the user had there.
        Path base = work != null ? Files.createTempDirectory(Files.createDirectories(work), "newskg-bench-") : Files.createTempDirectory("newskg-bench-");
        try (Pipeline p = pipeline.build()) {
            // JIT and model loading would otherwise count against whichever step runs first.
            p.processAll(originals.stream().limit(20).map(a -> (IngestItem) new IngestItem.Ok(a)).toList(), r -> { });
            Path small = SyntheticCorpus.write(originals, articles, base.resolve("corpus-" + articles));
            Map<String, Long> counts = loadSteps(p, small, base);
            Map<String, Latency> smallQueries;
            Map<Integer, Map<String, Latency>> largeQueries = new TreeMap<>();
            try (Tdb2Store st = Tdb2Store.open(base.resolve("tdb-load"))) {
                smallQueries = noQueries ? Map.of() : queries(st, articles, counts.values().stream().mapToLong(Long::longValue).sum());
            }
            latencyCheck(articles, smallQueries);
            // Smallest first, each in a store of its own: one run prints every scale's figures side by side.
            for (int scale : new java.util.TreeSet<>(scales)) {
                if (scale == 0) continue;
                Path large = SyntheticCorpus.write(originals, scale, base.resolve("corpus-" + scale));
                Map<String, Latency> latencies;
                try (Tdb2Store st = Tdb2Store.open(base.resolve("tdb-" + scale))) {
                    long triples = bulkStore(p, st, large, base, scale);
                    triples += intoPopulated(p, st, originals, base, scale);
                    latencies = noQueries ? Map.of() : queries(st, scale, triples);
                }
                largeQueries.put(scale, latencies);
                checks.add(String.format("disk size of the %,d-article store (TDB2 and text index, after the runs above): %,d MB", scale,
                        diskSize(base.resolve("tdb-" + scale)) >> 20));
                latencyCheck(scale, latencies);
                if (!keep) {
                    deleteTree(base.resolve("tdb-" + scale));
                    deleteTree(large);
                }
            }
            print(originals.size(), p.threads(), smallQueries, largeQueries);
        } finally {
            if (!keep) deleteTree(base);
            else System.err.println("newskg bench load: corpora and stores kept in " + base);
        }
        return failedCheck ? Main.FATAL : Main.OK;
    }

    private List<Article> originals() throws IOException, org.newskg.ingest.IngestException {
        Path m = manifest;
        if (m == null && dir.toAbsolutePath().getParent() != null && Files.isRegularFile(dir.toAbsolutePath().getParent().resolve("metadata.tsv")))
            m = dir.toAbsolutePath().getParent().resolve("metadata.tsv");
        Ingest ingest = m == null ? Ingest.create() : Ingest.withManifest(Manifest.read(m));
        List<Article> out = new ArrayList<>();
        for (IngestItem i : ingest.read(List.of(dir.toString()))) if (i instanceof IngestItem.Ok ok) out.add(ok.article());
        if (out.isEmpty()) throw new IllegalArgumentException("no articles in " + dir);
        return out;
    }

    /** Steps 1 to 6 on the small corpus; returns the per-graph counts of the first incremental load. */
    private Map<String, Long> loadSteps(Pipeline p, Path corpus, Path base) throws Exception {
        List<String> input = List.of(corpus.toString());
        int n = articles;
        Path nq = base.resolve("articles-" + n + ".nq");

        note("(1) extracting " + n + " articles to N-Quads");
        Meter m = Meter.start();
        LoadSummary x = BulkLoader.extract(p, read(input), nq, s -> { });
        Row r = m.row("extract to N-Quads, no store", n, m.seconds(), 0);
        requireAll(x, n, "extraction");
        try (Stream<String> lines = Files.lines(nq, StandardCharsets.UTF_8)) {
            rows.add(r.triples(lines.filter(l -> !l.isBlank()).count()));
        }

        Map<String, Long> first;
        note("(2) load into a fresh TDB2 store");
        try (Tdb2Store st = Tdb2Store.open(base.resolve("tdb-load"))) {
            m = Meter.start();
            LoadSummary s = incremental(st, p, input, false);
            firstLoad = m.row("`load` → fresh TDB2 (extraction + 1 transaction per article)", n, m.seconds(), 0);
            requireAll(s, n, "load");
            first = st.graphSizes();
            rows.add(firstLoad = firstLoad.triples(total(first)));
        }

        note("(3) one write transaction per article from the N-Quads");
        Map<String, Long> perTxn = timedWrite(base.resolve("tdb-txn"), "TDB2, 1 transaction per article, same N-Quads (no extraction)", n,
                st -> transactionPerArticle(st.dataset(), nq));
        check("transaction-per-article store = `load` store, graph for graph", first.equals(perTxn), first, perTxn);

        note("(4) Jena's phased bulk loader on the same N-Quads");
        Map<String, Long> bulk = timedWrite(base.resolve("tdb-bulk"), "Jena phased bulk loader → fresh TDB2, same N-Quads", n,
                st -> BulkLoader.build(st, nq));
        check("bulk-loaded store = `load` store, graph for graph", first.equals(bulk), first, bulk);

        note("(5) load over HTTP into Fuseki");
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        Credentials c = new Credentials("bench", HexFormat.of().formatHex(secret).toCharArray());
        Row httpRerun;
        try (Tdb2Store backing = Tdb2Store.open(base.resolve("tdb-http"));
             NewsKgServer server = NewsKgServer.builder().dataset(backing.dataset()).port(0).ui(false).credentials(Optional.of(c)).build().start();
             RemoteStore remote = RemoteStore.connect(server.datasetUrl(), Optional.of(c))) {
            m = Meter.start();
            LoadSummary s = incremental(remote, p, input, false);
            r = m.row("`load --endpoint` → Fuseki over HTTP, same JVM (extraction + 1 update per article)", n, m.seconds(), 0);
            requireAll(s, n, "load over HTTP");
            Map<String, Long> http = remote.graphSizes();
            rows.add(r.triples(total(http)));
            check("store loaded over HTTP = `load` store, graph for graph", first.equals(http), first, http);
            m = Meter.start();
            s = incremental(remote, p, input, false);
            httpRerun = m.row("`load --endpoint` again, nothing changed", n, m.seconds(), -1);
            check("HTTP rerun skipped every article", s.skipped() == n && s.loaded() == 0, null, null);
        }

        note("(6) rerun with nothing changed, then a forced reload");
        try (Tdb2Store st = Tdb2Store.open(base.resolve("tdb-load"))) {
            m = Meter.start();
            LoadSummary s = incremental(st, p, input, false);
            Row rerun = m.row("`load` again, nothing changed → same TDB2", n, m.seconds(), -1);
            rows.add(rerun);
            rows.add(httpRerun);
            check("rerun skipped every article", s.skipped() == n && s.loaded() == 0, null, null);
            Map<String, Long> after = st.graphSizes();
            check("per-graph counts unchanged after the rerun", first.equals(after), first, after);
            double speedup = firstLoad.seconds() / rerun.seconds();
            checks.add(String.format("rerun speed-up: %.1f s / %.2f s = %.0f× (at least 20×: %s)", firstLoad.seconds(), rerun.seconds(),
                    speedup, speedup >= 20 ? "yes" : "NO"));

            m = Meter.start();
            s = incremental(st, p, input, true);
            r = m.row("`load --force`, the same articles again → same TDB2", n, m.seconds(), 0);
            requireAll(s, n, "forced reload");
            after = st.graphSizes();
            rows.add(r.triples(total(after)));
            check("per-graph counts unchanged after loading the same " + n + " articles twice (--force)", first.equals(after), first, after);
        }
        Files.deleteIfExists(nq);
        for (String d : List.of("tdb-txn", "tdb-bulk", "tdb-http")) if (!keep) deleteTree(base.resolve(d));
        return first;
    }

    /**
     * Writes the extracted N-Quads into a fresh store one way, timed, then derives the claim links as {@code load}
     * does, so the store compares graph for graph; its row counts the articles' triples only.
     */
    private Map<String, Long> timedWrite(Path dir, String label, int n, Consumer<Tdb2Store> write) {
        try (Tdb2Store st = Tdb2Store.open(dir)) {
            Meter m = Meter.start();
            write.accept(st);
            Row r = m.row(label, n, m.seconds(), 0);
            DerivedLayer.create().rebuild(st);
            Map<String, Long> sizes = st.graphSizes();
            rows.add(r.triples(total(sizes) - claimLinks(sizes)));
            return sizes;
        }
    }

    /** The large store, built the bulk way in two timed steps plus the claim links; returns its triples. */
    private long bulkStore(Pipeline p, Tdb2Store st, Path corpus, Path base, int scale) throws Exception {
        Path nq = base.resolve("articles-" + scale + ".nq");
        note("(7) extracting " + scale + " articles to N-Quads");
        Meter m = Meter.start();
        LoadSummary x = BulkLoader.extract(p, read(List.of(corpus.toString())), nq, s -> { });
        Row extract = m.row("extract to N-Quads, no store", scale, m.seconds(), 0);
        requireAll(x, scale, "extraction");
        note("(8) Jena's phased bulk loader on them");
        m = Meter.start();
        BulkLoader.build(st, nq);
        Row build = m.row("Jena phased bulk loader → fresh TDB2", scale, m.seconds(), 0);
        long loaded = total(st.graphSizes());
        rows.add(extract.triples(loaded));
        rows.add(build.triples(loaded));
        m = Meter.start();
        Derivation.Result d = DerivedLayer.create().rebuild(st);
        long derived = claimLinks(st.graphSizes());
        rows.add(m.row(String.format("derived layer (%,d blocks, %,d utterances, %,d persons resolved), over the whole store", d.blocks(), d.utterances(), d.resolved()),
                scale, m.seconds(), -1));
        Files.deleteIfExists(nq);
        return loaded + derived;
    }

    /**
     * A scheduled load into the populated store: {@link #NEW_ARTICLES} articles it has not seen, through {@code load}'s
     * incremental path, which derives only the blocks they touch; then the same run again, which changes nothing.
     */
    private long intoPopulated(Pipeline p, Tdb2Store st, List<Article> originals, Path base, int scale) throws Exception {
        Path fresh = SyntheticCorpus.write(originals, scale, NEW_ARTICLES, base.resolve("corpus-new-" + NEW_ARTICLES + "-into-" + scale));
        note("(9) " + NEW_ARTICLES + " new articles loaded into the " + scale + "-article store");
        long before = total(st.graphSizes());
        Meter m = Meter.start();
        LoadSummary s = incremental(st, p, List.of(fresh.toString()), false);
        Row r = m.row(String.format("`load` of %d new articles into the %,d-article store (extraction, derived blocks they touch)", NEW_ARTICLES, scale),
                NEW_ARTICLES, m.seconds(), 0);
        requireAll(s, NEW_ARTICLES, "incremental load into the populated store");
        long added = total(st.graphSizes()) - before;
        rows.add(r.triples(added));
        double perArticle = r.seconds() / NEW_ARTICLES, firstPerArticle = firstLoad.seconds() / firstLoad.articles();
        checks.add(String.format("a load into the populated store, per article: %.3f s into the %,d-article store against %.3f s into a fresh one"
                + " (the first `load` of %,d), %.1f×", perArticle, scale, firstPerArticle, firstLoad.articles(), perArticle / firstPerArticle));
        note("(10) the same run again: nothing changed");
        m = Meter.start();
        LoadSummary again = incremental(st, p, List.of(fresh.toString()), false);
        rows.add(m.row("`load` again into the populated store, nothing changed", NEW_ARTICLES, m.seconds(), -1));
        checks.add("populated-store rerun skipped every article: " + (again.skipped() == NEW_ARTICLES && again.loaded() == 0 ? "yes" : "NO"));
        if (again.loaded() != 0) failedCheck = true;
        return added;
    }

    /** Whether every query as written answered with a p95 under the bound; a timing, so it never fails the run. */
    private void latencyCheck(int n, Map<String, Latency> latencies) {
        if (latencies.isEmpty()) return;
        List<String> over = new ArrayList<>();
        for (var e : latencies.entrySet()) {
            if (e.getKey().contains("(")) continue;
            Latency l = e.getValue();
            if (l.error() != null || l.ms().length == 0 || l.percentile(95) >= maxP95) over.add(e.getKey());
        }
        checks.add(String.format("every query as written answers with p95 under %.0f ms on the %,d-article store (result limit %,d): %s", maxP95, n,
                resultLimit, over.isEmpty() ? "yes" : "NO, " + String.join(", ", over)));
    }

    static long diskSize(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /**
     * Every bundled query over HTTP through a read-only Fuseki on the store, as analysts run them: served as
     * {@code newskg serve --result-limit} serves, warmed up as it is.
     */
    private Map<String, Latency> queries(Tdb2Store st, int n, long triples) {
        note("queries on the " + n + "-article store");
        Map<String, Latency> out = new TreeMap<>();
        Meter m = Meter.start();
        try (NewsKgServer server = NewsKgServer.builder().dataset(st.dataset()).port(0).ui(false).resultLimit(resultLimit).build().start()) {
            server.warmUp(NewsKgServer.WARMUP_BUDGET);
            String endpoint = server.datasetUrl() + "/query";
            for (String name : QueryLibrary.names()) {
                String text = QueryLibrary.text(name);
                Query q = QueryFactory.create(text);
                out.put(name, time(endpoint, q, Map.of()));
            }
        }
        double sec = m.seconds();
        rows.add(m.row("every query × " + (warmup + runs) + " runs over HTTP (store of " + String.format("%,d", triples) + " triples)", n, sec, -1));
        return out;
    }

    private Latency time(String endpoint, Query q, Map<String, Node> params) {
        double[] ms = new double[runs];
        double spent = 0;
        int done = 0;
        long count = 0;
        try {
            for (int i = -warmup; i < runs; i++) {
                long t0 = System.nanoTime();
                var b = QueryExecHTTP.service(endpoint).query(q);
                params.forEach(b::substitution);
                long c = 0;
                try (QueryExec qe = b.build()) {
                    RowSet rs = qe.select();
                    while (rs.hasNext()) {
                        rs.next();
                        c++;
                    }
                }
                count = c;
                if (i < 0) continue;
                ms[done++] = (System.nanoTime() - t0) / 1e6;
                spent += ms[done - 1] / 1e3;
                if (done >= 3 && spent > budget) break;
            }
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            // Fuseki answers 503 when its query timeout cancels a query; the row says so instead of ending the benchmark.
            return new Latency(-1, new double[0], e.getStatusCode() == 503 ? "timed out (HTTP 503)" : "failed: HTTP " + e.getStatusCode());
        } catch (RuntimeException e) {
            return new Latency(-1, new double[0], "failed: " + e.getClass().getSimpleName());
        }
        double[] timed = java.util.Arrays.copyOf(ms, done);
        java.util.Arrays.sort(timed);
        return new Latency(count, timed, null);
    }

    /** What {@code newskg load} does after parsing its options: read the inputs, install the schemes, load. */
    private static LoadSummary incremental(ArticleStore st, Pipeline p, List<String> input, boolean force) {
        List<IngestItem> items = read(input);
        SchemeGraphs.install(st);
        return Loader.builder().store(st).pipeline(p).force(force).derivation(DerivedLayer.create()).build().load(items);
    }

    private static List<IngestItem> read(List<String> input) { return Ingest.create().read(input); }

    /**
     * The write path of {@code load} without the extraction: each article's graph with its load record in one
     * write transaction. The N-Quads hold each article graph followed by its record in the metadata graph.
     */
    private static void transactionPerArticle(DatasetGraph dsg, Path nq) {
        Node meta = NodeFactory.createURI(NKG.META_GRAPH);
        List<Quad> batch = new ArrayList<>();
        Node[] current = {null};
        Runnable flush = () -> {
            if (batch.isEmpty()) return;
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(current[0], Node.ANY, Node.ANY, Node.ANY);
                batch.forEach(dsg::add);
            });
            batch.clear();
        };
        RDFParser.source(nq).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (!q.getGraph().equals(current[0]) && !q.getGraph().equals(meta)) {
                    flush.run();
                    current[0] = q.getGraph();
                }
                batch.add(q);
            }
        });
        flush.run();
    }

    private static long total(Map<String, Long> counts) { return counts.values().stream().mapToLong(Long::longValue).sum(); }

    /** Triples of the derived layer, which the loaders do not write themselves. */
    private static long claimLinks(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(DerivedLayer.META)).mapToLong(Map.Entry::getValue).sum();
    }

    private static void requireAll(LoadSummary s, int n, String what) {
        if (s.loaded() != n)
            throw new IllegalStateException(what + ": " + s.line() + (s.failures().isEmpty() ? "" : "; first failure: " + s.failures().get(0)));
    }

    private void check(String what, boolean ok, Map<String, Long> expected, Map<String, Long> actual) {
        String detail = expected == null ? "" : String.format(" (%,d graphs, %,d triples)", expected.size(), total(expected));
        if (!ok && expected != null) {
            long differ = expected.keySet().stream().filter(g -> !expected.get(g).equals(actual.get(g))).count()
                    + actual.keySet().stream().filter(g -> !expected.containsKey(g)).count();
            detail += String.format(": %,d graphs differ, got %,d graphs, %,d triples", differ, actual.size(), total(actual));
        }
        checks.add(what + ": " + (ok ? "yes" : "NO") + detail);
        if (!ok) failedCheck = true;
    }

    private static void note(String s) { System.err.println("newskg bench load: " + s); }

    private void print(int originals, int threads, Map<String, Latency> small, Map<Integer, Map<String, Latency>> large) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(String.format("newskg bench load, %s, extractor %s. Machine: %s. Load average (1 min) %s at the start, %s at the end.%n",
                LocalDate.now(), Extractor.VERSION, machine(), loadAtStart, loadAverage()));
        b.append(String.format("Max heap %,d MB; %d pipeline threads. Articles: copies of the %,d in %s with new ids, rotated outlets and shifted dates.%n",
                Runtime.getRuntime().maxMemory() >> 20, threads, originals, dir));
        b.append(String.format("Seconds include reading the JSON Lines input; `load` rows include the extraction. Triples: what the step wrote, as quads"
                + " (article graphs, load records, schemes; claim links not counted for the loaders that do not derive them).%n%n"));
        b.append("| step | articles | seconds | triples | triples/s | peak heap MB | peak RSS MB |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            b.append(String.format("| %s | %,d | %.2f | %s | %s | %,d | %,d |%n", r.step(), r.articles(), r.seconds(),
                    r.triples() < 0 ? "–" : String.format("%,d", r.triples()),
                    r.triples() <= 0 ? "–" : String.format("%,.0f", r.triples() / r.seconds()), r.peakHeap() >> 20, r.peakRss() >> 20));
        }
        b.append('\n');
        for (String c : checks) b.append("- ").append(c).append('\n');
        b.append(String.format("%nQuery latency in ms over HTTP (Fuseki on 127.0.0.1, the client in the same JVM: request, every row parsed),"
                + " %d warm-up runs, then %d timed runs (fewer, but 3 at least, once a query has used %d s); p95 is the nearest rank.%n%n",
                warmup, runs, budget));
        b.append(String.format("| query | rows (%,d) | p50 | p95 | runs |", articles));
        large.keySet().forEach(n -> b.append(String.format(" rows (%,d) | p50 | p95 | runs |", n)));
        b.append('\n').append("| --- | ---: | ---: | ---: | ---: |").append(" ---: | ---: | ---: | ---: |".repeat(large.size())).append('\n');
        for (String q : small.keySet()) {
            b.append("| ").append(q).append(" |").append(small.get(q).cells());
            for (Map<String, Latency> atScale : large.values()) {
                Latency l = atScale.get(q);
                b.append(l != null ? l.cells() : " – | – | – | – |");
            }
            b.append('\n');
        }
        String text = b.toString();
        PrintStream out = System.out;
        out.print(text);
        out.flush();
        if (report != null) Files.writeString(report, text, StandardCharsets.UTF_8);
    }

    private static String machine() {
        String cpu = "", mem = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").orElse("");
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> String.format(", %.1f GiB RAM", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("");
        } catch (IOException | RuntimeException e) {
            // Not Linux: the JVM's own view below is still worth printing.
        }
        return cpu + Runtime.getRuntime().availableProcessors() + " cores" + mem + ", " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The machine is shared: other work on it shows here. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    /**
     * Time and peak memory of one step. Heap: the sum of the heap pools' peaks since the step began, after a
     * collection, so it includes garbage not yet collected and is an upper bound. RSS: the kernel's high-water
     * mark, reset through /proc/self/clear_refs; it includes the TDB2 files mapped into memory.
     */
    static final class Meter {
        private final long t0;

        private Meter() {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
            try {
                Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            } catch (IOException | RuntimeException e) {
                // Then the RSS column shows the process's high-water mark so far.
            }
            t0 = System.nanoTime();
        }

        static Meter start() { return new Meter(); }

        double seconds() { return (System.nanoTime() - t0) / 1e9; }

        Row row(String step, int articles, double seconds, long triples) {
            return new Row(step, articles, seconds, triples, heapPeak(), rssPeak());
        }

        /** The sum of the heap pools' peaks: an upper bound on the heap in use at any one time. */
        static long heapPeak() {
            long sum = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
            return sum;
        }

        private static long rssPeak() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:")).findFirst()
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) << 10).orElse(0L);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
