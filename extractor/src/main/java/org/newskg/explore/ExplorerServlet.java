package org.newskg.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.newskg.query.QueryLibrary;

/**
 * The explorer over HTTP. A resource's page is at its own path ({@code /id/person/katherine-ruiz} for
 * {@code https://w3id.org/newskg/id/person/katherine-ruiz}), so it can be bookmarked; the server sends it with its
 * heading, key facts and links in the HTML and its data as JSON ({@link ExplorerHtml}), and the script draws the
 * interactive view from that data. The home page and a search's results come the same way; the queries page is
 * the shell, whose script asks the JSON API. The same path answers Linked Data clients with Turtle or JSON-LD, by the Accept header or a
 * {@code .ttl}/{@code .jsonld} suffix. Only GET and HEAD exist: nothing here writes.
 *
 * <ul>
 *   <li>{@code /} the home page (Fuseki's UI keeps its {@code /#/...} addresses: the shell hands those to {@code /index.html});</li>
 *   <li>{@code /explore/assets/*} the shell's script, style and Cytoscape.js, from the jar;</li>
 *   <li>{@code /explore/api/{home,search,page,section,graph,queries}} JSON ({@code section}: the next page of a list);</li>
 *   <li>{@code /id/*}, {@code /topic/*}, {@code /party/*} the graph's IRIs, negotiated.</li>
 * </ul>
 */
public final class ExplorerServlet extends HttpServlet {
    /** The graph's IRIs are this base plus a path that this server answers. */
    public static final String IRI_BASE = "https://w3id.org/newskg";
    /** Where the servlet is mapped, for {@link org.apache.jena.fuseki.main.FusekiServer.Builder#addServlet}. */
    public static final List<String> PATHS = List.of("", "/explore/*", "/id/*", "/topic/*", "/party/*");

    private static final String WEB = "/org/newskg/explore/web/";
    static final String CYTOSCAPE = "/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final Pattern ASSET = Pattern.compile("[a-z0-9-]+\\.(js|css|svg)");
    /** What an IRI can be fetched as; on a tie (a client that accepts anything) the first wins. */
    private static final List<String> OFFERS = List.of("text/turtle", "text/html", "application/ld+json",
            "application/n-triples", "application/xhtml+xml");
    private static final int MAX_QUERY_CHARS = 200;
    /** How far "show more" pages into a list: far enough for a reader, short of making the store skip a million rows. */
    private static final int MAX_OFFSET = 10_000;

    private final transient ExplorerPages pages;
    private final String dataset;
    private final ObjectMapper json = new ObjectMapper();

