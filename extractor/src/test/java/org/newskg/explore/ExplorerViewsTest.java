package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;

/**
 * Each explorer view reads the derived layer (or the node's own articles) instead of counting across the store;
 * its rows must still be what the article graphs give, counted the plain way: the same nodes with the same counts,
 * most first. Over the derive package's five-outlet story and the demo corpus: the views of the busiest person,
 * outlet, topic and party and the home page's lists count what the article graphs count; the newest-first lists,
 * which walk the derived layer's days of the node, hold every item, newest day first; and a list read page by page
 * is the list read at once.
 */
class ExplorerViewsTest {
    static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    static final String RUIZ = "https://w3id.org/newskg/id/person/katherine-ruiz";

    @TempDir static Path tmp;
    static Tdb2Store store;
    static ExploreQueries queries;

    @BeforeAll
    static void load() throws Exception {
        store = Tdb2Store.open(tmp.resolve("db"));
        SchemeGraphs.install(store);
        Path corpus = Path.of(ExplorerViewsTest.class.getResource("/org/newskg/derive/corpus").toURI());
        List<IngestItem> items = new ArrayList<>(Ingest.withManifest(Manifest.read(corpus.resolve("manifest.tsv"))).read(List.of(corpus.toString())));
        items.addAll(DemoCorpus.read(tmp.resolve("demo")));
        try (Pipeline p = Pipeline.builder().build()) {
            LoadSummary s = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(items);
            assertEquals(0, s.failed(), s.line());
        }
        queries = new ExploreQueries(store.dataset());
    }

    @AfterAll
    static void close() { store.close(); }

    @Test
    void homeListsAreTheArticleGraphsCounts() {
        assertSameCounts("home-persons", Map.of(), "person", "outlets", """
                SELECT ?person (COUNT(DISTINCT ?o) AS ?outlets) WHERE {
                  GRAPH ?g { ?a nkg:speaker ?s . ?s a nkg:Person . ?g nkg:publishedBy ?o } ?s nkg:resolvesTo ?person
                } GROUP BY ?person""");
        assertSameCounts("home-outlets", Map.of(), "outlet", "articles",
                "SELECT ?outlet (COUNT(DISTINCT ?g) AS ?articles) WHERE { GRAPH ?g { ?g nkg:publishedBy ?outlet } } GROUP BY ?outlet");
        assertSameCounts("home-topics", Map.of(), "topic", "claims",
                "SELECT ?topic (COUNT(DISTINCT ?c) AS ?claims) WHERE { GRAPH ?g { ?s nkg:said ?c . ?c nkg:about ?topic } } GROUP BY ?topic");
        // An utterance, shown by its first claim, with the outlets of all its claims' articles.
        for (Map<String, Node> r : rows("home-claims", Map.of())) {
            assertFalse(select("SELECT ?c WHERE { ?c nkg:utterance ?u }", Map.of("c", r.get("claim"), "u", r.get("u"))).isEmpty(),
                    "an utterance is shown by one of its own claims: " + r);
        }
        assertSameCounts("home-claims", Map.of(), "u", "outlets", """
                SELECT ?u ?outlets WHERE {
                  { SELECT ?u (COUNT(DISTINCT ?o) AS ?outlets) WHERE {
                      ?c nkg:utterance ?u . GRAPH ?g { ?a nkg:claim ?c . ?g nkg:publishedBy ?o } } GROUP BY ?u }
                  FILTER (?outlets >= 2)
                }""");
    }

