package org.newskg.bench;

import java.io.IOException;
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
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.newskg.derive.DerivedLayer;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestException;
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

/**
 * The load and query benchmark. On N articles: {@code load} into a fresh TDB2 store, one write transaction per
 * article and Jena's bulk loader on the same N-Quads, {@code load} over HTTP into Fuseki, a rerun with nothing
 * changed and a forced reload, comparing per-graph triple counts after each. Then, per SCALE, a store built the bulk
 * way, its derived layer, a load of new articles into it and the p50/p95 latency over HTTP of every bundled query.
 * Peak heap and RSS of every step. The articles are DIR's articles copied with new ids, rotated outlets and shifted
 * dates ({@link SyntheticCorpus}).
 */
public final class LoadBench {
    private static final int NEW_ARTICLES = 100;

    public record Config(Path dir, Optional<Path> manifest, int articles, List<Integer> scales, LatencyProbe probe, Optional<Path> work,
                         boolean queries, boolean keep, long resultLimit, double maxP95, Optional<Integer> threads) {
        public Config {
            if (articles < 1 || scales.stream().anyMatch(n -> n < 0))
                throw new IllegalArgumentException("--articles must be positive and --scale not negative");
            scales = List.copyOf(new TreeSet<>(scales));
        }
    }

    /** The report, and whether every check held. */
    public record Outcome(String markdown, boolean checksHeld) {}

    /** One timed step. {@code triples} is what the step wrote, or -1 when it wrote no articles. */
    record Row(String step, int articles, double seconds, long triples, long peakHeap, long peakRss) {
        static Row of(MemoryMeter m, String step, int articles, long triples) {
            return new Row(step, articles, m.seconds(), triples, MemoryMeter.peakHeap(), MemoryMeter.peakRss());
        }

        Row triples(long t) { return new Row(step, articles, seconds, t, peakHeap, peakRss); }
    }

    private final Config config;
    private final Derivation derivation = DerivedLayer.create();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final String loadAtStart = MachineInfo.loadAverage();
    /** The first `load` into a fresh store, which a load into a populated one is measured against. */
    private Row firstLoad;
    private boolean failedCheck;

    private LoadBench(Config config) { this.config = config; }

    public static Outcome run(Config config) throws Exception { return new LoadBench(config).run(); }

    private Outcome run() throws Exception {
        List<Article> originals = originals();
        // A directory of our own, even under --work, so that cleaning up never deletes anything the user had there.
        Path base = config.work().isPresent() ? Files.createTempDirectory(Files.createDirectories(config.work().get()), "newskg-bench-")
                : Files.createTempDirectory("newskg-bench-");
        Pipeline.Builder pb = Pipeline.builder();
        config.threads().ifPresent(pb::threads);
        try (Pipeline p = pb.build()) {
            // JIT and model loading would otherwise count against whichever step runs first.
            p.processAll(originals.stream().limit(20).map(a -> (IngestItem) new IngestItem.Ok(a)).toList(), r -> { });
            int n = config.articles();
            Path small = SyntheticCorpus.write(originals, n, base.resolve("corpus-" + n));
            GraphCounts counts = loadSteps(p, small, base);
            Map<String, LatencyProbe.Latency> smallQueries;
            Map<Integer, Map<String, LatencyProbe.Latency>> largeQueries = new TreeMap<>();
            try (Tdb2Store st = Tdb2Store.open(base.resolve("tdb-load"))) {
                smallQueries = config.queries() ? queries(st, n, counts.total()) : Map.of();
            }
            latencyCheck(n, smallQueries);
            // Smallest first, each in a store of its own: one run prints every scale's figures side by side.
            for (int scale : config.scales()) {
                if (scale == 0) continue;
                Path large = SyntheticCorpus.write(originals, scale, base.resolve("corpus-" + scale));
                Map<String, LatencyProbe.Latency> latencies;
                try (Tdb2Store st = Tdb2Store.open(base.resolve("tdb-" + scale))) {
                    long triples = bulkStore(p, st, large, base, scale);
                    triples += intoPopulated(p, st, originals, base, scale);
                    latencies = config.queries() ? queries(st, scale, triples) : Map.of();
                }
                largeQueries.put(scale, latencies);
                checks.add(String.format("disk size of the %,d-article store (TDB2 and text index, after the runs above): %,d MB", scale,
                        diskSize(base.resolve("tdb-" + scale)) >> 20));
                latencyCheck(scale, latencies);
                if (!config.keep()) {
                    deleteTree(base.resolve("tdb-" + scale));
                    deleteTree(large);
                }
            }
            return new Outcome(markdown(originals.size(), p.threads(), smallQueries, largeQueries), !failedCheck);
        } finally {
            if (!config.keep()) deleteTree(base);
            else note("corpora and stores kept in " + base);
        }
    }

