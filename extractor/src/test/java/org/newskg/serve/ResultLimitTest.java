package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.store.Tdb2Store;

/** Over HTTP on 127.0.0.1, no query gets more rows than the server's result limit, however it asks. */
class ResultLimitTest {
    static final int LIMIT = 100;
    static final int STORED = 250;
    static final String ALL = "SELECT ?s ?n WHERE { GRAPH ?g { ?s <urn:x:n> ?n } }";

    static Tdb2Store store;
    static NewsKgServer server;

    @BeforeAll
    static void start() {
        store = Tdb2Store.inMemory();
        Node g = NodeFactory.createURI("urn:x:g");
        Node p = NodeFactory.createURI("urn:x:n");
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < STORED; i++)
                store.dataset().add(g, NodeFactory.createURI("urn:x:s" + i), p, NodeFactory.createLiteralDT(Integer.toString(i),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        server = NewsKgServer.builder().dataset(store.dataset()).port(0).ui(false).resultLimit(LIMIT).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpResponse<byte[]> query(String q, String accept, boolean post) throws Exception {
        String url = server.datasetUrl() + "/query";
        HttpRequest.Builder b = post
                ? HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q))
                : HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        return r;
    }

    static List<Long> select(String q, boolean post) throws Exception {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(query(q, "application/sparql-results+json", post).body()), ResultSetLang.RS_JSON);
        List<Long> ns = new ArrayList<>();
        rs.forEachRemaining(row -> ns.add(row.getLiteral("n").getLong()));
        return ns;
    }

    @Test
    void aQueryWithoutALimitGetsTheLimit() throws Exception {
        assertEquals(LIMIT, select(ALL, false).size());
        assertEquals(LIMIT, select(ALL, true).size());
    }

    @Test
    void aLargerLimitIsLowered() throws Exception {
        assertEquals(LIMIT, select(ALL + " LIMIT 1000", false).size());
    }

    @Test
    void aSmallerLimitIsKept() throws Exception {
        assertEquals(7, select(ALL + " LIMIT 7", false).size());
    }

    @Test
    void orderingHappensBeforeTheCutSoTheTopRowsAreTheRightOnes() throws Exception {
        List<Long> top = select(ALL + " ORDER BY DESC(?n)", false);
        assertEquals(LIMIT, top.size());
        assertEquals(STORED - 1, top.get(0));
        assertEquals(STORED - LIMIT, top.get(LIMIT - 1));
    }

    @Test
    void offsetPagesPastTheLimit() throws Exception {
        assertEquals(STORED - 200, select(ALL + " ORDER BY ?n OFFSET 200", false).size());
        assertEquals(List.of(200L, 201L), select(ALL + " ORDER BY ?n OFFSET 200", false).subList(0, 2));
    }

    @Test
    void aSubqueryCannotLiftTheLimit() throws Exception {
        assertEquals(LIMIT, select("SELECT * { { " + ALL + " LIMIT 1000 } }", false).size());
    }

    @Test
    void constructIsCappedToo() throws Exception {
        byte[] body = query("CONSTRUCT { ?s <urn:x:n> ?n } WHERE { GRAPH ?g { ?s <urn:x:n> ?n } }", "application/n-triples", false).body();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.NTRIPLES).parse(g);
        assertEquals(LIMIT, g.size());
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> NewsKgServer.builder().resultLimit(0));
    }
}
