package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on the bundled demo corpus and serve it.",
                "Extract the demo corpus, load it into an embedded TDB2 store, serve it on 127.0.0.1 with the",
                "graph explorer, Fuseki and its UI, and print the explorer's address and the queries to try."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 store directory (default: ./demo-db)")
    Path db = Path.of("demo-db");

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--result-limit", defaultValue = "" + NewsKgServer.DEFAULT_RESULT_LIMIT, description = "most rows a query returns; a larger LIMIT, or none, is lowered to this (default: ${DEFAULT-VALUE})")
    long resultLimit;

    @Option(names = "--no-serve", description = "load and stop, without serving")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        Path corpus = Files.createTempDirectory("newskg-demo");
        List<IngestItem> items = DemoCorpus.read(corpus);
        Tdb2Store store = Tdb2Store.open(db);
        LoadSummary s;
        try (Pipeline p = Pipeline.builder().build()) {
            SchemeGraphs.install(store);
            s = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
        }
        System.err.println("newskg demo: " + store.describe() + ": " + s.line());
        for (LoadSummary.Failure f : s.failures()) System.err.println("newskg demo: FAILED " + f.articleId() + ": " + f.reason());
        if (noServe) {
            store.close();
            return s.failed() > 0 ? Main.PARTIAL : Main.OK;
        }
        NewsKgServer server = NewsKgServer.builder().dataset(store.dataset()).port(port).resultLimit(resultLimit).build().start();
        printWelcome(server, db.toString());
        server.join();
        return Main.OK;
    }

    static void printWelcome(NewsKgServer server, String db) {
        String url = server.baseUrl();
        System.out.println();
        if (server.explorer()) System.out.println("newskg explorer:   " + server.explorerUrl());
        System.out.println("newskg is serving " + db + " with Fuseki");
        System.out.println("  UI:              " + url + "#/dataset/" + NewsKgServer.DEFAULT_NAME + "/query");
        System.out.println("  SPARQL endpoint: " + server.datasetUrl() + "/query   (read-only"
                + (server.writable() ? "; /update and /data need credentials)" : "; writes are off)"));
        System.out.println();
        System.out.println("Queries to try (paste into the UI, or run: newskg query NAME --db " + db + "):");
        for (String n : QueryLibrary.names()) System.out.printf("  %-26s %s%n", n, QueryLibrary.headline(QueryLibrary.text(n)));
        System.out.println("Each query's full description: newskg query --list, or the explorer's Queries page (" + server.baseUrl() + "explore/queries).");
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
    }
}