    private List<Article> originals() throws IOException, IngestException {
        Path dir = config.dir();
        Path m = config.manifest().orElse(null);
        if (m == null && dir.toAbsolutePath().getParent() != null && Files.isRegularFile(dir.toAbsolutePath().getParent().resolve("metadata.tsv")))
            m = dir.toAbsolutePath().getParent().resolve("metadata.tsv");
        Ingest ingest = m == null ? Ingest.create() : Ingest.withManifest(Manifest.read(m));
        List<Article> out = new ArrayList<>();
        for (IngestItem i : ingest.read(List.of(dir.toString()))) if (i instanceof IngestItem.Ok ok) out.add(ok.article());
        if (out.isEmpty()) throw new IllegalArgumentException("no articles in " + dir);
        return out;
    }

    /** Steps 1 to 6 on the small corpus; returns the per-graph counts of the first incremental load. */
    private GraphCounts loadSteps(Pipeline p, Path corpus, Path base) throws Exception {
        List<String> input = List.of(corpus.toString());
        int n = config.articles();
        Path nq = base.resolve("articles-" + n + ".nq");

        note("(1) extracting " + n + " articles to N-Quads");
        MemoryMeter m = MemoryMeter.start();
        LoadSummary x = BulkLoader.extract(p, read(input), nq, s -> { });
        Row r = Row.of(m, "extract to N-Quads, no store", n, 0);
        requireAll(x, n, "extraction");
        try (Stream<String> lines = Files.lines(nq, StandardCharsets.UTF_8)) {
            rows.add(r.triples(lines.filter(l -> !l.isBlank()).count()));
        }

        GraphCounts first;
        note("(2) load into a fresh TDB2 store");
        try (Tdb2Store st = Tdb2Store.open(base.resolve("tdb-load"))) {
            m = MemoryMeter.start();
            LoadSummary s = incremental(st, p, input, false);
            firstLoad = Row.of(m, "`load` → fresh TDB2 (extraction + 1 transaction per article)", n, 0);
            requireAll(s, n, "load");
            first = new GraphCounts(st.graphSizes());
            rows.add(firstLoad = firstLoad.triples(first.total()));
        }

        note("(3) one write transaction per article from the N-Quads");
        GraphCounts perTxn = timedWrite(base.resolve("tdb-txn"), "TDB2, 1 transaction per article, same N-Quads (no extraction)", n,
                st -> TransactionPerArticle.write(st.dataset(), nq));
        check("transaction-per-article store = `load` store, graph for graph", first, perTxn);

        note("(4) Jena's phased bulk loader on the same N-Quads");
        GraphCounts bulk = timedWrite(base.resolve("tdb-bulk"), "Jena phased bulk loader → fresh TDB2, same N-Quads", n, st -> BulkLoader.build(st, nq));
        check("bulk-loaded store = `load` store, graph for graph", first, bulk);

        note("(5) load over HTTP into Fuseki");
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        Credentials c = new Credentials("bench", HexFormat.of().formatHex(secret).toCharArray());
        Row httpRerun;
        try (Tdb2Store backing = Tdb2Store.open(base.resolve("tdb-http"));
             NewsKgServer server = NewsKgServer.builder().dataset(backing.dataset()).port(0).ui(false).credentials(Optional.of(c)).build().start();
             RemoteStore remote = RemoteStore.connect(server.datasetUrl(), Optional.of(c))) {
            m = MemoryMeter.start();
            LoadSummary s = incremental(remote, p, input, false);
            r = Row.of(m, "`load --endpoint` → Fuseki over HTTP, same JVM (extraction + 1 update per article)", n, 0);
            requireAll(s, n, "load over HTTP");
            GraphCounts http = new GraphCounts(remote.graphSizes());
            rows.add(r.triples(http.total()));
            check("store loaded over HTTP = `load` store, graph for graph", first, http);
            m = MemoryMeter.start();
            s = incremental(remote, p, input, false);
            httpRerun = Row.of(m, "`load --endpoint` again, nothing changed", n, -1);
            check("HTTP rerun skipped every article", s.skipped() == n && s.loaded() == 0);
        }

        note("(6) rerun with nothing changed, then a forced reload");
        try (Tdb2Store st = Tdb2Store.open(base.resolve("tdb-load"))) {
            m = MemoryMeter.start();
            LoadSummary s = incremental(st, p, input, false);
            Row rerun = Row.of(m, "`load` again, nothing changed → same TDB2", n, -1);
            rows.add(rerun);
            rows.add(httpRerun);
            check("rerun skipped every article", s.skipped() == n && s.loaded() == 0);
            check("per-graph counts unchanged after the rerun", first, new GraphCounts(st.graphSizes()));
            double speedup = firstLoad.seconds() / rerun.seconds();
            checks.add(String.format("rerun speed-up: %.1f s / %.2f s = %.0f× (at least 20×: %s)", firstLoad.seconds(), rerun.seconds(),
                    speedup, speedup >= 20 ? "yes" : "NO"));

            m = MemoryMeter.start();
            s = incremental(st, p, input, true);
            r = Row.of(m, "`load --force`, the same articles again → same TDB2", n, 0);
            requireAll(s, n, "forced reload");
            GraphCounts after = new GraphCounts(st.graphSizes());
            rows.add(r.triples(after.total()));
            check("per-graph counts unchanged after loading the same " + n + " articles twice (--force)", first, after);
        }
        Files.deleteIfExists(nq);
        for (String d : List.of("tdb-txn", "tdb-bulk", "tdb-http")) if (!config.keep()) deleteTree(base.resolve(d));
        return first;
    }

