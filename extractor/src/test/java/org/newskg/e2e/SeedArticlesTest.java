package org.newskg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.Manifest;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.ResultRows;

/**
 * The two real articles the project started from (../shared/seeds): the same story from two outlets. The
 * contract queries must show who belongs to which party, one node per person and per repeated quote, and
 * topics on the senators' claims.
 */
class SeedArticlesTest {
    static Tdb2Store store;
    static LoadSummary summary;

    @BeforeAll
    static void load() throws Exception {
        Path seeds = SharedData.require("seeds");
        store = Tdb2Store.inMemory();
        SchemeGraphs.install(store);
        var items = Ingest.withManifest(Manifest.read(seeds.resolve("manifest.tsv"))).read(List.of(seeds.toString()));
        try (Pipeline p = Pipeline.builder().build()) {
            summary = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
        }
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    static List<Map<String, String>> rows(String query) {
        return ResultRows.query(store, query);
    }

    @Test
    void bothSeedArticlesLoad() {
        assertEquals(2, summary.loaded(), summary.line() + " " + summary.failures());
    }

    @Test
    void grahamIsARepublicanInBothArticlesAndRubioInNewsHub() {
        List<Map<String, String>> m = rows("memberships");
        Set<String> grahamArticles = new HashSet<>();
        for (var r : m) if (r.get("personName").equals("Lindsey Graham")) {
            assertEquals("Republican Party", r.get("partyName"));
            grahamArticles.add(r.get("article"));
        }
        assertEquals(Set.of("newshub-2017-07-09-cyber-unit", "taipeitimes-2017-07-10-cyber-unit"), grahamArticles);
        assertTrue(m.stream().anyMatch(r -> r.get("personName").equals("Marco Rubio") && r.get("partyName").equals("Republican Party")
                && r.get("article").startsWith("newshub")), m::toString);
        assertTrue(m.stream().anyMatch(r -> r.get("personName").equals("Adam Schiff") && r.get("partyName").equals("Democratic Party")), m::toString);
    }

    @Test
    void noPartyForPeopleTheTextGivesNone() {
        Set<String> withParty = new HashSet<>();
        for (var r : rows("memberships")) withParty.add(r.get("personName"));
        for (String p : List.of("Donald Trump Jr.", "Nikki Haley", "Vladimir Putin", "Luisa Gonzalez", "Donald Trump"))
            assertFalse(withParty.contains(p), p + " got a party: " + withParty);
        assertTrue(withParty.stream().allMatch(n -> Set.of("Lindsey Graham", "Marco Rubio", "Adam Schiff").contains(n)), withParty::toString);
    }

    @Test
    void stevenAndSteveMnuchinAreOnePerson() {
        List<Map<String, String>> names = rows("person-names").stream().filter(r -> r.get("name").contains("Mnuchin")).toList();
        assertEquals(1, names.size(), names::toString);
        assertEquals("https://w3id.org/newskg/id/person/steven-mnuchin", names.get(0).get("person").replaceAll("[<>]", ""));
    }

    @Test
    void putinsAnswerIsOneClaimCarriedByTwoOutlets() {
        Map<String, String> c = rows("claims-across-outlets").stream()
                .filter(r -> r.get("text").startsWith("He asked questions, I replied")).findFirst()
                .orElseThrow(() -> new AssertionError(rows("claims-across-outlets").toString()));
        assertEquals("Vladimir Putin", c.get("speaker"));
        assertEquals("2", c.get("outlets"));
    }

    @Test
    void theSenatorsClaimsAreAboutCybersecurityOrElectionInterference() {
        Set<String> wanted = Set.of("https://w3id.org/newskg/topic/cybersecurity", "https://w3id.org/newskg/topic/election-interference");
        for (String who : List.of("Lindsey Graham", "Adam Schiff")) {
            List<Map<String, String>> theirs = rows("claim-topics").stream().filter(r -> r.get("speaker").equals(who)).toList();
            assertFalse(theirs.isEmpty(), who + " has no claim with a topic");
            assertTrue(theirs.stream().anyMatch(r -> wanted.contains(r.get("topic").replaceAll("[<>]", ""))), who + ": " + theirs);
        }
    }
}
