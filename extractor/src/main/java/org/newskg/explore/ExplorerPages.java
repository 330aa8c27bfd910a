package org.newskg.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.vocab.NKG;

/**
 * What each explorer view shows, as JSON-ready maps: for every section, its rows, the SPARQL that produced them and
 * the time it took. Which sections a page has depends on the resource's class. Every list is a page of a bounded
 * size ({@link Section#page}): one row more than the page is asked for, and its presence says "show more", which
 * {@link #section} answers from the next offset.
 */
public final class ExplorerPages {
    /**
     * Threads that run one page's queries side by side. A page is six to eight queries, each in its own read
     * transaction (TDB2 readers do not wait on each other); one after the other, a page took the sum of its
     * queries, side by side it takes about its slowest. Four: more than the two cores of the machines measured,
     * because a query also waits on the disk; shared by all requests, so a burst of visitors queues here instead
     * of multiplying the threads.
     */
    static final int QUERY_THREADS = 4;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(QUERY_THREADS, r -> {
        Thread t = new Thread(r, "explorer-query");
        t.setDaemon(true);
        return t;
    });
    /** The graph's first expansion, sent with the page: the panel's 25 neighbours, heaviest first. */
    static final int GRAPH_FIRST = 25;

    private final ExploreQueries queries;
    private final String dataset;

    public ExplorerPages(ExploreQueries queries, String dataset) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** One section of a page: its query and how many rows a page of it shows (0: the query's own LIMIT, no paging). */
    record Section(String name, int page) {}

    private static Section s(String name, int page) { return new Section(name, page); }

    /** The sections of a page kind, in the order the page shows them. */
    static final Map<String, List<Section>> SECTIONS = Map.of(
            "person", List.of(s("person-names", 30), s("person-parties", 20), s("person-timeline", 0), s("person-claims", 50),
                    s("person-outlets", 20), s("person-together", 10)),
            "claim", List.of(s("claim-versions", 50), s("claim-topics", 0), s("claim-related", 20)),
            "article", List.of(s("article-attributions", 0), s("article-memberships", 0), s("article-topics", 0)),
            "outlet", List.of(s("outlet-speakers", 20), s("outlet-articles", 30)),
            "party", List.of(s("party-members", 30), s("party-topics", 20)),
            "topic", List.of(s("topic-claims", 30), s("topic-speakers", 20), s("topic-scheme", 0)),
            "organization", List.of(s("person-names", 30), s("person-timeline", 0), s("person-claims", 50), s("person-outlets", 20)),
            "resource", List.of());

    static final List<Section> HOME = List.of(s("home-persons", 15), s("home-claims", 15), s("home-outlets", 30), s("home-topics", 15));

    /** Each kind's one-row summary: its store-wide label and key facts, read from the derived layer where it has them. */
    private static final Map<String, String> FACTS = Map.of(
            "person", "person-facts", "organization", "person-facts", "claim", "claim-facts", "article", "article",
            "outlet", "outlet-facts", "party", "party-facts", "topic", "topic-facts");

    public Map<String, Object> home() {
        Map<String, Object> out = ExplorerServlet.map("kind", "home", "dataset", dataset);
        out.put("sections", sections(HOME, Map.of()));
        return out;
    }

    public Map<String, Object> search(String words) {
        Map<String, Object> out = ExplorerServlet.map("kind", "search", "q", words, "dataset", dataset);
        Optional<String> lucene = SearchWords.lucene(words);
        if (lucene.isEmpty()) {
            out.put("sections", Map.of());
            return out;
        }
        // Both are built from the same words and bound as string literals, never spliced into the query text.
        Map<String, Node> p = Map.of("q", NodeFactory.createLiteralString(lucene.get()),
                "re", NodeFactory.createLiteralString(SearchWords.pattern(words).orElseThrow()));
        Map<String, Object> sections = sections(List.of(s("search-names", 0), s("search-claims", 0)), p);
        // The kind of each name found, from its IRI: asking the store for its classes would read every article
        // graph that mentions a busy person.
        for (Object row : (List<?>) ((Map<?, ?>) sections.get("search-names")).get("rows")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) row;
            r.put("kind", kindOf((String) ((Map<?, ?>) r.get("item")).get("iri"), Set.of()));
        }
        out.put("sections", sections);
        return out;
    }