    /**
     * Writes the extracted N-Quads into a fresh store one way, timed, then derives the layer as {@code load} does,
     * so the store compares graph for graph; its row counts the articles' triples only.
     */
    private GraphCounts timedWrite(Path dir, String label, int n, Consumer<Tdb2Store> write) {
        try (Tdb2Store st = Tdb2Store.open(dir)) {
            MemoryMeter m = MemoryMeter.start();
            write.accept(st);
            Row r = Row.of(m, label, n, 0);
            derivation.rebuild(st);
            GraphCounts sizes = new GraphCounts(st.graphSizes());
            rows.add(r.triples(sizes.total() - sizes.derived()));
            return sizes;
        }
    }

    /** The large store, built the bulk way in two timed steps plus the derived layer; returns its triples. */
    private long bulkStore(Pipeline p, Tdb2Store st, Path corpus, Path base, int scale) throws Exception {
        Path nq = base.resolve("articles-" + scale + ".nq");
        note("(7) extracting " + scale + " articles to N-Quads");
        MemoryMeter m = MemoryMeter.start();
        LoadSummary x = BulkLoader.extract(p, read(List.of(corpus.toString())), nq, s -> { });
        Row extract = Row.of(m, "extract to N-Quads, no store", scale, 0);
        requireAll(x, scale, "extraction");
        note("(8) Jena's phased bulk loader on them");
        m = MemoryMeter.start();
        BulkLoader.build(st, nq);
        Row build = Row.of(m, "Jena phased bulk loader → fresh TDB2", scale, 0);
        long loaded = new GraphCounts(st.graphSizes()).total();
        rows.add(extract.triples(loaded));
        rows.add(build.triples(loaded));
        m = MemoryMeter.start();
        Derivation.Result d = derivation.rebuild(st);
        long derived = new GraphCounts(st.graphSizes()).derived();
        rows.add(Row.of(m, String.format("derived layer (%,d blocks, %,d utterances, %,d persons resolved), over the whole store", d.blocks(),
                d.utterances(), d.resolved()), scale, -1));
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
        long before = new GraphCounts(st.graphSizes()).total();
        MemoryMeter m = MemoryMeter.start();
        LoadSummary s = incremental(st, p, List.of(fresh.toString()), false);
        Row r = Row.of(m, String.format("`load` of %d new articles into the %,d-article store (extraction, derived blocks they touch)", NEW_ARTICLES, scale),
                NEW_ARTICLES, 0);
        requireAll(s, NEW_ARTICLES, "incremental load into the populated store");
        long added = new GraphCounts(st.graphSizes()).total() - before;
        rows.add(r.triples(added));
        double perArticle = r.seconds() / NEW_ARTICLES, firstPerArticle = firstLoad.seconds() / firstLoad.articles();
        checks.add(String.format("a load into the populated store, per article: %.3f s into the %,d-article store against %.3f s into a fresh one"
                + " (the first `load` of %,d), %.1f×", perArticle, scale, firstPerArticle, firstLoad.articles(), perArticle / firstPerArticle));
        note("(10) the same run again: nothing changed");
        m = MemoryMeter.start();
        LoadSummary again = incremental(st, p, List.of(fresh.toString()), false);
        rows.add(Row.of(m, "`load` again into the populated store, nothing changed", NEW_ARTICLES, -1));
        checks.add("populated-store rerun skipped every article: " + (again.skipped() == NEW_ARTICLES && again.loaded() == 0 ? "yes" : "NO"));
        if (again.loaded() != 0) failedCheck = true;
        return added;
    }

