package org.newskg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.newskg.explore.Explorer;
import org.newskg.store.Credentials;

/**
 * Fuseki over a newskg dataset, with its UI. Reading is open: SPARQL query and Graph Store reads, on the
 * loopback interface unless told otherwise. Writing (SPARQL Update, Graph Store writes) exists only when
 * credentials are configured, and then only for that user, over HTTP Basic auth. Queries time out, and return at
 * most {@link #DEFAULT_RESULT_LIMIT} rows unless told otherwise (see {@link LimitedQuery}).
 *
 * <pre>NewsKgServer.builder().dataset(dsg).port(0).build().start()</pre>
 */
public final class NewsKgServer implements AutoCloseable {
    public static final String DEFAULT_NAME = "newskg";
    public static final long DEFAULT_RESULT_LIMIT = 100_000;
    static final int OUTPUT_BUFFER = 64 * 1024;
    /** Reads the explorer's answers during the warm-up. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FusekiServer server;
    private final String name;
    private final boolean writable;
    private final boolean explorer;

    private NewsKgServer(FusekiServer server, String name, boolean writable, boolean explorer) {
        this.server = server;
        this.name = name;
        this.writable = writable;
        this.explorer = explorer;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private DatasetGraph dataset;
        private String name = DEFAULT_NAME;
        private int port = 3030;
        private boolean loopback = true;
        private boolean ui = true;
        private Optional<Credentials> credentials = Optional.empty();
        private Duration queryTimeout = Duration.ofSeconds(60);
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private boolean explorer = true;

        public Builder dataset(DatasetGraph d) { this.dataset = Objects.requireNonNull(d, "dataset"); return this; }

        public Builder name(String n) {
            Objects.requireNonNull(n, "name");
            if (!n.matches("[A-Za-z0-9_.-]+")) throw new IllegalArgumentException("dataset name must be a plain path segment: " + n);
            this.name = n;
            return this;
        }

        /** 0 takes a free port; {@link NewsKgServer#port()} tells which. */
        public Builder port(int p) {
            if (p < 0 || p > 65535) throw new IllegalArgumentException("port out of range: " + p);
            this.port = p;
            return this;
        }

        public Builder loopback(boolean l) { this.loopback = l; return this; }

        public Builder ui(boolean u) { this.ui = u; return this; }

        /** With credentials, SPARQL Update and Graph Store writes are on for that user; without, they do not exist. */
        public Builder credentials(Optional<Credentials> c) { this.credentials = Objects.requireNonNull(c, "credentials"); return this; }

        public Builder queryTimeout(Duration d) {
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("query timeout must be positive");
            this.queryTimeout = d;
            return this;
        }

        /** Most solutions a query returns: a larger LIMIT, or none, is lowered to this. */
        public Builder resultLimit(long rows) {
            if (rows <= 0) throw new IllegalArgumentException("result limit must be positive, got " + rows);
            this.resultLimit = rows;
            return this;
        }

        public NewsKgServer build() {
            if (dataset == null) throw new IllegalStateException("NewsKgServer needs a dataset");
            JsonResultsWriter.install();
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            FusekiServer.Builder fb = FusekiServer.create().port(port).loopback(loopback).enablePing(true).enableStats(true)
                    // Every endpoint with the query operation (query, sparql, the dataset URL) runs through this handler.
                    .registerOperation(Operation.Query, new LimitedQuery(resultLimit))
                    // The standard read-only services: query, sparql, get, and query on the dataset URL itself.
                    .add("/" + name, dataset, false);
            if (credentials.isPresent()) {
                Credentials c = credentials.get();
                AuthPolicy writer = Auth.policyAllowSpecific(c.user());
                fb.addEndpoint("/" + name, "update", Operation.Update, writer)
                  .addEndpoint("/" + name, "data", Operation.GSP_RW, writer);
                // An in-memory user store: a password file would sit on disk, and Jetty keeps watching it for
                // changes after the server stops.
                UserStore users = JettySecurityLib.makeUserStore(c.user(), new String(c.password()));
                fb.securityHandler(JettySecurityLib.makeSecurityHandler("newskg", users, AuthScheme.BASIC)).auth(AuthScheme.BASIC);
            }
            if (ui) {
                String base = uiLocation();
                fb.staticFileBase(base)
                        .addServlet("/$/server", new ActionServerStatus())
                        .addServlet("/$/validate/query", new QueryValidator())
                        .addServlet("/$/validate/update", new UpdateValidator())
                        .addServlet("/$/validate/iri", new IRIValidator())
                        .addServlet("/$/validate/data", new DataValidator());
            }
            if (ui && explorer) addExplorer(fb);
            FusekiServer server = fb.build();
            pooledOutputBuffers(server);
            return new NewsKgServer(server, name, credentials.isPresent(), ui && explorer);
        }

        /**
         * Fuseki gives each response a 5 MB output buffer, larger than Jetty's buffer pool keeps, so every request
         * allocated and zeroed a fresh direct buffer: 15 to 20 ms per request on the sandboxed machines here, a ping
         * included. A 64 KiB buffer comes from the pool; a larger response streams out in 64 KiB writes.
         */
        private static void pooledOutputBuffers(FusekiServer server) {
            for (org.eclipse.jetty.server.Connector c : server.getJettyServer().getConnectors()) {
                var http = c.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
                if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
            }
        }

