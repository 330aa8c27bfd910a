package org.newskg.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A resource's page as the server sends it: title, heading, class, label, key facts and the first rows of every
 * section as plain links, so that a reader without the script (curl, a crawler, a link preview, a screen reader
 * that does not run it) sees who or what the page is about. The page's data travels along as JSON, from which the
 * script draws the interactive view in place of the plain one without asking the server again.
 */
final class ExplorerHtml {
    private static final String SHELL = "/org/newskg/explore/web/explore.html";
    private static final String MAIN = "<main id=\"app\"><p class=\"loading\">Loading…</p></main>";
    private static final String TITLE = "<title>newskg explorer</title>";

    /** How a section reads as plain HTML: its heading, the row's link and label, and a count to show beside it. */
    private record View(String heading, String link, String label, String count) {}

    private static final Map<String, View> VIEWS = Map.ofEntries(
            Map.entry("person-names", new View("Names in the articles", null, "name", "articles")),
            Map.entry("person-parties", new View("Party memberships", "party", "partyLabel", "articles")),
            Map.entry("person-timeline", new View("Articles quoting them, per day", null, "day", "articles")),
            Map.entry("person-claims", new View("What they said", "claim", "text", null)),
            Map.entry("person-outlets", new View("Outlets that quote them", "outlet", "label", "statements")),
            Map.entry("person-together", new View("Quoted in the same articles", "other", "label", "articles")),
            Map.entry("claim-versions", new View("Versions", "article", "outletLabel", null)),
            Map.entry("claim-topics", new View("Topics", "topic", "label", null)),
            Map.entry("claim-related", new View("Longer or shorter quotes", "other", "text", null)),
            Map.entry("article-attributions", new View("Attributions in the text", "claim", "text", null)),
            Map.entry("article-memberships", new View("Party memberships stated", "person", "personLabel", null)),
            Map.entry("article-topics", new View("Topics", "topic", "label", "claims")),
            Map.entry("outlet-speakers", new View("Who they quote", "speaker", "label", "statements")),
            Map.entry("outlet-articles", new View("Articles", "article", "title", "statements")),
            Map.entry("party-members", new View("Members, as the articles state it", "person", "label", "articles")),
            Map.entry("party-topics", new View("What its members talk about", "topic", "label", "claims")),
            Map.entry("topic-claims", new View("Claims about it", "claim", "text", null)),
            Map.entry("topic-speakers", new View("Who speaks about it", "speaker", "label", "claims")),
            Map.entry("topic-scheme", new View("In the topic scheme", "other", "label", null)),
            Map.entry("home-persons", new View("Persons quoted by the most outlets", "person", "label", "outlets")),
            Map.entry("home-claims", new View("Claims carried by several outlets", "claim", "text", "outlets")),
            Map.entry("home-outlets", new View("Outlets", "outlet", "label", "articles")),
            Map.entry("home-topics", new View("Topics", "topic", "label", "claims")),
            Map.entry("search-names", new View("Matches", "item", "label", null)),
            Map.entry("search-claims", new View("Claims", "claim", "text", "speaker")));

    /** Key facts in the order shown, with how each reads. */
    private static final List<String[]> FACTS = List.of(
            new String[] {"speaker", "said by"}, new String[] {"outlet", "outlet"}, new String[] {"published", "published"},
            new String[] {"byline", "by"}, new String[] {"claims", "claims"}, new String[] {"statements", "attributed statements"},
            new String[] {"articles", "articles"}, new String[] {"outlets", "outlets"}, new String[] {"firstSeen", "first seen"},
            new String[] {"lastSeen", "last seen"}, new String[] {"rank", "rank among the most quoted"},
            new String[] {"broader", "broader topic"}, new String[] {"definition", "definition"}, new String[] {"utterance", "utterance"},
            new String[] {"url", "source"});

    private static final Map<String, String> KIND_NAMES = Map.of("person", "Person", "organization", "Organization", "claim", "Claim",
            "article", "Article", "outlet", "Outlet", "party", "Party", "topic", "Topic", "resource", "Resource");

    private ExplorerHtml() {}

    /** The shell with the page's content and data in it; {@code page} is {@link ExplorerPages#page}'s answer. */
    static String page(Map<String, Object> page, ObjectMapper json) {
        String label = text(page.get("label"));
        String kind = page.containsKey("kind") ? (String) page.get("kind") : "resource";
        StringBuilder main = new StringBuilder("<main id=\"app\">");
        if (Boolean.TRUE.equals(page.get("notFound"))) {
            main.append("<div class=\"pagehead\"><div><h1>Not found</h1><div class=\"sub\"><span class=\"iri\">")
                .append(esc(text(page.get("iri")))).append("</span></div></div></div>");
        } else {
            head(main, page, kind, label);
            facts(main, page);
            sections(main, page);
        }
        String title = Boolean.TRUE.equals(page.get("notFound")) ? "Not found" : heading(kind, label, page);
        return withData(main, page, json, title);
    }

    /**
     * The home page with its lists in the HTML, and their data for the script, which then asks nothing: one
     * request brings the page and all it shows.
     */
    static String home(Map<String, Object> home, ObjectMapper json) {
        StringBuilder main = new StringBuilder("<main id=\"app\"><div class=\"hero\"><h1>Who said what, reported by whom</h1></div>");
        sections(main, home);
        return withData(main, home, json, null);
    }

    /** A search's results page, the same way: the results in the HTML and as data ({@link ExplorerPages#search}). */
    static String search(Map<String, Object> results, ObjectMapper json) {
        StringBuilder main = new StringBuilder("<main id=\"app\"><div class=\"hero\"><h1>Results for “")
                .append(esc(text(results.get("q")))).append("”</h1></div>");
        sections(main, results);
        return withData(main, results, json, "Search: " + text(results.get("q")));
    }

