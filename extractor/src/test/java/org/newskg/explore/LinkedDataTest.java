package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.Tdb2Store;

/**
 * The explorer's HTTP side without a browser, over a TDB2 store holding one Turtle fixture article: the graph's IRIs
 * answer Linked Data clients and browsers, and what a visitor types only ever reaches a query as a bound value.
 */
class LinkedDataTest {
    static final String PERSON = "https://w3id.org/newskg/id/person/katherine-ruiz";

    @TempDir static Path tmp;
    static Tdb2Store store;
    static NewsKgServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        store = Tdb2Store.open(tmp.resolve("db"));
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), LinkedDataTest.class.getResourceAsStream("harbor.trig"), Lang.TRIG));
        DerivedLayer.create().rebuild(store);
        server = NewsKgServer.builder().dataset(store.dataset()).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void aPersonsIriAnswersTurtleToAClientThatAsksForIt() throws Exception {
        HttpResponse<String> r = get("/id/person/katherine-ruiz", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(PERSON), SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Katherine Ruiz")));
        // What points at the person comes too: the attribution whose speaker it is.
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/newskg/id/attribution/harbor-1/10-45"), null, NodeFactory.createURI(PERSON)));
    }

    @Test
    void suffixesAndJsonLdGiveTheSameTriples() throws Exception {
        Graph ttl = parse(get("/id/person/katherine-ruiz.ttl", "text/html").body(), Lang.TURTLE);
        HttpResponse<String> j = get("/id/person/katherine-ruiz.jsonld", null);
        assertTrue(j.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Graph jsonld = parse(j.body(), Lang.JSONLD);
        Graph negotiated = parse(get("/id/person/katherine-ruiz", "application/ld+json").body(), Lang.JSONLD);
        assertTrue(ttl.isIsomorphicWith(jsonld), "the .ttl and .jsonld forms hold the same triples");
        assertTrue(ttl.isIsomorphicWith(negotiated));
        Graph g = Txn.calculateRead(store.dataset(), () -> {
            Graph all = GraphFactory.createDefaultGraph();
            store.dataset().find(null, NodeFactory.createURI(PERSON), null, null).forEachRemaining(q -> all.add(q.asTriple()));
            store.dataset().find(null, null, null, NodeFactory.createURI(PERSON)).forEachRemaining(q -> all.add(q.asTriple()));
            return all;
        });
        assertTrue(g.isIsomorphicWith(ttl), "what the person says in every graph, and what points at it: " + ttl.size() + " triples");
    }

    @Test
    void aBrowserGetsThePageAndAnUnknownIriIsNotFound() throws Exception {
        HttpResponse<String> r = get("/id/person/katherine-ruiz", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/explore/assets/explore.js"), r.body());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertEquals(404, get("/id/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, get("/id/person/nobody-at-all", "text/html").statusCode());
    }

    @Test
    void aBrowserGetsTheNameKeyFactsAndLinksInTheHtmlBeforeAnyScriptRuns() throws Exception {
        HttpResponse<String> r = get("/id/person/katherine-ruiz", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<title>Katherine Ruiz · newskg explorer</title>"), html);
        assertTrue(html.contains("<h1>Katherine Ruiz</h1>"), "the heading is the store-wide label: " + html);
        assertTrue(html.contains("<span class=\"badge person\">Person</span>"), html);
        assertTrue(html.contains("<dt>attributed statements</dt><dd>1</dd>"), "a key fact from the derived layer: " + html);
        assertTrue(html.contains("<a href=\"/id/outlet/harbor-gazette\">Harbor Gazette</a>"), "the outlet that quotes her, linked: " + html);
        assertTrue(html.contains("<a href=\"/id/claim/person/katherine-ruiz/0001\">The harbor cannot wait another year</a>"), html);
        assertTrue(html.contains("<script type=\"application/json\" id=\"page-data\">"), "the script's data travels along");
        HttpResponse<String> claim = get("/id/claim/person/katherine-ruiz/0001", "text/html");
        assertTrue(claim.body().contains("<h1>“The harbor cannot wait another year”</h1>"), claim.body());
        assertTrue(claim.body().contains("<dt>said by</dt><dd><a href=\"/id/person/katherine-ruiz\">Katherine Ruiz</a></dd>"), claim.body());
    }

    @Test
    void theHomePageAndASearchComeWithTheirDataAsAPageDoes() throws Exception {
        // One request brings what each shows: in the HTML for a reader without the script, as data for the script.
        String home = get("/", "text/html").body();
        assertTrue(home.contains("<a href=\"/id/person/katherine-ruiz\">Katherine Ruiz</a>"), home);
        assertTrue(home.contains("<script type=\"application/json\" id=\"page-data\">{\"kind\":\"home\""), home);
        String search = get("/explore/search?q=" + enc("kate"), "text/html").body();
        assertTrue(search.contains("<title>Search: kate · newskg explorer</title>"), search);
        assertTrue(search.contains("<a href=\"/id/person/katherine-ruiz\">Katherine Ruiz</a>"), search);
        assertTrue(search.contains("\"kind\":\"search\",\"q\":\"kate\""), search);
        // Typed words reach the HTML escaped.
        String evil = get("/explore/search?q=" + enc("<script>x</script>"), "text/html").body();
        assertFalse(evil.contains("<script>x"), evil);
        // A page's data carries the graph's first expansion, so the panel asks nothing when it opens.
        JsonNode page = json("/explore/api/page?iri=" + enc(PERSON));
        assertEquals(PERSON, page.at("/graph/center").asText());
        assertTrue(page.at("/graph/nodes").size() > 0, page.get("graph").toString());
    }

    @Test
    void aListPagesOnFromAnOffsetAndOnlyKnownSectionsAnswer() throws Exception {
        JsonNode page = json("/explore/api/section?name=person-claims&iri=" + enc(PERSON) + "&offset=0");
        assertEquals("The harbor cannot wait another year", page.at("/rows/0/text").asText());
        assertEquals(false, page.get("more").asBoolean());
        assertEquals(0, json("/explore/api/section?name=person-claims&iri=" + enc(PERSON) + "&offset=1").get("rows").size());
        assertEquals(400, get("/explore/api/section?name=describe&iri=" + enc(PERSON), "application/json").statusCode());
        assertEquals(400, get("/explore/api/section?name=person-claims&iri=" + enc(PERSON) + "&offset=-1", "application/json").statusCode());
    }

    @Test
    void aClientThatAcceptsAnythingGetsTurtle() throws Exception {
        assertTrue(get("/id/claim/person/katherine-ruiz/0001", "*/*").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void searchTextIsABoundValueNeverQueryText() throws Exception {
        JsonNode hit = json("/explore/api/search?q=" + enc("kate"));
        assertEquals(PERSON, hit.at("/sections/search-names/rows/0/item/iri").asText());
        long before = size();
        for (String evil : new String[] {"\") } DROP ALL #", "'} ; CLEAR DEFAULT", "kate\" || true || \"", "\\u0022) } INSERT DATA { <a> <b> <c> } #"}) {
            HttpResponse<String> r = get("/explore/api/search?q=" + enc(evil), "application/json");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertEquals(0, body.at("/sections/search-names/rows").size(), evil);
            // The query that ran holds the words, as words, in one string literal.
            String lucene = SearchWords.lucene(evil).orElseThrow();
            assertTrue(body.at("/sections/search-names/sparql").asText().contains("\"" + lucene + "\""), lucene + " in " + body);
        }
        assertEquals(before, size(), "the store is unchanged");
    }

    @Test
    void onlyTheGraphsOwnIrisAreLookedUpAndNothingWrites() throws Exception {
        assertEquals(400, get("/explore/api/page?iri=" + enc("http://example.org/x"), "application/json").statusCode());
        assertEquals(400, get("/explore/api/page?iri=" + enc("https://w3id.org/newskg/id/a b>"), "application/json").statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/id/person/katherine-ruiz"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void aPageCarriesTheSparqlItRan() throws Exception {
        JsonNode page = json("/explore/api/page?iri=" + enc(PERSON));
        assertEquals("person", page.get("kind").asText());
        assertEquals("Katherine Ruiz", page.get("label").asText());
        JsonNode claims = page.at("/sections/person-claims");
        assertEquals("The harbor cannot wait another year", claims.at("/rows/0/text").asText());
        assertTrue(claims.get("sparql").asText().contains("<" + PERSON + ">"), "the bound IRI is in the query shown");
        JsonNode graph = json("/explore/api/graph?iri=" + enc(PERSON) + "&limit=1");
        assertEquals(1, graph.get("nodes").size());
        assertTrue(graph.get("more").asBoolean(), "a cap says there is more");
    }

    private static long size() { return Txn.calculateRead(store.dataset(), () -> (long) store.dataset().stream().count()); }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
