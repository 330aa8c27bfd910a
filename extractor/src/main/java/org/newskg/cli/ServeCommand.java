package org.newskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.newskg.serve.NewsKgServer;
import org.newskg.store.Credentials;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: the explorer, Fuseki and its UI.",
                "The graph explorer is at /, Fuseki's UI at /#/dataset/newskg/query, SPARQL at /newskg/query.",
                "Queries are open (on 127.0.0.1 unless --public); SPARQL Update and Graph Store writes exist only with credentials."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 store directory (default: ./newskg-db)")
    Path db = StoreOptions.DEFAULT_DB;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--public", description = "listen on all interfaces, not only 127.0.0.1")
    boolean open;

    @Option(names = "--credentials", description = "file with user:password that may write (or NEWSKG_USER/NEWSKG_PASSWORD)")
    Path credentials;

    @Option(names = "--query-timeout", defaultValue = "60", description = "seconds before a query is stopped (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--result-limit", defaultValue = "" + NewsKgServer.DEFAULT_RESULT_LIMIT, description = "most rows a query returns; a larger LIMIT, or none, is lowered to this (default: ${DEFAULT-VALUE})")
    long resultLimit;

    @Option(names = "--no-ui", description = "serve the SPARQL endpoints only")
    boolean noUi;

    @Option(names = "--no-warmup", description = "answer at once, without first running the bundled queries a few times to warm the JVM and the store's caches")
    boolean noWarmup;

    @Override
    public Integer call() throws Exception {
        var creds = Credentials.resolve(credentials, System.getenv());
        Tdb2Store store = Tdb2Store.open(db);
        NewsKgServer server = NewsKgServer.builder().dataset(store.dataset()).port(port).loopback(!open).ui(!noUi)
                .credentials(creds).queryTimeout(Duration.ofSeconds(timeout)).resultLimit(resultLimit).build().start();
        if (!noWarmup) {
            System.err.println("newskg serve: warming up (the bundled queries, a few times each; --no-warmup to skip) ...");
            long t0 = System.nanoTime();
            int n = server.warmUp(NewsKgServer.WARMUP_BUDGET);
            System.err.printf("newskg serve: warmed up with %d query runs in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        }
        DemoCommand.printWelcome(server, db.toString());
        server.join();
        return Main.OK;
    }
}