    @Test
    void aPersonsOutletsTimelineAndPartnersAreTheirArticlesCounts() {
        Map<String, Node> p = Map.of("this", NodeFactory.createURI(RUIZ));
        assertSameCounts("person-outlets", p, "outlet", "statements", """
                SELECT ?outlet (COUNT(DISTINCT ?a) AS ?statements) WHERE {
                  ?node nkg:resolvesTo ?this . GRAPH ?g { ?a nkg:speaker ?node . ?g nkg:publishedBy ?outlet }
                } GROUP BY ?outlet""");
        assertSameCounts("person-timeline", p, "day", "articles", """
                SELECT ?day (COUNT(DISTINCT ?g) AS ?articles) WHERE {
                  ?node nkg:resolvesTo ?this . GRAPH ?g { ?a nkg:speaker ?node . ?g nkg:published ?d }
                  BIND (SUBSTR(STR(?d), 1, 10) AS ?day)
                } GROUP BY ?day""");
        assertSameCounts("person-together", p, "other", "articles", """
                SELECT ?other (COUNT(DISTINCT ?g) AS ?articles) WHERE {
                  ?node nkg:resolvesTo ?this . GRAPH ?g { ?a nkg:speaker ?node . ?b nkg:speaker ?on . ?on a nkg:Person }
                  ?on nkg:resolvesTo ?other FILTER (?other != ?this)
                } GROUP BY ?other""");
        assertFalse(rows("person-outlets", p).isEmpty(), "the fixture quotes her");
    }

    @Test
    void newestFirstListsHoldEveryItemNewestDayFirst() {
        Map<String, Node> p = Map.of("this", NodeFactory.createURI(RUIZ));
        List<Map<String, Node>> claims = rows("person-claims", p);
        assertNewestFirst(days(claims), "her statements");
        List<String> plain = keys(select("SELECT ?article ?claim WHERE { ?node nkg:resolvesTo ?this . GRAPH ?article { ?a nkg:speaker ?node ; nkg:claim ?claim } }", p),
                "article", "claim");
        assertTrue(plain.size() < pageOf("person-claims"), "the fixture fits one page");
        assertEquals(plain.size(), claims.size(), "one row per attribution");
        assertEquals(new TreeSet<>(plain), new TreeSet<>(keys(claims, "article", "claim")), "every statement of hers");

        Map<String, Node> o = Map.of("this", NodeFactory.createURI(first("home-outlets", "outlet")));
        List<Map<String, Node>> articles = rows("outlet-articles", o);
        assertNewestFirst(days(articles), "the outlet's articles");
        assertSameCounts("outlet-articles", o, "article", "statements", """
                SELECT ?article (COUNT(?a) AS ?statements) WHERE {
                  GRAPH ?article { ?article nkg:publishedBy ?this OPTIONAL { ?a a nkg:Attribution } }
                } GROUP BY ?article""", false);

        // The topic whose claims are printed on the most days.
        Map<String, Node> t = Map.of("this", select("""
                SELECT ?topic (COUNT(DISTINCT ?d) AS ?days) WHERE { GRAPH ?g { ?c nkg:about ?topic . ?g nkg:published ?d } }
                GROUP BY ?topic ORDER BY DESC(?days) ?topic LIMIT 1""", Map.of()).get(0).get("topic"));
        Map<String, String> newest = new java.util.TreeMap<>();
        for (Map<String, Node> r : select("SELECT ?claim (MAX(SUBSTR(STR(?d), 1, 10)) AS ?day) WHERE { GRAPH ?g { ?claim nkg:about ?this OPTIONAL { ?g nkg:published ?d } } } GROUP BY ?claim", t)) {
            newest.put(text(r.get("claim")), r.containsKey("day") ? text(r.get("day")) : "undated");
        }
        List<String> topicClaims = keys(rows("topic-claims", t), "claim");
        assertEquals(newest.keySet(), new TreeSet<>(topicClaims), "every claim about the topic, once each");
        assertEquals(newest.size(), topicClaims.size(), "each claim once");
        assertNewestFirst(topicClaims.stream().map(newest::get).toList(), "claims by their newest day");
    }