        /** The graph explorer at {@code /} beside the UI (which stays at {@code /#/...}); on by default, with the UI. */
        public Builder explorer(boolean e) { this.explorer = e; return this; }

        private void addExplorer(FusekiServer.Builder fb) {
            Explorer.mount(fb, dataset, name);
        }

        /** The UI's files ship in the jena-fuseki-ui jar under {@code webapp/}; Jetty serves them from the jar. */
        private static String uiLocation() {
            Resource r = ResourceFactory.closeable().newClassLoaderResource("webapp");
            if (r == null) throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
            return r.getURI().toString();
        }
    }

    public NewsKgServer start() {
        server.start();
        return this;
    }

    /**
     * Rounds of {@link #warmUp}: measured here on two busy cores, {@code person-claims-over-time} still had runs of
     * 500 ms between its 10th and 20th and settled near 40 ms only after about 50 runs of the engine's code.
     */
    static final int WARMUP_ROUNDS = 30;

    /** How long {@code serve} (and the benchmark, which measures a store as {@code serve} serves it) may warm up. */
    public static final Duration WARMUP_BUDGET = Duration.ofSeconds(45);

    /**
     * Runs every bundled query {@value #WARMUP_ROUNDS} times over HTTP against this server and drops the answers,
     * within {@code budget}; with the explorer, each round also opens its views of the store's busiest nodes
     * ({@link #explorerViews}) as a browser does. A fresh JVM interprets Jena's and Jetty's code and the store's
     * pages are not yet cached: the first runs of a query took 3 to 25 times its settled time, and its tenth to
     * twentieth could still stall on the compiler. Served after this, analysts' queries and the explorer's first
     * visitors do not wait on the compiler or the disk. Returns how many queries and views ran.
     */
    public int warmUp(Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        String endpoint = datasetUrl() + "/query";
        List<String> views = null;
        HttpClient http = HttpClient.newHttpClient();
        int ran = 0;
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            for (String name : org.newskg.query.QueryLibrary.names()) {
                if (System.nanoTime() > end) return ran;
                try {
                    org.newskg.query.QueryRunner.select(org.newskg.query.QueryLibrary.text(name), endpoint, java.util.Map.of());
                    ran++;
                } catch (RuntimeException e) {
                    // A query that fails here fails for the analyst too, with the message; warming goes on.
                }
            }
            if (!explorer) continue;
            if (views == null) views = explorerViews(http);
            for (String v : views) {
                if (System.nanoTime() > end) return ran;
                try {
                    http.send(HttpRequest.newBuilder(URI.create(baseUrl() + v.substring(1))).header("Accept", "text/html").build(),
                            HttpResponse.BodyHandlers.discarding());
                    ran++;
                } catch (IOException e) {
                    // As above: the visitor would see the same failure.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ran;
                }
            }
        }
        return ran;
    }

    /**
     * The explorer's views an analyst opens first, by path: the home page, and from its first rows the busiest
     * person (with a search for their surname, their graph, their newest claim and its article), claim, outlet and
     * topic. Empty when the store has none; the home page alone when its answer cannot be read.
     */
    List<String> explorerViews(HttpClient http) {
        List<String> out = new ArrayList<>(List.of("/"));
        try {
            JsonNode home = getJson(http, "explore/api/home");
            for (String s : List.of("/sections/home-persons/rows/0/person", "/sections/home-claims/rows/0/claim",
                    "/sections/home-outlets/rows/0/outlet", "/sections/home-topics/rows/0/topic")) {
                String href = home.at(s + "/href").asText("");
                if (!href.isEmpty()) out.add(href);
            }
            String person = home.at("/sections/home-persons/rows/0/person/iri").asText("");
            String label = home.at("/sections/home-persons/rows/0/label").asText("");
            if (!person.isEmpty()) {
                String iri = URLEncoder.encode(person, StandardCharsets.UTF_8);
                out.add("/explore/api/graph?iri=" + iri + "&limit=50");
                out.add("/explore/search?q=" + URLEncoder.encode(label.substring(label.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT),
                        StandardCharsets.UTF_8));
                JsonNode page = getJson(http, "explore/api/page?iri=" + iri);
                for (String s : List.of("/sections/person-claims/rows/0/claim/href", "/sections/person-claims/rows/0/article/href",
                        "/sections/person-parties/rows/0/party/href")) {
                    String href = page.at(s).asText("");
                    if (!href.isEmpty()) out.add(href);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The home page is still worth warming; its failure shows in the log of the request itself.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private JsonNode getJson(HttpClient http, String path) throws IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    public int port() { return server.getHttpPort(); }

    public String baseUrl() { return "http://127.0.0.1:" + port() + "/"; }

    /** The explorer's home page, when {@link #explorer()}. */
    public String explorerUrl() { return baseUrl(); }

    public boolean explorer() { return explorer; }

    /** The dataset URL: append {@code /query}, {@code /get}, and with credentials {@code /update}, {@code /data}. */
    public String datasetUrl() { return baseUrl() + name; }

    public boolean writable() { return writable; }

    public void join() { server.join(); }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() { stop(); }
}
