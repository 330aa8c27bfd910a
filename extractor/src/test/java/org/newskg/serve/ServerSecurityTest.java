package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newskg.store.Credentials;
import org.newskg.store.Tdb2Store;

/** Reads are open on 127.0.0.1; writes need credentials, and without configured credentials they do not exist. */
class ServerSecurityTest {
    static final String UPDATE = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"intruder\" } }";
    /**
     * A fresh client per request: Jetty may close a connection after refusing a POST whose body it did not read, and
     * a pooled client can then send the next request down that closed connection ("header parser received no bytes").
     */
    static HttpResponse<String> post(String url, String contentType, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean intruded(DatasetGraph dsg) {
        Node g = NodeFactory.createURI("urn:x:g");
        return Txn.calculateRead(dsg, () -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void withoutCredentialsThereIsNoWayToWrite() throws Exception {
        try (Tdb2Store store = Tdb2Store.inMemory();
             NewsKgServer server = NewsKgServer.builder().dataset(store.dataset()).port(0).ui(false).build().start()) {
            String ds = server.datasetUrl();
            assertTrue(post(ds + "/update", "application/sparql-update", UPDATE, null).statusCode() >= 400);
            assertTrue(post(ds, "application/sparql-update", UPDATE, null).statusCode() >= 400);
            assertTrue(post(ds + "/data?graph=urn:x:g", "text/turtle", "<urn:x:s> <urn:x:p> \"intruder\" .", null).statusCode() >= 400);
            assertTrue(post(ds, "text/turtle", "<urn:x:s> <urn:x:p> \"intruder\" .", null).statusCode() >= 400);
            assertEquals(false, intruded(store.dataset()));
            HttpResponse<String> q = post(ds + "/query", "application/sparql-query", "ASK { }", null);
            assertEquals(200, q.statusCode(), "queries stay open");
        }
    }

    @Test
    void withCredentialsOnlyThatUserWrites() throws Exception {
        Credentials c = new Credentials("loader", "s3cret-pass".toCharArray());
        try (Tdb2Store store = Tdb2Store.inMemory();
             NewsKgServer server = NewsKgServer.builder().dataset(store.dataset()).port(0).ui(false).credentials(Optional.of(c)).build().start()) {
            String ds = server.datasetUrl();
            assertEquals(401, post(ds + "/update", "application/sparql-update", UPDATE, null).statusCode());
            assertEquals(401, post(ds + "/update", "application/sparql-update", UPDATE, "loader:wrong").statusCode());
            assertEquals(false, intruded(store.dataset()));
            assertEquals(200, post(ds + "/query", "application/sparql-query", "ASK { }", null).statusCode(), "queries need no login");
            int ok = post(ds + "/update", "application/sparql-update", UPDATE, "loader:s3cret-pass").statusCode();
            assertTrue(ok == 200 || ok == 204, "status " + ok);
            assertTrue(intruded(store.dataset()));
        }
    }

    @Test
    void credentialsNeverPrintTheirPassword() {
        assertTrue(!new Credentials("u", "hunter2".toCharArray()).toString().contains("hunter2"));
    }
}