    @Test
    void aPersonsNamesAndPartiesAreTheirArticlesCounts() {
        Map<String, Node> p = Map.of("this", NodeFactory.createURI(RUIZ));
        assertSameCounts("person-names", p, "name", "articles", """
                SELECT ?name (COUNT(DISTINCT ?g) AS ?articles) WHERE {
                  ?node nkg:resolvesTo ?this . GRAPH ?g { ?node nkg:nameInArticle ?n } BIND (STR(?n) AS ?name)
                } GROUP BY ?name""");
        String democrat = "https://w3id.org/newskg/party/democratic-party-us";
        String member = first("party-members", Map.of("this", NodeFactory.createURI(democrat)), "person");
        Map<String, Node> m = Map.of("this", NodeFactory.createURI(member));
        assertSameCounts("person-parties", m, "party", "articles", """
                SELECT ?party (COUNT(DISTINCT ?g) AS ?articles) WHERE {
                  ?node nkg:resolvesTo ?this . GRAPH ?g { ?ev nkg:person ?node ; nkg:party ?party }
                } GROUP BY ?party""");
        // The evidence shown is that of the newest article stating the party.
        for (Map<String, Node> r : rows("person-parties", m)) {
            String newestDay = text(select("""
                    SELECT (MAX(SUBSTR(STR(?d), 1, 10)) AS ?day) WHERE {
                      ?node nkg:resolvesTo ?this . GRAPH ?g { ?ev nkg:person ?node ; nkg:party ?party . ?g nkg:published ?d }
                    }""", Map.of("this", m.get("this"), "party", r.get("party"))).get(0).get("day"));
            assertEquals(newestDay, text(r.get("published")).substring(0, 10), "the newest evidence of " + text(r.get("party")));
            assertTrue(r.containsKey("evidence"), "its phrase");
        }
    }

    @Test
    void theNamesAsPrintedHoldNoTitledForm() {
        // The store-wide node carries every form an article printed as an alternative label, titles and all
        // ("Sen. Katherine Ruiz", "Ms. Ruiz"); the names section lists the names as printed only.
        Map<String, Node> p = Map.of("this", NodeFactory.createURI(RUIZ));
        List<String> alt = select("SELECT DISTINCT ?l WHERE { ?this skos:altLabel ?a BIND (STR(?a) AS ?l) }", p).stream().map(r -> text(r.get("l"))).toList();
        List<String> titled = alt.stream().filter(l -> l.matches("(Sen|Ms|Mr|Mrs|Dr|Rep|Gov)\\. .*")).toList();
        assertFalse(titled.isEmpty(), "the fixture has titled forms: " + alt);
        List<String> shown = rows("person-names", p).stream().map(r -> text(r.get("name"))).toList();
        assertEquals(List.of("Katherine Ruiz", "Kate Ruiz"), shown);
        for (String t : titled) assertFalse(shown.contains(t), t + " is a title and a name, not a name as printed: " + shown);
    }

    @Test
    void aPageContinuesWhereThePreviousStopped() {
        Map<String, Node> p = Map.of("this", NodeFactory.createURI(RUIZ));
        Map<String, Node> o = Map.of("this", NodeFactory.createURI(first("home-outlets", "outlet")));
        Map<String, Node> t = Map.of("this", NodeFactory.createURI(first("home-topics", "topic")));
        Map<String, Node> d = Map.of("this", NodeFactory.createURI("https://w3id.org/newskg/party/democratic-party-us"));
        for (var c : List.of(Map.entry("person-claims", p), Map.entry("person-names", p), Map.entry("outlet-articles", o), Map.entry("outlet-speakers", o),
                Map.entry("topic-claims", t), Map.entry("topic-speakers", t), Map.entry("party-members", d))) {
            List<Map<String, Node>> all = rows(c.getKey(), c.getValue());
            assertTrue(all.size() >= 2, c.getKey() + " has rows enough to page: " + all.size());
            List<Map<String, Node>> paged = new ArrayList<>();
            for (int offset = 0; offset < all.size(); offset++) paged.addAll(queries.select(c.getKey(), c.getValue(), 1, offset).rows());
            assertEquals(all, paged, c.getKey() + " a row at a time");
        }
    }