    public Map<String, Object> page(String iri) {
        Map<String, Node> p = Map.of("this", NodeFactory.createURI(iri));
        ExploreQueries.Result what = queries.select("resource", p, 0);
        Map<String, Object> out = ExplorerServlet.map("iri", iri, "dataset", dataset);
        if (what.rows().isEmpty()) {
            out.put("notFound", true);
            out.put("sections", Map.of("resource", section(what, 0, 0)));
            return out;
        }
        Set<String> classes = new LinkedHashSet<>();
        for (Map<String, Node> row : what.rows()) classes.add(row.get("cls").getURI());
        String kind = kindOf(iri, classes);
        out.put("kind", kind);
        out.put("class", classes.stream().filter(u -> u.startsWith(NKG.NS)).findFirst().orElse(null));
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("resource", section(what, 0, 0));
        // The key facts, every section and the graph's first expansion, side by side.
        CompletableFuture<ExploreQueries.Result> f = FACTS.containsKey(kind) ? async(() -> queries.select(FACTS.get(kind), p, 0)) : null;
        CompletableFuture<Map<String, Object>> rest = sectionsAsync(SECTIONS.get(kind), p);
        CompletableFuture<Map<String, Object>> graph = async(() -> graph(iri, GRAPH_FIRST));
        Map<String, Object> facts = Map.of();
        if (f != null) {
            ExploreQueries.Result fr = join(f);
            sections.put(fr.name(), section(fr, 0, 0));
            if (!fr.rows().isEmpty()) facts = row(fr.rows().get(0));
        }
        String label = facts.get("label") instanceof String l ? l : printedName(iri, p);
        out.put("label", label);
        out.put("facts", facts);
        sections.putAll(join(rest));
        out.put("sections", sections);
        out.put("graph", join(graph));
        return out;
    }

    /** Without a store-wide label (a node the derived layer does not know yet): a name as printed, else the IRI. */
    private String printedName(String iri, Map<String, Node> p) {
        List<Map<String, Node>> rows = queries.select("printed-name", p, 0).rows();
        if (!rows.isEmpty() && rows.get(0).containsKey("label")) return rows.get(0).get("label").getLiteralLexicalForm();
        return iri;
    }

    /**
     * The next page of one section: rows from {@code offset}, as many as the section's page. Only the sections of
     * the pages (and of the home page) can be asked for; {@code iri} is bound as {@code ?this}.
     */
    public Optional<Map<String, Object>> section(String name, String iri, int offset) {
        Optional<Section> sec = known(name);
        if (sec.isEmpty() || sec.get().page() == 0) return Optional.empty();
        Map<String, Node> p = iri == null ? Map.of() : Map.of("this", NodeFactory.createURI(iri));
        int page = sec.get().page();
        Map<String, Object> out = section(queries.select(name, p, page + 1, offset), page, offset);
        out.put("dataset", dataset);
        return Optional.of(out);
    }