    private static String withData(StringBuilder main, Map<String, Object> data, ObjectMapper json, String title) {
        main.append("</main>");
        String d;
        try {
            // Inside a script element only "</script" and "<!--" could end or upset it; no "<" is left in the JSON.
            d = json.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page data not writable as JSON", e);
        }
        main.append("\n<script type=\"application/json\" id=\"page-data\">").append(d).append("</script>");
        String s = shell();
        if (title != null) s = s.replace(TITLE, "<title>" + esc(title) + " · newskg explorer</title>");
        return s.replace(MAIN, main.toString());
    }

    private static void head(StringBuilder b, Map<String, Object> page, String kind, String label) {
        String iri = text(page.get("iri"));
        b.append("<div class=\"pagehead\"><div><span class=\"badge ").append(esc(kind)).append("\">")
         .append(esc(KIND_NAMES.getOrDefault(kind, kind))).append("</span> <h1>").append(esc(heading(kind, label, page))).append("</h1>")
         .append("<div class=\"sub\"><span class=\"iri\">").append(esc(iri)).append("</span>");
        String href = ExplorerPages.href(iri);
        if (href != null) {
            b.append("<br><a href=\"").append(esc(href)).append(".ttl\">Turtle</a><a href=\"").append(esc(href)).append(".jsonld\">JSON-LD</a>");
        }
        b.append("</div></div></div>");
    }

    /** A claim is headed by its words in quotation marks, an article by its title. */
    private static String heading(String kind, String label, Map<String, Object> page) {
        if (kind.equals("claim")) return "“" + label.replaceAll("^[\"“”]+|[\"“”,]+$", "") + "”";
        return label;
    }

    @SuppressWarnings("unchecked")
    private static void facts(StringBuilder b, Map<String, Object> page) {
        Map<String, Object> facts = (Map<String, Object>) page.getOrDefault("facts", Map.of());
        StringBuilder dl = new StringBuilder();
        for (String[] f : FACTS) {
            Object v = facts.get(f[0]);
            if (v == null) continue;
            String shown = f[0].equals("speaker") ? text(facts.get("speakerLabel"))
                    : f[0].equals("outlet") ? text(facts.get("outletLabel"))
                    : f[0].equals("broader") ? text(facts.get("broaderLabel")) : null;
            dl.append("<dt>").append(esc(f[1])).append("</dt><dd>").append(value(v, shown)).append("</dd>");
        }
        if (dl.length() > 0) b.append("<section class=\"card facts\"><h2>Key facts</h2><dl>").append(dl).append("</dl></section>");
    }

    @SuppressWarnings("unchecked")
    private static void sections(StringBuilder b, Map<String, Object> page) {
        Map<String, Object> sections = (Map<String, Object>) page.getOrDefault("sections", Map.of());
        for (var e : sections.entrySet()) {
            View v = VIEWS.get(e.getKey());
            if (v == null) continue;
            List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) e.getValue()).get("rows");
            b.append("<section class=\"card\" data-section=\"").append(esc(e.getKey())).append("\"><h2>").append(esc(v.heading())).append("</h2>");
            if (rows.isEmpty()) b.append("<p class=\"empty\">").append(e.getKey().startsWith("search-") ? "Nothing matches." : "None in the store.").append("</p>");
            else {
                b.append("<ul>");
                for (Map<String, Object> r : rows) {
                    String label = text(r.get(v.label()));
                    if (label.isEmpty() && v.link() != null) label = text(r.get(v.link()));
                    b.append("<li>").append(v.link() == null ? esc(label) : value(r.get(v.link()), label));
                    if (v.count() != null && r.get(v.count()) != null) b.append(" <span class=\"n\">").append(esc(text(r.get(v.count())))).append("</span>");
                    b.append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</section>");
        }
    }

    /** An IRI value as a link to its page (or its address), with {@code shown} as its text when given. */
    private static String value(Object v, String shown) {
        if (v instanceof Map<?, ?> m) {
            String iri = text(m.get("iri"));
            String text = shown == null || shown.isEmpty() ? iri : shown;
            Object href = m.get("href");
            return href == null ? esc(text) : "<a href=\"" + esc(href.toString()) + "\">" + esc(text) + "</a>";
        }
        String s = text(v);
        if (s.startsWith("https://") || s.startsWith("http://")) return "<a href=\"" + esc(s) + "\" rel=\"noreferrer\">" + esc(s) + "</a>";
        return esc(shown == null || shown.isEmpty() ? s : shown);
    }

    private static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Map<?, ?> m) return text(m.get("iri"));
        if (v instanceof Double d && d == Math.rint(d)) return Long.toString(d.longValue());
        return v.toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static volatile String shell;

    /** A hash of the explorer's script and style and of the Cytoscape.js version: the asset addresses change with them. */
    private static String assetVersion() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(ExplorerServlet.CYTOSCAPE.getBytes(StandardCharsets.UTF_8));
            for (String a : List.of("explore.js", "explore.css")) {
                try (InputStream in = ExplorerHtml.class.getResourceAsStream("/org/newskg/explore/web/" + a)) {
                    sha.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shell() {
        String s = shell;
        if (s == null) {
            try (InputStream in = ExplorerHtml.class.getResourceAsStream(SHELL)) {
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!s.contains(MAIN) || !s.contains(TITLE)) throw new IllegalStateException(SHELL + " lost its <title> or <main id=\"app\">");
            String v = assetVersion();
            for (String a : List.of("explore.css", "cytoscape.min.js", "explore.js")) s = s.replace("/explore/assets/" + a + "\"", "/explore/assets/" + a + "?v=" + v + "\"");
            shell = s;
        }
        return s;
    }
}
