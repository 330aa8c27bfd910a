package org.newskg.store;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.newskg.rdf.GraphMapper.ArticleGraph;
import org.newskg.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dataset on a Fuseki server. An article is replaced by one SPARQL Update request (drop its graph, insert the
 * new triples, replace its load record), which Fuseki runs as one transaction: a failed request leaves the old
 * article in place. Requests are built as syntax trees, never by pasting values into query strings.
 * Connection failures are retried with exponential backoff; a refusal (401, 403) is not.
 */
public final class RemoteStore implements ArticleStore {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);

    private final String dataset;
    private final HttpClient http;
    private final int attempts;
    private final Duration firstBackoff;
    /** A server that accepts a request and never answers must not hold a scheduled load forever. */
    private final long timeoutMillis;

    /** Long enough for the claim-link query over a large store; an article's write takes well under a second. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private RemoteStore(String dataset, Optional<Credentials> credentials, int attempts, Duration firstBackoff, Duration requestTimeout) {
        this.dataset = dataset.replaceAll("/+$", "");
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        credentials.ifPresent(c -> b.authenticator(c.authenticator()));
        this.http = b.build();
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.timeoutMillis = requestTimeout.toMillis();
    }

    /** {@code dataset} is the dataset's base URL, such as {@code http://localhost:3030/newskg}. */
    public static RemoteStore connect(String dataset, Optional<Credentials> credentials) {
        return new RemoteStore(Objects.requireNonNull(dataset, "dataset"), credentials, 5, Duration.ofMillis(500), DEFAULT_REQUEST_TIMEOUT);
    }

    public static RemoteStore connect(String dataset, Optional<Credentials> credentials, int attempts, Duration firstBackoff) {
        return connect(dataset, credentials, attempts, firstBackoff, DEFAULT_REQUEST_TIMEOUT);
    }

    /** A request unanswered after {@code requestTimeout} counts as a connection failure: it is retried. */
    public static RemoteStore connect(String dataset, Optional<Credentials> credentials, int attempts, Duration firstBackoff, Duration requestTimeout) {
        if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) throw new IllegalArgumentException("requestTimeout must be positive");
        return new RemoteStore(Objects.requireNonNull(dataset, "dataset"), credentials, attempts, firstBackoff, requestTimeout);
    }

    @Override
    public void replace(ArticleGraph g, LoadRecord record) {
        UpdateRequest req = replacing(g.graphIri(), g.graph());
        req.add(deleteRecord(record.articleId()));
        QuadDataAcc rec = new QuadDataAcc();
        LoadRecords.of(record).find().forEachRemaining(t -> rec.addQuad(new Quad(LoadRecords.META, t)));
        req.add(new UpdateDataInsert(rec));
        update(req, "load " + record.articleId());
    }

    @Override
    public void replaceGraph(String graphIri, org.apache.jena.graph.Graph graph) {
        update(replacing(graphIri, graph), "write " + graphIri);
    }

    /** A request that drops the named graph and inserts {@code graph} as its new content. */
    private static UpdateRequest replacing(String graphIri, org.apache.jena.graph.Graph graph) {
        Node name = NodeFactory.createURI(graphIri);
        UpdateRequest req = new UpdateRequest();
        req.add(new UpdateDrop(name, true));
        QuadDataAcc data = new QuadDataAcc();
        graph.find().forEachRemaining(t -> data.addQuad(new Quad(name, t)));
        req.add(new UpdateDataInsert(data));
        return req;
    }

    private static UpdateDeleteWhere deleteRecord(String articleId) {
        QuadAcc pattern = new QuadAcc();
        pattern.setGraph(LoadRecords.META);
        pattern.addTriple(Triple.create(LoadRecords.node(articleId), Var.alloc("p"), Var.alloc("o")));
        return new UpdateDeleteWhere(pattern);
    }

    @Override
    public boolean remove(String articleId) {
        boolean had = records().containsKey(articleId);
        UpdateRequest req = new UpdateRequest();
        req.add(new UpdateDrop(Target.create(NodeFactory.createURI(Iris.article(articleId))), true));
        req.add(deleteRecord(articleId));
        update(req, "remove " + articleId);
        return had;
    }

    @Override
    public Map<String, LoadRecord> records() {
        Query q = QueryFactory.create("PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
                + "SELECT ?id ?hash ?version { GRAPH ?meta { ?r a nkg:LoadRecord ; nkg:articleId ?id ; nkg:contentHash ?hash ; nkg:extractorVersion ?version } }");
        Map<String, LoadRecord> out = new HashMap<>();
        retry("read load records", () -> {
            try (QueryExecHTTP qe = QueryExecHTTP.service(dataset + "/query").httpClient(http).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .query(q).substitution("meta", LoadRecords.META).build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> {
                    String id = b.get("id").getLiteralLexicalForm();
                    out.put(id, new LoadRecord(id, b.get("hash").getLiteralLexicalForm(), b.get("version").getLiteralLexicalForm()));
                });
            }
            return null;
        });
        return out;
    }

    @Override
    public RowSet select(Query query) {
        return retry("query", () -> {
            try (QueryExecHTTP qe = QueryExecHTTP.service(dataset + "/query").httpClient(http).timeout(timeoutMillis, TimeUnit.MILLISECONDS).query(query).build()) {
                return qe.select().materialize();
            }
        });
    }

    private void update(UpdateRequest req, String what) {
        retry(what, () -> {
            UpdateExecHTTP.service(dataset + "/update").httpClient(http).timeout(timeoutMillis, TimeUnit.MILLISECONDS).update(req).execute();
            return null;
        });
    }

    private <T> T retry(String what, Supplier<T> action) {
        Duration wait = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (HttpException | org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
                // Updates fail with HttpException, queries with QueryExceptionHTTP; both carry the status (or -1).
                int status = e instanceof HttpException h ? h.getStatusCode()
                        : ((org.apache.jena.sparql.engine.http.QueryExceptionHTTP) e).getStatusCode();
                if (status == 401 || status == 403)
                    throw new StoreException(what + ": " + dataset + " refused the request (HTTP " + status
                            + "); set " + Credentials.ENV_USER + "/" + Credentials.ENV_PASSWORD + " or --credentials FILE", e);
                boolean transientFailure = status <= 0 || status == 502 || status == 503 || status == 504 || isConnection(e);
                if (!transientFailure || attempt >= attempts)
                    throw new StoreException(what + ": " + dataset + " failed after " + attempt + " attempt(s): " + rootCause(e), e);
                LOG.warn("{}: {} unreachable ({}), retry {} of {} in {} ms", what, dataset, rootCause(e), attempt, attempts - 1, wait.toMillis());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new StoreException(what + ": interrupted", ie);
            }
            wait = wait.multipliedBy(2);
        }
    }

    /** The innermost cause, named: "ConnectException" says more than a URL-long message. */
    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        String cls = t.getClass().getSimpleName();
        return m == null || m.length() > 200 ? cls : cls + ": " + m;
    }

    private static boolean isConnection(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof ConnectException || t instanceof HttpTimeoutException || t instanceof java.io.IOException) return true;
        return false;
    }

    @Override
    public String describe() { return dataset; }

    @Override
    public void close() { }
}
