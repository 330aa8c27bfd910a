package org.newskg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.ResultRows;

/**
 * The whole path on the demo corpus: extract, load into TDB2 on disk, serve with Fuseki on 127.0.0.1, and ask
 * every query in queries/ over HTTP.
 */
class DemoEndToEndTest {
    @TempDir static Path tmp;
    static Tdb2Store store;
    static NewsKgServer server;
    static String endpoint;
    static List<IngestItem> items;
    static LoadSummary first;
    static Map<String, String> bodies = new HashMap<>();

    @BeforeAll
    static void loadAndServe() throws Exception {
        items = DemoCorpus.read(tmp.resolve("corpus"));
        for (IngestItem i : items) if (i instanceof IngestItem.Ok ok) bodies.put(ok.article().id(), ok.article().body());
        store = Tdb2Store.open(tmp.resolve("db"));
        SchemeGraphs.install(store);
        try (Pipeline p = Pipeline.builder().build()) {
            first = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
        }
        server = NewsKgServer.builder().dataset(store.dataset()).port(0).build().start();
        endpoint = server.datasetUrl() + "/query";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /** Parameters for the queries that answer nothing without one (the searches), as an analyst would bind them. */
    static final Map<String, Map<String, Node>> PARAMS = Map.of(
            "search-claims", Map.of("q", QueryRunner.parameter("tariff flood")),
            "search-persons", Map.of("q", QueryRunner.parameter("ruiz")));

    static List<Map<String, Node>> rows(String query) {
        return rows(query, PARAMS.getOrDefault(query, Map.of()));
    }

    static List<Map<String, Node>> rows(String query, Map<String, Node> params) {
        return ResultRows.nodes(QueryRunner.select(QueryLibrary.text(query), endpoint, params));
    }

    static List<String> vars(String query) {
        return QueryRunner.select(QueryLibrary.text(query), endpoint, Map.of()).getResultVars().stream().map(v -> v.getVarName()).toList();
    }

    static String str(Map<String, Node> row, String var) {
        return ResultRows.value(row.get(var));
    }

    @Test
    void everyDemoArticleLoadsWithoutFailure() {
        assertEquals(12, first.loaded(), first.line());
        assertEquals(0, first.failed(), () -> first.failures().toString());
    }

    @Test
    void everyQueryFileAnswersOverHttpWithRows() {
        List<String> names = QueryLibrary.names();
        assertTrue(names.size() >= 15, "the five contract queries and at least ten more: " + names);
        for (String q : names) {
            String text = QueryLibrary.text(q);
            assertTrue(text.startsWith("#"), q + ".rq must open with a comment stating the analyst's question");
            if (q.equals("persons-across-outlets")) continue; // three outlets: asserted below
            assertFalse(rows(q).isEmpty(), q + " returned no rows on the demo corpus");
        }
    }

    @Test
    void contractQueriesHaveTheirVariables() {
        assertEquals(List.of("article", "outlet", "person", "speaker", "claim", "text", "start", "end", "direct"), vars("attributions"));
        assertEquals(List.of("person", "personName", "party", "partyName", "article", "evidence"), vars("memberships"));
        assertEquals(List.of("claim", "speaker", "text", "outlets"), vars("claims-across-outlets"));
        assertEquals(List.of("claim", "speaker", "text", "topic", "topicLabel"), vars("claim-topics"));
        assertEquals(List.of("part", "whole"), vars("claim-parts"));
    }

    @Test
    void everyAttributionSpanSlicesItsTextFromTheArticleBody() {
        List<Map<String, Node>> rows = rows("attributions");
        assertTrue(rows.size() >= 40, "attributions: " + rows.size());
        for (Map<String, Node> r : rows) {
            String body = bodies.get(str(r, "article"));
            int s = Integer.parseInt(str(r, "start")), e = Integer.parseInt(str(r, "end"));
            int[] cps = body.codePoints().toArray();
            String slice = new String(cps, s, e - s), text = str(r, "text");
            if (slice.equals(text)) continue;
            // A quotation in pieces: ?text joins its pieces without the attribution between them, and the span runs
            // from the first piece to the last (queries/README.md). Its words are the slice's, in order, ends included.
            String[] words = text.split(" ");
            assertTrue(slice.startsWith(words[0]) && slice.endsWith(words[words.length - 1]) && text.length() < slice.length(), "span of " + r);
            int at = 0;
            for (String w : words) {
                at = slice.indexOf(w, at);
                assertTrue(at >= 0, "word '" + w + "' of a quotation in pieces is in its span, in order: " + r);
                at += w.length();
            }
        }
    }

    @Test
    void directQuotesGoToTheNamedSpeaker() {
        Map<String, String> expected = Map.of(
                "The voter rolls were copied, not rewritten", "Marcus Hale",
                "Compassion is not a spending plan", "Curtis Hollings",
                "These families did everything right, and the flood came anyway", "Nadia Sorensen",
                "A combine that breaks in June", "Dale Sutter",
                "We are not bluffing", "Glenn Osterhout");
        List<Map<String, Node>> rows = rows("attributions");
        for (var e : expected.entrySet()) {
            List<String> speakers = rows.stream().filter(r -> str(r, "text").startsWith(e.getKey())).map(r -> str(r, "speaker")).toList();
            assertFalse(speakers.isEmpty(), "no attribution for " + e.getKey());
            assertTrue(speakers.stream().allMatch(e.getValue()::equals), e.getKey() + " attributed to " + speakers);
        }
    }

    @Test
    void aQuoteBrokenByItsAttributionIsOneClaim() {
        List<Map<String, Node>> rows = rows("attributions").stream()
                .filter(r -> str(r, "text").startsWith("Farmers can")).toList();
        assertEquals(2, rows.size(), "Brandt's broken quote in two outlets");
        for (var r : rows) {
            assertEquals("Walter Brandt", str(r, "speaker"));
            assertTrue(str(r, "text").endsWith("shouldn't have to.") || str(r, "text").endsWith("shouldn\u2019t have to."), str(r, "text"));
        }
        assertEquals(1, rows.stream().map(r -> str(r, "claim")).distinct().count(), "curly and straight versions are one claim");
    }

    @Test
    void theSameQuoteFromThreeOutletsIsOneClaimNode() {
        Map<String, Node> ruiz = rows("claims-across-outlets").stream()
                .filter(r -> str(r, "text").contains("read every page of this report")).findFirst().orElseThrow();
        assertEquals("Katherine Ruiz", str(ruiz, "speaker"));
        assertTrue(Integer.parseInt(str(ruiz, "outlets")) >= 3, "outlets: " + str(ruiz, "outlets"));
        Map<String, Node> sorensen = rows("claims-across-outlets").stream()
                .filter(r -> str(r, "text").startsWith("These families did everything right")).findFirst().orElseThrow();
        assertEquals(3, Integer.parseInt(str(sorensen, "outlets")));
    }

    @Test
    void aShortenedQuoteIsPartOfTheFullClaim() {
        Set<String> wholes = new HashSet<>();
        for (var r : rows("claim-parts")) wholes.add(str(r, "whole"));
        assertTrue(wholes.stream().anyMatch(w -> w.contains("/claim/person/katherine-ruiz/")), "claim-parts: " + wholes);
    }

    @Test
    void membershipsAreTheOnesTheTextStates() {
        Map<String, Set<String>> parties = new HashMap<>();
        for (var r : rows("memberships")) parties.computeIfAbsent(str(r, "personName"), k -> new HashSet<>()).add(str(r, "partyName"));
        assertEquals(Set.of("Republican Party"), parties.get("Daniel Whitcombe"));
        assertEquals(Set.of("Democratic Party"), parties.get("Katherine Ruiz"), "the three Republican senators beside her are not her party");
        assertEquals(Set.of("Republican Party"), parties.get("Walter Brandt"));
        assertEquals(Set.of("Democratic Party"), parties.get("Andre Bellamy"));
        assertEquals(Set.of("Democratic Party"), parties.get("Nadia Sorensen"));
        assertEquals(Set.of("Republican Party"), parties.get("Curtis Hollings"));
        for (String none : List.of("Marcus Hale", "Glenn Osterhout", "Dale Sutter", "Joanne Pruitt"))
            assertFalse(parties.containsKey(none), none + " has no party in the text");
        assertEquals(6, parties.size(), "persons with a party: " + parties);
    }

    @Test
    void claimsAreAboutTheTopicsTheirWordsSupport() {
        Set<String> ruizTopics = new HashSet<>();
        for (var r : rows("claim-topics"))
            if (str(r, "text").contains("election systems were left open to hackers")) ruizTopics.add(str(r, "topic"));
        assertTrue(ruizTopics.contains("https://w3id.org/newskg/topic/cybersecurity") || ruizTopics.contains("https://w3id.org/newskg/topic/election-interference"),
                "topics: " + ruizTopics);
        Set<String> tariffTopics = new HashSet<>();
        for (var r : rows("claim-topics")) if (str(r, "text").startsWith("the tariffs would protect")) tariffTopics.add(str(r, "topic"));
        assertTrue(tariffTopics.contains("https://w3id.org/newskg/topic/trade"), "topics: " + tariffTopics);
    }

    @Test
    void anUnattributedQuoteKeepsNoSpeaker() {
        assertTrue(rows("unattributed-claims").stream().anyMatch(r -> str(r, "text").startsWith("Your registration may have been viewed")));
    }

    @Test
    void fullTextSearchOverHttpFindsClaimsAndNamesBestFirst() {
        List<Map<String, Node>> claims = rows("search-claims", Map.of("q", QueryRunner.parameter("\"read every page\"")));
        assertFalse(claims.isEmpty(), "the phrase is in Ruiz's claim");
        assertTrue(str(claims.get(0), "text").contains("read every page of this report"), claims.toString());
        assertTrue(str(claims.get(0), "speaker").endsWith("Ruiz"), claims.toString());
        assertTrue(Integer.parseInt(str(claims.get(0), "outlets")) >= 3, claims.toString());
        List<Double> scores = rows("search-claims").stream().map(r -> Double.parseDouble(str(r, "score"))).toList();
        assertTrue(scores.size() > 1, "several claims mention tariffs or the flood: " + scores);
        for (int i = 1; i < scores.size(); i++) assertTrue(scores.get(i - 1) >= scores.get(i), "best first: " + scores);
        assertTrue(rows("search-persons").stream().anyMatch(r -> str(r, "name").endsWith("Ruiz")));
        assertTrue(rows("search-claims", Map.of()).isEmpty(), "without q, no rows and no error");
    }

    @Test
    void theUiAndServerStatusAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "index.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("fuseki"), "the Fuseki UI page");
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/server")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/newskg"), "the UI lists the dataset from $/server: " + status.body());
    }

}