    @Test
    void anOutletsTopicsAndPartysViewsAreTheirArticlesCounts() {
        Map<String, Node> o = Map.of("this", NodeFactory.createURI(first("home-outlets", "outlet")));
        assertSameCounts("outlet-speakers", o, "speaker", "statements", """
                SELECT ?speaker (COUNT(DISTINCT ?a) AS ?statements) WHERE {
                  GRAPH ?g { ?g nkg:publishedBy ?this . ?a nkg:speaker ?s } ?s nkg:resolvesTo ?speaker
                } GROUP BY ?speaker""");
        Map<String, Node> t = Map.of("this", NodeFactory.createURI(first("home-topics", "topic")));
        assertSameCounts("topic-speakers", t, "speaker", "claims", """
                SELECT ?speaker (COUNT(DISTINCT ?c) AS ?claims) WHERE {
                  GRAPH ?g { ?s nkg:said ?c . ?c nkg:about ?this } ?s nkg:resolvesTo ?speaker
                } GROUP BY ?speaker""");
        Map<String, Node> d = Map.of("this", NodeFactory.createURI("https://w3id.org/newskg/party/democratic-party-us"));
        assertSameCounts("party-members", d, "person", "articles", """
                SELECT ?person (COUNT(DISTINCT ?g) AS ?articles) WHERE {
                  GRAPH ?g { ?ev nkg:party ?this ; nkg:person ?p } ?p nkg:resolvesTo ?person
                } GROUP BY ?person""");
        assertFalse(rows("party-members", d).isEmpty(), "the demo states Democrats");
    }

    @Test
    void theGraphsNeighboursWeighWhatTheirViewsCount() {
        Map<String, Node> p = Map.of("this", NodeFactory.createURI(RUIZ));
        Map<String, Long> outlets = counts(rows("person-outlets", p), "outlet", "statements");
        Map<String, Long> quotes = new java.util.TreeMap<>();
        for (Map<String, Node> r : rows("neighbours-person", p)) {
            if (r.get("rel").getLiteralLexicalForm().equals("quotes")) quotes.put(r.get("n").getURI(), number(r.get("weight")));
        }
        assertEquals(outlets, quotes, "the outlets around her weigh her attributions in each");
        for (String kind : List.of("neighbours-claim", "neighbours-article", "neighbours-outlet", "neighbours-topic", "neighbours-party")) {
            String node = switch (kind) {
                case "neighbours-claim" -> "https://w3id.org/newskg/id/claim/person/katherine-ruiz/d5e94b6065435aa6";
                case "neighbours-article" -> "https://w3id.org/newskg/id/article/bayport-courier-2026-03-10-election-hearing";
                case "neighbours-outlet" -> first("home-outlets", "outlet");
                case "neighbours-topic" -> first("home-topics", "topic");
                default -> "https://w3id.org/newskg/party/democratic-party-us";
            };
            assertFalse(rows(kind, Map.of("this", NodeFactory.createURI(node))).isEmpty(), kind + " of " + node);
        }
    }

    /**
     * The view's rows, as (key, count), are the reference's, most first; when the view shows a page, it is the head
     * of the reference's list in count order (ties in any order), so it is compared count by count.
     */
    private static void assertSameCounts(String view, Map<String, Node> params, String key, String count, String reference) {
        assertSameCounts(view, params, key, count, reference, !view.equals("person-timeline"));
    }