    private static Optional<Section> known(String name) {
        for (List<Section> l : SECTIONS.values()) for (Section s : l) if (s.name().equals(name)) return Optional.of(s);
        return HOME.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The graph view's neighbours query of each page kind; other resources get the generic one. */
    private static final Map<String, String> NEIGHBOURS = Map.of("person", "neighbours-person", "organization", "neighbours-person",
            "claim", "neighbours-claim", "article", "neighbours-article", "outlet", "neighbours-outlet", "topic", "neighbours-topic",
            "party", "neighbours-party");

    /** The node's neighbours for the graph view, heaviest first; one more row than asked says there are more. */
    public Map<String, Object> graph(String iri, int limit) {
        String query = NEIGHBOURS.getOrDefault(kindOf(iri, Set.of()), "neighbours");
        ExploreQueries.Result r = queries.select(query, Map.of("this", NodeFactory.createURI(iri)), limit + 1);
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        List<Map<String, Node>> rows = r.rows();
        for (Map<String, Node> row : rows.subList(0, Math.min(limit, rows.size()))) {
            String n = row.get("n").getURI();
            nodes.add(ExplorerServlet.map("id", n, "kind", kind(row.get("cls")), "label",
                    row.containsKey("label") ? row.get("label").getLiteralLexicalForm() : n, "href", href(n)));
            boolean out = row.get("dir").getLiteralLexicalForm().equals("out");
            edges.add(ExplorerServlet.map("source", out ? iri : n, "target", out ? n : iri,
                    "rel", row.get("rel").getLiteralLexicalForm(), "weight", value(row.get("weight"))));
        }
        return ExplorerServlet.map("center", iri, "nodes", nodes, "edges", edges, "more", rows.size() > limit,
                "limit", limit, "sparql", r.sparql(), "ms", r.micros() / 1000.0, "dataset", dataset);
    }

    public boolean exists(String iri) {
        return !queries.select("resource", Map.of("this", NodeFactory.createURI(iri)), 0).rows().isEmpty();
    }

    /** The resource's triples for Linked Data clients, with the prefixes a reader expects. */
    public Graph describe(String iri) {
        Graph g = queries.construct("describe", Map.of("this", NodeFactory.createURI(iri)));
        PrefixMapping pm = g.getPrefixMapping();
        pm.setNsPrefix("nkg", NKG.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("rdf", RDF.uri).setNsPrefix("rdfs", RDFS.uri)
          .setNsPrefix("xsd", XSD.NS).setNsPrefix("owl", OWL.NS).setNsPrefix("id", NKG.ID)
          .setNsPrefix("topic", NKG.TOPIC).setNsPrefix("party", NKG.PARTY);
        return g;
    }

    private Map<String, Object> sections(List<Section> list, Map<String, Node> params) { return join(sectionsAsync(list, params)); }

    /** The sections' first pages, their queries run side by side, in the list's order. */
    private CompletableFuture<Map<String, Object>> sectionsAsync(List<Section> list, Map<String, Node> params) {
        List<CompletableFuture<Map<String, Object>>> each = new ArrayList<>();
        for (Section s : list) each.add(async(() -> section(queries.select(s.name(), params, s.page() == 0 ? 0 : s.page() + 1), s.page(), 0)));
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).handle((x, e) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) out.put(list.get(i).name(), join(each.get(i)));
            return out;
        });
    }

    private static <T> CompletableFuture<T> async(Supplier<T> work) { return CompletableFuture.supplyAsync(work, POOL); }

    /** The value, or the query's own exception (a time-out, a bad parameter) as if it had run on this thread. */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** A section's rows (at most {@code page} when paged, with {@code more} telling whether a next page exists). */
    private static Map<String, Object> section(ExploreQueries.Result r, int page, int offset) {
        List<Map<String, Node>> all = r.rows();
        boolean more = page > 0 && all.size() > page;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Node> row : more ? all.subList(0, page) : all) rows.add(row(row));
        Map<String, Object> out = ExplorerServlet.map("rows", rows, "sparql", r.sparql(), "ms", r.micros() / 1000.0);
        if (page > 0) {
            out.put("more", more);
            out.put("offset", offset);
            out.put("page", page);
        }
        return out;
    }

    private static Map<String, Object> row(Map<String, Node> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k, value(v)));
        return m;
    }

    /** An IRI becomes {@code {iri, href}} (href: its page on this server, if it has one); a literal its value. */
    static Object value(Node n) {
        if (n.isURI()) return ExplorerServlet.map("iri", n.getURI(), "href", href(n.getURI()));
        if (!n.isLiteral()) return n.toString();
        Object v = n.getLiteralValue();
        if (n.getLiteralDatatype() instanceof XSDDatatype && (v instanceof Number || v instanceof Boolean)) {
            if (v instanceof BigDecimal d) return d.doubleValue();
            return v;
        }
        return n.getLiteralLexicalForm();
    }

    static String href(String iri) {
        String rest = iri.startsWith(ExplorerServlet.IRI_BASE) ? iri.substring(ExplorerServlet.IRI_BASE.length()) : null;
        if (rest == null || !(rest.startsWith("/id/") || rest.startsWith("/topic/") || rest.startsWith("/party/"))) return null;
        return rest;
    }

    /**
     * The page a resource gets. Minted IRIs say what they name ({@code Iris}), so the path decides where it can:
     * the classes over the union graph are read from every article graph that mentions the node, which for a busy
     * outlet is every article it published.
     */
    static String kindOf(String iri, Set<String> classes) {
        String rest = iri.startsWith(ExplorerServlet.IRI_BASE) ? iri.substring(ExplorerServlet.IRI_BASE.length()) : "";
        if (rest.startsWith("/topic/")) return "topic";
        if (rest.startsWith("/party/")) return "party";
        if (rest.startsWith("/id/article/")) return "article";
        if (rest.startsWith("/id/outlet/")) return "outlet";
        if (rest.startsWith("/id/claim/") || rest.startsWith("/id/utterance/")) return "claim";
        if (rest.startsWith("/id/person/")) return "person";
        if (rest.startsWith("/id/org/")) return "organization";
        String kind = "resource";
        for (String c : classes) {
            String k = kind(NodeFactory.createURI(c));
            if (rank(k) < rank(kind)) kind = k;
        }
        return kind;
    }

    static String kind(Node cls) {
        if (cls == null || !cls.isURI()) return "resource";
        return switch (cls.getURI().replace(NKG.NS, "")) {
            case "Person" -> "person";
            case "Organization" -> "organization";
            case "Claim", "Utterance" -> "claim";
            case "Article" -> "article";
            case "Outlet" -> "outlet";
            case "Party" -> "party";
            case "Topic" -> "topic";
            default -> "resource";
        };
    }

    /** A resource with several classes takes the page of the most specific one. */
    private static int rank(String kind) {
        return switch (kind) {
            case "claim" -> 0;
            case "person", "organization" -> 1;
            case "article" -> 2;
            case "outlet" -> 3;
            case "party" -> 4;
            case "topic" -> 5;
            default -> 9;
        };
    }
}
