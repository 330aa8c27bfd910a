package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.ResultRows;
import org.newskg.testkit.Snapshots;

/**
 * The summary layer says what a count over the article graphs says: every precomputed number is checked here
 * against the same number aggregated from the article graphs with SPARQL, on the invented five-outlet corpus and
 * the demo corpus.
 * The queries that read the summary answer with their parameters bound and unbound.
 */
class SummaryLayerTest {
    private static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    @TempDir
    static Path tmp;
    static Tdb2Store store;

    @BeforeAll
    static void load() throws Exception {
        store = Tdb2Store.open(tmp.resolve("db"));
        org.newskg.store.SchemeGraphs.install(store);
        try (Pipeline p = Pipeline.builder().build()) {
            // The five-outlet story of this package, and the demo corpus, whose claims have topics and whose speakers parties.
            List<org.newskg.ingest.IngestItem> items = new ArrayList<>(StoreFixture.items());
            items.addAll(org.newskg.ingest.DemoCorpus.read(tmp.resolve("demo")));
            LoadSummary s = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            assertEquals(19, s.loaded(), s.line());
        }
    }

    @AfterAll
    static void close() { store.close(); }

    private static List<Map<String, String>> select(String query) { return select(query, Map.of()); }

    private static List<Map<String, String>> select(String query, Map<String, Node> params) { return ResultRows.select(store, query, params); }