    /** @param dataset the Fuseki dataset name, for the links into Fuseki's query editor */
    public ExplorerServlet(ExplorerPages pages, String dataset) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        // Left percent-encoded: article IRIs keep their escapes (Iris.encode), so the raw path is the IRI's path.
        if (path.isEmpty()) path = "/";
        try {
            if (path.equals("/")) html(resp, 200, ExplorerHtml.home(pages.home(), json));
            else if (path.equals("/explore/search")) html(resp, 200, ExplorerHtml.search(pages.search(words(req.getParameter("q"))), json));
            else if (path.equals("/explore/queries")) html(resp, 200, ExplorerHtml.shell());
            else if (path.startsWith("/explore/assets/")) asset(path.substring("/explore/assets/".length()), req.getParameter("v") != null, resp);
            else if (path.startsWith("/explore/api/")) api(path.substring("/explore/api/".length()), req, resp);
            else if (path.startsWith("/id/") || path.startsWith("/topic/") || path.startsWith("/party/")) linkedData(path, req, resp);
            else resp.sendError(404);
        } catch (BadRequest e) {
            resp.setStatus(400);
            writeJson(resp, Map.of("error", e.getMessage()));
        }
    }

    private void api(String what, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object body = switch (what) {
            case "home" -> pages.home();
            case "search" -> pages.search(words(req.getParameter("q")));
            case "page" -> pages.page(iri(req.getParameter("iri")));
            case "graph" -> pages.graph(iri(req.getParameter("iri")), number(req.getParameter("limit"), 25, 500));
            case "section" -> pages.section(name(req.getParameter("name")), req.getParameter("iri") == null ? null : iri(req.getParameter("iri")),
                    offset(req.getParameter("offset"))).orElseThrow(() -> new BadRequest("no paged section named " + req.getParameter("name")));
            case "queries" -> queries();
            default -> null;
        };
        if (body == null) {
            resp.sendError(404);
            return;
        }
        if (body instanceof Map<?, ?> m && m.containsKey("notFound")) resp.setStatus(404);
        writeJson(resp, body);
    }

    /** The analysts' queries of {@code queries/}, each with its question and text, for Fuseki's editor. */
    private Map<String, Object> queries() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String n : QueryLibrary.names()) {
            String text = QueryLibrary.text(n);
            out.add(Map.of("name", n, "question", QueryLibrary.question(text), "sparql", text));
        }
        return Map.of("queries", out, "dataset", dataset);
    }

    private void linkedData(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = null;
        if (path.endsWith(".ttl")) format = "text/turtle";
        else if (path.endsWith(".jsonld")) format = "application/ld+json";
        if (format != null) path = path.substring(0, path.lastIndexOf('.'));
        String iri = iri(IRI_BASE + path);
        if (format == null) {
            String accept = req.getHeader("Accept");
            format = negotiate(accept);
            resp.setHeader("Vary", "Accept");
        }
        if (format.equals("text/html") || format.equals("application/xhtml+xml")) {
            Map<String, Object> page = pages.page(iri);
            resp.setStatus(page.containsKey("notFound") ? 404 : 200);
            resp.setContentType("text/html;charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            try (OutputStream out = resp.getOutputStream()) {
                out.write(ExplorerHtml.page(page, json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return;
        }
        boolean known = pages.exists(iri);
        if (!known) {
            resp.sendError(404, "nothing is known about " + iri);
            return;
        }
        Graph g = pages.describe(iri);
        RDFFormat f = switch (format) {
            case "application/ld+json" -> RDFFormat.JSONLD11;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        resp.setContentType(format + (format.startsWith("text/") || format.endsWith("n-triples") ? ";charset=utf-8" : ""));
        try (OutputStream out = resp.getOutputStream()) {
            RDFWriter.source(g).format(f).output(out);
        }
    }

    /**
     * The offer the client prefers: each offer takes the quality of the most specific Accept entry that covers it
     * (a browser's {@code text/html} at 1 beats its {@code *}{@code /*;q=0.8}); 406 is never answered, Turtle is.
     * Jena's {@code AcceptList.match} is not used because it ranks by the server's order of offers first.
     */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) return OFFERS.get(0);
        String best = OFFERS.get(0);
        double bestQ = -1;
        for (String offer : OFFERS) {
            double q = 0;
            int specificity = -1;
            for (String part : accept.split(",")) {
                String[] f = part.strip().split(";");
                String range = f[0].strip().toLowerCase(java.util.Locale.ROOT);
                int spec = range.equals(offer) ? 2 : range.equals(offer.substring(0, offer.indexOf('/')) + "/*") ? 1 : range.equals("*/*") ? 0 : -1;
                if (spec <= specificity) continue;
                double quality = 1;
                for (int i = 1; i < f.length; i++) {
                    String param = f[i].strip();
                    if (param.startsWith("q=")) {
                        try {
                            quality = Double.parseDouble(param.substring(2));
                        } catch (NumberFormatException e) {
                            quality = 0;
                        }
                    }
                }
                specificity = spec;
                q = quality;
            }
            if (q > bestQ) {
                bestQ = q;
                best = offer;
            }
        }
        return best;
    }

    /** The home page and a search's results come with their data, as a resource's page does; the queries page is the shell. */
    private static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * A script, style or picture from the jar. The pages ask for them with the jar's asset version ({@code ?v=}, see
     * {@link ExplorerHtml#shell}), so a browser may keep them: a new jar asks for new addresses.
     */
    private void asset(String name, boolean versioned, HttpServletResponse resp) throws IOException {
        String resource;
        if (name.equals("cytoscape.min.js")) resource = CYTOSCAPE;
        else if (ASSET.matcher(name).matches()) resource = WEB + name;
        else {
            resp.sendError(404);
            return;
        }
        resp.setContentType(name.endsWith(".js") ? "text/javascript;charset=utf-8"
                : name.endsWith(".css") ? "text/css;charset=utf-8" : "image/svg+xml");
        resp.setHeader("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "no-cache");
        if (!copy(resource, resp)) resp.sendError(404);
    }

    private static boolean copy(String resource, HttpServletResponse resp) throws IOException {
        try (InputStream in = ExplorerServlet.class.getResourceAsStream(resource)) {
            if (in == null) return false;
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
            return true;
        }
    }

    private void writeJson(HttpServletResponse resp, Object body) throws IOException {
        resp.setContentType("application/json;charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            json.writeValue(out, body);
        }
    }

    /** A visitor's words become one string literal that the query binds; its length is capped, nothing else changes. */
    private static String words(String q) {
        if (q == null) return "";
        String s = q.strip();
        if (s.length() > MAX_QUERY_CHARS) throw new BadRequest("search text longer than " + MAX_QUERY_CHARS + " characters");
        return s;
    }

    /** Only the graph's own IRIs are looked up, and only well-formed ones. */
    private static String iri(String s) {
        if (s == null || !s.startsWith(IRI_BASE + "/")) throw new BadRequest("not an IRI of this graph: " + s);
        try {
            IRIx x = IRIx.create(s);
            if (!x.isAbsolute()) throw new BadRequest("not an absolute IRI: " + s);
            return x.str();
        } catch (IRIException e) {
            throw new BadRequest("not a well-formed IRI: " + s);
        }
    }

    /** A section's name: lower-case words and hyphens only; {@link ExplorerPages#section} knows which exist. */
    private static String name(String s) {
        if (s == null || !s.matches("[a-z-]{1,40}")) throw new BadRequest("not a section name: " + s);
        return s;
    }

    private static int offset(String s) {
        if (s == null) return 0;
        try {
            int o = Integer.parseInt(s);
            if (o < 0 || o > MAX_OFFSET) throw new BadRequest("offset out of range: " + s);
            return o;
        } catch (NumberFormatException e) {
            throw new BadRequest("not a number: " + s);
        }
    }

    private static int number(String s, int dflt, int max) {
        if (s == null) return dflt;
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            throw new BadRequest("not a number: " + s);
        }
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String m) { super(m); }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