    private static void assertSameCounts(String view, Map<String, Node> params, String key, String count, String reference, boolean mostFirst) {
        List<Map<String, Node>> shown = rows(view, params);
        Map<String, Long> expected = counts(select(reference, params), key, count);
        List<Long> order = new ArrayList<>();
        for (Map<String, Node> r : shown) {
            String k = text(r.get(key));
            long n = number(r.get(count));
            assertEquals(expected.get(k), n, view + ": " + k);
            order.add(n);
        }
        if (mostFirst) {
            List<Long> desc = new ArrayList<>(order);
            desc.sort(java.util.Comparator.reverseOrder());
            assertEquals(desc, order, view + " lists the most first");
            List<Long> head = new ArrayList<>(expected.values());
            head.sort(java.util.Comparator.reverseOrder());
            assertEquals(head.subList(0, Math.min(head.size(), order.size())), order, view + " shows the head of the list");
        }
        if (shown.size() < pageOf(view)) assertEquals(expected.keySet(), new TreeSet<>(counts(shown, key, count).keySet()), view + " shows every row");
        assertFalse(shown.isEmpty(), view + " has rows in the fixture");
    }

    private static int pageOf(String view) {
        for (List<ExplorerPages.Section> l : ExplorerPages.SECTIONS.values()) for (ExplorerPages.Section s : l) if (s.name().equals(view)) return s.page();
        for (ExplorerPages.Section s : ExplorerPages.HOME) if (s.name().equals(view)) return s.page();
        return Integer.MAX_VALUE;
    }

    private static String first(String view, String var) { return first(view, Map.of(), var); }

    private static String first(String view, Map<String, Node> params, String var) { return rows(view, params).get(0).get(var).getURI(); }

    private static void assertNewestFirst(List<String> days, String what) {
        List<String> sorted = new ArrayList<>(days);
        // Newest first, undated last ("undated" sorts after every date, so it is taken out and put back at the end).
        sorted.removeIf("undated"::equals);
        sorted.sort(java.util.Comparator.reverseOrder());
        while (sorted.size() < days.size()) sorted.add("undated");
        assertEquals(sorted, days, what + ", newest day first");
        assertTrue(new TreeSet<>(days).size() >= 2, what + " span two days at least: " + days);
    }

    private static List<Map<String, Node>> rows(String view, Map<String, Node> params) { return queries.select(view, params, 0).rows(); }

    private static List<Map<String, Node>> select(String query, Map<String, Node> params) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(QueryFactory.create(PREFIXES + query)).substitution(subst(params)).build()) {
                RowSet rs = qe.select();
                List<Map<String, Node>> out = new ArrayList<>();
                rs.forEachRemaining(b -> {
                    Map<String, Node> m = new java.util.LinkedHashMap<>();
                    b.vars().forEachRemaining(v -> m.put(v.getVarName(), b.get(v)));
                    out.add(m);
                });
                return out;
            }
        });
    }

    private static org.apache.jena.sparql.engine.binding.Binding subst(Map<String, Node> params) {
        var b = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
        params.forEach((k, v) -> b.add(org.apache.jena.sparql.core.Var.alloc(k), v));
        return b.build();
    }

    private static Map<String, Long> counts(List<Map<String, Node>> rows, String key, String count) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Map<String, Node> r : rows) out.put(text(r.get(key)), number(r.get(count)));
        return out;
    }

    private static List<String> keys(List<Map<String, Node>> rows, String... vars) {
        List<String> out = new ArrayList<>();
        for (Map<String, Node> r : rows) {
            StringBuilder b = new StringBuilder();
            for (String v : vars) b.append(text(r.get(v))).append(' ');
            out.add(b.toString().strip());
        }
        return out;
    }

    private static String text(Node n) { return n == null ? "" : n.isURI() ? n.getURI() : n.getLiteralLexicalForm(); }

    /** The publication days of a newest-first list, in its order. */
    private static List<String> days(List<Map<String, Node>> rows) {
        List<String> out = new ArrayList<>();
        for (Map<String, Node> r : rows) out.add(r.containsKey("published") ? text(r.get("published")).substring(0, 10) : "undated");
        return out;
    }

    private static long number(Node n) { return Long.parseLong(n.getLiteralLexicalForm()); }
}