    /** key columns → value column, from rows. */
    private static Map<String, String> index(List<Map<String, String>> rows, String value, String... keys) {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, String> r : rows) {
            StringBuilder k = new StringBuilder();
            for (String key : keys) k.append(r.get(key)).append(' ');
            out.put(k.toString().strip(), r.get(value));
        }
        return out;
    }

    @Test
    void perOutletCountsAreTheAttributionsOfThatOutletsArticles() {
        Map<String, String> summary = index(select(PREFIXES + "SELECT ?a ?o ?n { ?c a nkg:OutletCoverage ; nkg:agent ?a ; nkg:outlet ?o ; nkg:attributionCount ?n }"),
                "n", "a", "o");
        Map<String, String> counted = index(select(PREFIXES + "SELECT ?a ?o (COUNT(DISTINCT ?at) AS ?n) { GRAPH ?g { ?at nkg:speaker ?s . ?g nkg:publishedBy ?o } "
                + "?s nkg:resolvesTo ?a } GROUP BY ?a ?o"), "n", "a", "o");
        assertFalse(summary.isEmpty());
        assertEquals(counted, summary);
    }

    @Test
    void perTopicCountsAreTheSpeakersDistinctClaimsAboutIt() {
        Map<String, String> summary = index(select(PREFIXES + "SELECT ?a ?t ?n { ?c a nkg:TopicCoverage ; nkg:agent ?a ; nkg:topic ?t ; nkg:claimCount ?n }"),
                "n", "a", "t");
        Map<String, String> counted = index(select(PREFIXES + "SELECT ?a ?t (COUNT(DISTINCT ?claim) AS ?n) { GRAPH ?g { ?s nkg:said ?claim . ?claim nkg:about ?t } "
                + "?s nkg:resolvesTo ?a } GROUP BY ?a ?t"), "n", "a", "t");
        assertFalse(summary.isEmpty());
        assertEquals(counted, summary);
    }

    @Test
    void coQuotationsCountTheArticlesQuotingBothPersons() {
        Map<String, String> summary = index(select(PREFIXES + "SELECT ?p ?q ?n { ?c a nkg:CoQuotation ; nkg:agent ?p ; nkg:partner ?q ; nkg:articleCount ?n }"),
                "n", "p", "q");
        Map<String, String> counted = index(select(PREFIXES + "SELECT ?p ?q (COUNT(DISTINCT ?g) AS ?n) { "
                + "GRAPH ?g { ?a1 nkg:speaker ?s1 . ?a2 nkg:speaker ?s2 . ?s1 a nkg:Person . ?s2 a nkg:Person } "
                + "?s1 nkg:resolvesTo ?p . ?s2 nkg:resolvesTo ?q FILTER (?p != ?q) } GROUP BY ?p ?q"), "n", "p", "q");
        assertFalse(summary.isEmpty());
        // The summary keeps each person's ten most frequent partners; in this small corpus that is all of them.
        assertEquals(counted, summary);
    }

    @Test
    void partyTopicTotalsAddUpTheirMembersClaims() {
        List<Map<String, String>> totals = select(PREFIXES + "SELECT ?party ?t ?n ?k { ?x a nkg:PartyTopic ; nkg:party ?party ; nkg:topic ?t ; nkg:claimCount ?n ; nkg:speakerCount ?k }");
        assertFalse(totals.isEmpty());
        Map<String, String> counted = index(select(PREFIXES + "SELECT ?party ?t (COUNT(DISTINCT ?claim) AS ?n) { "
                + "{ SELECT DISTINCT ?p ?party { GRAPH ?m { ?member nkg:memberOf ?party } ?member nkg:resolvesTo ?p } } "
                + "GRAPH ?g { ?s nkg:said ?claim . ?claim nkg:about ?t } ?s nkg:resolvesTo ?p } GROUP BY ?party ?t"), "n", "party", "t");
        assertEquals(counted, index(totals, "n", "party", "t"));
    }

    @Test
    void everyDatedArticleHasItsDayAndTheDaysCountThem() {
        Map<String, String> perDay = index(select(PREFIXES + "SELECT ?d (COUNT(?art) AS ?n) { GRAPH ?g { ?art nkg:published ?p } BIND (SUBSTR(STR(?p), 1, 10) AS ?d) } GROUP BY ?d"),
                "n", "d");
        Map<String, String> days = index(select(PREFIXES + "SELECT ?d ?n { ?day a nkg:Day ; nkg:date ?date ; nkg:articleCount ?n BIND (STR(?date) AS ?d) }"), "n", "d");
        assertFalse(days.isEmpty());
        assertEquals(perDay, days);
        assertEquals(List.of(), select(PREFIXES + "SELECT ?art { GRAPH ?art { ?art nkg:articleId ?id } FILTER NOT EXISTS { ?art nkg:day ?day } }"));
    }

    @Test
    void perDaySummariesHoldTheDaysItems() {
        // A speaker's day: the attributions credited to them in that day's articles, and those articles.
        String day = "BIND (COALESCE(SUBSTR(STR(?p), 1, 10), \"undated\") AS ?d)";
        assertEquals(index(select(PREFIXES + "SELECT ?a ?d (COUNT(DISTINCT ?at) AS ?n) { GRAPH ?g { ?at nkg:speaker ?s OPTIONAL { ?g nkg:published ?p } } "
                        + "?s nkg:resolvesTo ?a " + day + " } GROUP BY ?a ?d"), "n", "a", "d"),
                index(select(PREFIXES + "SELECT ?a ?d ?n { ?a nkg:perDay ?x . ?x a nkg:SpeakerDay ; nkg:agent ?a ; nkg:attributionCount ?n "
                        + "OPTIONAL { ?x nkg:date ?date } BIND (COALESCE(STR(?date), \"undated\") AS ?d) }"), "n", "a", "d"));
        assertEquals(index(select(PREFIXES + "SELECT ?a ?d (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?at nkg:speaker ?s OPTIONAL { ?g nkg:published ?p } } "
                        + "?s nkg:resolvesTo ?a " + day + " } GROUP BY ?a ?d"), "n", "a", "d"),
                index(select(PREFIXES + "SELECT ?a ?d ?n { ?x a nkg:SpeakerDay ; nkg:agent ?a ; nkg:articleCount ?n "
                        + "OPTIONAL { ?x nkg:date ?date } BIND (COALESCE(STR(?date), \"undated\") AS ?d) }"), "n", "a", "d"));
        assertEquals(List.of(), select(PREFIXES + "SELECT ?at { GRAPH ?g { ?at nkg:speaker ?s } ?s nkg:resolvesTo ?a "
                + "FILTER NOT EXISTS { ?a nkg:perDay ?x . ?x nkg:lists ?at } }"), "every attribution is listed on its speaker's day");
        // An outlet's day: its articles of that day; a topic's day: the distinct claims about it that day.
        Map<String, String> outletDays = index(select(PREFIXES + "SELECT ?o ?d ?n { ?o nkg:perDay ?x . ?x a nkg:OutletDay ; nkg:articleCount ?n "
                + "OPTIONAL { ?x nkg:date ?date } BIND (COALESCE(STR(?date), \"undated\") AS ?d) }"), "n", "o", "d");
        assertFalse(outletDays.isEmpty());
        assertEquals(index(select(PREFIXES + "SELECT ?o ?d (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g nkg:publishedBy ?o OPTIONAL { ?g nkg:published ?p } } "
                + day + " } GROUP BY ?o ?d"), "n", "o", "d"), outletDays);
        Map<String, String> topicDays = index(select(PREFIXES + "SELECT ?t ?d ?n { ?t nkg:perDay ?x . ?x a nkg:TopicDay ; nkg:claimCount ?n "
                + "OPTIONAL { ?x nkg:date ?date } BIND (COALESCE(STR(?date), \"undated\") AS ?d) }"), "n", "t", "d");
        assertFalse(topicDays.isEmpty());
        assertEquals(index(select(PREFIXES + "SELECT ?t ?d (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?c nkg:about ?t OPTIONAL { ?g nkg:published ?p } } "
                + day + " } GROUP BY ?t ?d"), "n", "t", "d"), topicDays);
    }

    @Test
    void printedNamesAndMembershipsCountTheirArticles() {
        Map<String, String> names = index(select(PREFIXES + "SELECT ?a ?name ?n { ?x a nkg:PrintedName ; nkg:agent ?a ; nkg:nameAsPrinted ?name ; nkg:articleCount ?n }"),
                "n", "a", "name");
        assertFalse(names.isEmpty());
        assertEquals(index(select(PREFIXES + "SELECT ?a ?name (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s nkg:nameInArticle ?name } ?s nkg:resolvesTo ?a } "
                + "GROUP BY ?a ?name"), "n", "a", "name"), names);
        Map<String, String> members = index(select(PREFIXES + "SELECT ?a ?party ?n { ?x a nkg:PartyMembership ; nkg:agent ?a ; nkg:party ?party ; nkg:articleCount ?n }"),
                "n", "a", "party");
        assertFalse(members.isEmpty());
        assertEquals(index(select(PREFIXES + "SELECT ?a ?party (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?ev nkg:person ?s ; nkg:party ?party } ?s nkg:resolvesTo ?a } "
                + "GROUP BY ?a ?party"), "n", "a", "party"), members);
        assertEquals(List.of(), select(PREFIXES + "SELECT ?x { ?x a nkg:PartyMembership ; nkg:agent ?a ; nkg:party ?party ; nkg:latestEvidence ?ev "
                + "FILTER NOT EXISTS { ?ev nkg:party ?party ; nkg:person ?s . ?s nkg:resolvesTo ?a } }"), "the latest evidence states that membership");
    }

    @Test
    void rankedListsFollowTheirCountsAndHoldEveryEntryOfASmallStore() {
        String summary = "GRAPH <" + StoreSummary.GRAPH + "> ";
        for (String[] list : new String[][] {{"nkg:outlet", "nkg:speakerRank", "nkg:attributionCount", "nkg:OutletCoverage"},
                {"nkg:topic", "nkg:speakerRank", "nkg:claimCount", "nkg:TopicCoverage"}, {"nkg:party", "nkg:memberRank", "nkg:articleCount", "nkg:PartyMembership"}}) {
            List<Map<String, String>> ranked = select(PREFIXES + "SELECT ?of ?r ?n { " + summary + "{ ?x " + list[0] + " ?of ; " + list[1] + " ?r } ?x " + list[2]
                    + " ?n } ORDER BY ?of ?r");
            assertFalse(ranked.isEmpty(), list[1]);
            for (int i = 1; i < ranked.size(); i++) {
                if (!ranked.get(i).get("of").equals(ranked.get(i - 1).get("of"))) {
                    assertEquals("1", ranked.get(i).get("r"), ranked.toString());
                    continue;
                }
                assertEquals(Integer.parseInt(ranked.get(i - 1).get("r")) + 1, Integer.parseInt(ranked.get(i).get("r")), list[1]);
                assertTrue(Long.parseLong(ranked.get(i - 1).get("n")) >= Long.parseLong(ranked.get(i).get("n")), list[1] + ": " + ranked);
            }
            // Fewer than RankedLists.PER_LIST per list here: every node is ranked.
            assertEquals(select(PREFIXES + "SELECT ?x { ?x a " + list[3] + " }").size(), ranked.size(), list[3]);
        }
    }

    @Test
    void ranksFollowTheCounts() {
        List<Map<String, String>> ranked = select(PREFIXES + "SELECT ?a ?r ?n { ?a nkg:claimRank ?r ; nkg:claimCount ?n } ORDER BY ?r");
        assertFalse(ranked.isEmpty());
        for (int i = 1; i < ranked.size(); i++) {
            assertEquals(i + 1, Integer.parseInt(ranked.get(i).get("r")));
            assertTrue(Integer.parseInt(ranked.get(i - 1).get("n")) >= Integer.parseInt(ranked.get(i).get("n")), ranked.toString());
        }
    }

    @Test
    void listingsComeNewestDayFirstAndTakeADateWindow() {
        List<Map<String, String>> all = select(QueryLibrary.text("attributions"));
        Map<String, String> dateOf = index(select(PREFIXES + "SELECT ?id ?d { GRAPH ?g { ?g nkg:articleId ?id ; nkg:published ?p } BIND (SUBSTR(STR(?p), 1, 10) AS ?d) }"), "d", "id");
        List<String> dates = all.stream().map(r -> dateOf.get(r.get("article"))).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates, "attributions newest day first");
        assertTrue(new TreeSet<>(dates).size() >= 2, dates.toString());

        String newest = sorted.get(0), oldest = sorted.get(sorted.size() - 1);
        List<Map<String, String>> from = select(QueryLibrary.text("attributions"), Map.of("from", QueryRunner.parameter(newest)));
        assertFalse(from.isEmpty());
        assertTrue(from.stream().allMatch(r -> dateOf.get(r.get("article")).equals(newest)), from.toString());
        List<Map<String, String>> to = select(QueryLibrary.text("attributions"), Map.of("to", QueryRunner.parameter(oldest)));
        assertEquals(all.stream().filter(r -> dateOf.get(r.get("article")).equals(oldest)).count(), to.size());
    }

    @Test
    void aPersonBoundByParameterGetsTheirOwnTimeline() {
        List<Map<String, String>> top = select(QueryLibrary.text("person-claims-over-time"));
        assertFalse(top.isEmpty());
        Set<String> persons = new TreeSet<>();
        top.forEach(r -> persons.add(r.get("person")));
        assertEquals(1, persons.size(), "unbound: the most quoted person only");
        String other = "https://w3id.org/newskg/id/person/thomas-alcott";
        List<Map<String, String>> his = select(QueryLibrary.text("person-claims-over-time"), Map.of("person", QueryRunner.parameter("<" + other + ">")));
        assertFalse(his.isEmpty());
        assertTrue(his.stream().allMatch(r -> r.get("person").equals(other)), his.toString());
        assertFalse(persons.contains(other), "the most quoted person is his sister: " + persons);
    }

    @Test
    void aBoundPersonOutsideTheRanksStillGetsTheirTimeline() {
        // The ranks hold the thousand most quoted; the demo corpus has fewer, so one rank is taken away for the test.
        String other = "https://w3id.org/newskg/id/person/thomas-alcott";
        Graph summary = Snapshots.derived(store).get(StoreSummary.GRAPH);
        Graph unranked = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        summary.find().forEachRemaining(unranked::add);
        unranked.remove(NodeFactory.createURI(other), org.newskg.vocab.NKG.claimRank.asNode(), Node.ANY);
        assertTrue(unranked.size() < summary.size(), "he was ranked before");
        store.replaceGraph(StoreSummary.GRAPH, unranked);
        try {
            List<Map<String, String>> his = select(QueryLibrary.text("person-claims-over-time"), Map.of("person", QueryRunner.parameter("<" + other + ">")));
            assertFalse(his.isEmpty());
            assertTrue(his.stream().allMatch(r -> r.get("person").equals(other)), his.toString());
        } finally {
            store.replaceGraph(StoreSummary.GRAPH, summary);
        }
    }

    @Test
    void everyGraphOfTheLayerConformsToItsShapes() {
        var check = org.newskg.rdf.ShapeCheck.bundled();
        var layer = Snapshots.derived(store);
        assertTrue(layer.containsKey(StoreSummary.GRAPH), layer.keySet().toString());
        assertTrue(layer.keySet().stream().anyMatch(g -> g.contains("/derived/day/")), layer.keySet().toString());
        assertTrue(layer.keySet().stream().anyMatch(g -> g.contains("/derived/pairs/")), layer.keySet().toString());
        layer.forEach((g, graph) -> assertEquals(List.of(), check.violations(graph), g));
    }

    @Test
    void everySummaryQueryAnswersWithItsParametersUnbound() {
        for (String q : List.of("outlets-quoting-person", "persons-across-outlets", "top-speakers-by-outlet", "party-claims-by-topic", "topic-overview",
                "quoted-together", "person-names", "claim-topics", "organization-statements")) {
            assertFalse(select(QueryLibrary.text(q)).isEmpty(), q);
        }
    }
}
