package org.newskg.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
 * the time it took. Which sections a page has depends on the resource's class.
 */
public final class ExplorerPages {
    private final ExploreQueries queries;
    private final String dataset;

    public ExplorerPages(ExploreQueries queries, String dataset) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The sections of a page kind, in the order the page shows them. */
    private static final Map<String, List<String>> SECTIONS = Map.of(
            "person", List.of("person-names", "person-parties", "person-timeline", "person-claims", "person-outlets", "person-together"),
            "claim", List.of("claim-versions", "claim-topics", "claim-related"),
            "article", List.of("article", "article-attributions", "article-memberships", "article-topics"),
            "outlet", List.of("outlet-speakers", "outlet-articles"),
            "party", List.of("party-members", "party-topics"),
            "topic", List.of("topic-claims", "topic-speakers", "topic-scheme"),
            "organization", List.of("person-names", "person-timeline", "person-claims", "person-outlets"),
            "resource", List.of());

    public Map<String, Object> home() {
        Map<String, Object> out = ExplorerServlet.map("kind", "home", "dataset", dataset);
        out.put("sections", sections(List.of("home-persons", "home-claims", "home-outlets", "home-topics"), Map.of()));
        return out;
    }

    public Map<String, Object> search(String words) {
        Map<String, Object> out = ExplorerServlet.map("q", words, "dataset", dataset);
        if (words.length() < 2) {
            out.put("sections", Map.of());
            return out;
        }
        Map<String, Node> p = Map.of("q", NodeFactory.createLiteralString(words.toLowerCase(Locale.ROOT)));
        out.put("sections", sections(List.of("search-names", "search-claims"), p));
        return out;
    }

    public Map<String, Object> page(String iri) {
        Map<String, Node> p = Map.of("this", NodeFactory.createURI(iri));
        ExploreQueries.Result what = queries.select("resource", p, 0);
        Map<String, Object> out = ExplorerServlet.map("iri", iri, "dataset", dataset);
        if (what.rows().isEmpty()) {
            out.put("notFound", true);
            out.put("sections", sections(List.of(), p));
            return out;
        }
        String kind = "resource";
        String label = null;
        for (Map<String, Node> row : what.rows()) {
            String k = kind(row.get("cls"));
            if (rank(k) < rank(kind)) kind = k;
            if (label == null && row.containsKey("label")) label = row.get("label").getLiteralLexicalForm();
        }
        out.put("kind", kind);
        out.put("class", what.rows().stream().map(r -> r.get("cls").getURI()).filter(u -> u.startsWith(NKG.NS)).findFirst().orElse(null));
        out.put("label", label == null ? iri : label);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("resource", section(what));
        sections.putAll(sections(SECTIONS.get(kind), p));
        out.put("sections", sections);
        return out;
    }

    /** The node's neighbours for the graph view, heaviest first; one more row than asked says there are more. */
    public Map<String, Object> graph(String iri, int limit) {
        ExploreQueries.Result r = queries.select("neighbours", Map.of("this", NodeFactory.createURI(iri)), limit + 1);
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

    private Map<String, Object> sections(List<String> names, Map<String, Node> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String n : names) out.put(n, section(queries.select(n, params, 0)));
        return out;
    }

    private static Map<String, Object> section(ExploreQueries.Result r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Node> row : r.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            row.forEach((k, v) -> m.put(k, value(v)));
            rows.add(m);
        }
        return ExplorerServlet.map("rows", rows, "sparql", r.sparql(), "ms", r.micros() / 1000.0);
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