    /** Whether every query as written answered with a p95 under the bound; a timing, so it never fails the run. */
    private void latencyCheck(int n, Map<String, LatencyProbe.Latency> latencies) {
        if (latencies.isEmpty()) return;
        List<String> over = new ArrayList<>();
        for (var e : latencies.entrySet()) {
            LatencyProbe.Latency l = e.getValue();
            if (!l.ok() || l.percentile(95) >= config.maxP95()) over.add(e.getKey());
        }
        checks.add(String.format("every query as written answers with p95 under %.0f ms on the %,d-article store (result limit %,d): %s", config.maxP95(), n,
                config.resultLimit(), over.isEmpty() ? "yes" : "NO, " + String.join(", ", over)));
    }

    /**
     * Every bundled query over HTTP through a read-only Fuseki on the store, as analysts run them: served as
     * {@code newskg serve --result-limit} serves, warmed up as it is.
     */
    private Map<String, LatencyProbe.Latency> queries(Tdb2Store st, int n, long triples) {
        note("queries on the " + n + "-article store");
        Map<String, LatencyProbe.Latency> out = new TreeMap<>();
        MemoryMeter m = MemoryMeter.start();
        try (NewsKgServer server = NewsKgServer.builder().dataset(st.dataset()).port(0).ui(false).resultLimit(config.resultLimit()).build().start()) {
            server.warmUp(NewsKgServer.WARMUP_BUDGET);
            String endpoint = server.datasetUrl() + "/query";
            for (String name : QueryLibrary.names()) out.put(name, config.probe().time(endpoint, QueryFactory.create(QueryLibrary.text(name)), Map.of()));
        }
        rows.add(Row.of(m, "every query × " + (config.probe().warmup() + config.probe().runs()) + " runs over HTTP (store of "
                + String.format("%,d", triples) + " triples)", n, -1));
        return out;
    }

    /** What {@code newskg load} does after parsing its options: read the inputs, install the schemes, load and derive. */
    private LoadSummary incremental(ArticleStore st, Pipeline p, List<String> input, boolean force) {
        List<IngestItem> items = read(input);
        SchemeGraphs.install(st);
        return Loader.builder().store(st).pipeline(p).force(force).derivation(derivation).build().load(items);
    }

    private static List<IngestItem> read(List<String> input) { return Ingest.create().read(input); }

    private static void requireAll(LoadSummary s, int n, String what) {
        if (s.loaded() != n)
            throw new IllegalStateException(what + ": " + s.line() + (s.failures().isEmpty() ? "" : "; first failure: " + s.failures().get(0)));
    }

    private void check(String what, GraphCounts expected, GraphCounts actual) {
        boolean ok = expected.equals(actual);
        checks.add(what + ": " + (ok ? "yes" : "NO") + expected.against(actual));
        if (!ok) failedCheck = true;
    }

    private void check(String what, boolean ok) {
        checks.add(what + ": " + (ok ? "yes" : "NO"));
        if (!ok) failedCheck = true;
    }

    private static void note(String s) { System.err.println("newskg bench load: " + s); }

    private String markdown(int originals, int threads, Map<String, LatencyProbe.Latency> small, Map<Integer, Map<String, LatencyProbe.Latency>> large) {
        StringBuilder b = new StringBuilder();
        LatencyProbe probe = config.probe();
        b.append(String.format("newskg bench load, %s, extractor %s. Machine: %s. Load average (1 min) %s at the start, %s at the end.%n",
                LocalDate.now(), Extractor.VERSION, MachineInfo.describe(), loadAtStart, MachineInfo.loadAverage()));
        b.append(String.format("Max heap %,d MB; %d pipeline threads. Articles: copies of the %,d in %s with new ids, rotated outlets and shifted dates.%n",
                Runtime.getRuntime().maxMemory() >> 20, threads, originals, config.dir()));
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
                + " %d warm-up runs, then %d timed runs (fewer, but 3 at least, once a query has used %.0f s); p95 is the nearest rank.%n%n",
                probe.warmup(), probe.runs(), probe.budgetSeconds()));
        b.append(String.format("| query | rows (%,d) | p50 | p95 | runs |", config.articles()));
        large.keySet().forEach(n -> b.append(String.format(" rows (%,d) | p50 | p95 | runs |", n)));
        b.append('\n').append("| --- | ---: | ---: | ---: | ---: |").append(" ---: | ---: | ---: | ---: |".repeat(large.size())).append('\n');
        for (String q : small.keySet()) {
            b.append("| ").append(q).append(" |").append(small.get(q).cells());
            for (Map<String, LatencyProbe.Latency> atScale : large.values()) {
                LatencyProbe.Latency l = atScale.get(q);
                b.append(l != null ? l.cells() : " – | – | – | – |");
            }
            b.append('\n');
        }
        return b.toString();
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

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
