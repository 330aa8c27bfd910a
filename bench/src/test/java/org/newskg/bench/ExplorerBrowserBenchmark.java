package org.newskg.bench;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newskg.explore.ExplorerServlet;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.Tdb2Store;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer's views timed in headless Chromium, as an analyst opens them: per view, the time from the start of
 * the navigation until all its data has arrived (the page itself, which carries its data, the graph's first 25
 * neighbours included, and any {@code /explore/api/} answer it asked for) and until the script has drawn it (the
 * script marks the moment), median of {@code runs} after one warm-up run, and any API answer that was an error.
 * The graph's row is its next expansion, the centre's "Show more", from its request to its answer. With
 * {@code newskg.bench.report=FILE} the tables go to FILE and one row per view to FILE.tsv, which
 * {@code tools/explorer_browser.sh} puts side by side for several stores. The views are the store's busiest: the most quoted speaker
 * (the derived layer's claimRank 1), their newest claim and its article, the outlet of most articles, the topic of
 * most claims, the party of that speaker's first membership (else the Republican Party), a search for the
 * speaker's surname, and the speaker's neighbourhood graph.
 * <p>
 * A benchmark, not a test: it lives with the others in bench/, its name matches none of surefire's test patterns,
 * so it runs only when named, and then only with a store or a server given; it prints a Markdown table. It is in
 * bench's test sources, not in {@code ./newskg bench}, because it drives a browser through Selenium, which the
 * bench jar (the product jar plus the benchmark classes) does not carry. The server-side view latencies in one
 * JVM are {@code ./newskg bench explorer DB}.
 * <pre>
 * eval "$(bash ../shared/browser/install-chromium.sh)"   # CHROME_BIN, CHROMEDRIVER (or source a file that sets them)
 * mvn -B -ntp -pl extractor,bench -am test -Dtest=ExplorerBrowserBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.skip \
 *     -Dnewskg.bench.db=DIR [-Dnewskg.bench.url=http://127.0.0.1:3030] [-Dnewskg.bench.runs=3] [-Dnewskg.bench.report=FILE]
 * </pre>
 * With {@code newskg.bench.url} it times that server (e.g. {@code newskg serve --db DIR --result-limit 1000}
 * after its warm-up); otherwise it serves DIR itself as {@code serve} does (result limit 1,000, warm-up).
 */
class ExplorerBrowserBenchmark {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Issue 20's bound for every view at 10,000 articles; the column says which views keep it. */
    static final int BOUND_MS = 300;
    /**
     * The graph's row: its first 25 neighbours come with the page (timed in the person's row), so this is the next
     * expansion an analyst asks for, the centre's "Show more" (50 neighbours), from the request to its answer.
     */
    static final String GRAPH = "neighbourhood graph, Show more";

    @Test
    void timeEveryViewInTheBrowser() throws Exception {
        String db = System.getProperty("newskg.bench.db");
        String url = System.getProperty("newskg.bench.url");
        String bin = System.getenv("CHROME_BIN");
        String drv = System.getenv("CHROMEDRIVER");
        Assumptions.assumeTrue(db != null || url != null, "skipped: a benchmark; give -Dnewskg.bench.db=DIR (or -Dnewskg.bench.url=URL)");
        Assumptions.assumeTrue(bin != null && drv != null, "skipped: no browser; set CHROME_BIN and CHROMEDRIVER");
        int runs = Integer.getInteger("newskg.bench.runs", 3);
        Tdb2Store store = null;
        NewsKgServer server = null;
        WebDriver driver = null;
        try {
            if (url == null) {
                store = Tdb2Store.open(Path.of(db));
                server = NewsKgServer.builder().dataset(store.dataset()).port(0).resultLimit(1000).build().start();
                System.err.println("ExplorerBrowserBenchmark: warming up as serve does ...");
                server.warmUp(NewsKgServer.WARMUP_BUDGET);
                url = "http://127.0.0.1:" + server.port();
            }
            Map<String, String> views = views(url);
            long articles = articles(url);
            String loadBefore = MachineInfo.loadAverage();
            ChromeOptions o = new ChromeOptions();
            o.setBinary(bin);
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000");
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(drv)).usingAnyFreePort().build(), o);
            String browser = ((ChromeDriver) driver).getCapabilities().getBrowserName() + " " + ((ChromeDriver) driver).getCapabilities().getBrowserVersion();
            StringBuilder detail = new StringBuilder("| view | address | median ms until all data arrived | runs, ms | of which the server: page, slowest API answer (median ms) | API errors |\n"
                    + "| --- | --- | ---: | --- | --- | --- |\n");
            StringBuilder compact = new StringBuilder(String.format("| view | median ms until all its data arrived (%,d articles) | within %d ms | median ms until drawn | API errors |%n"
                    + "| --- | ---: | --- | ---: | --- |%n", articles, BOUND_MS));
            StringBuilder tsv = new StringBuilder();
            for (var v : views.entrySet()) {
                List<Double> times = new ArrayList<>(), pages = new ArrayList<>(), apis = new ArrayList<>(), drawn = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                for (int i = 0; i <= runs; i++) {
                    boolean page = !v.getValue().startsWith("/explore/") && !v.getValue().equals("/");
                    Timing t = open(driver, url + v.getValue(), page, v.getKey().equals(GRAPH));
                    if (i > 0) {
                        times.add(v.getKey().equals(GRAPH) ? t.graphMs() : t.ms());
                        pages.add(t.pageMs());
                        apis.add(t.apiMs());
                        drawn.add(v.getKey().equals(GRAPH) ? Double.NaN : t.drawnMs());
                    }
                    errors.addAll(t.errors());
                }
                double med = median(times);
                String err = errors.isEmpty() ? "none" : String.join(", ", errors);
                detail.append(String.format("| %s | `%s` | %.0f | %s | %.0f, %.0f | %s |%n", v.getKey(), v.getValue(), med,
                        times.stream().map(x -> String.format("%.0f", x)).toList(), median(pages), median(apis), err));
                String drew = v.getKey().equals(GRAPH) ? "–" : String.format("%.0f", median(drawn));
                compact.append(String.format("| %s | %.0f | %s | %s | %s |%n", v.getKey(), med, med <= BOUND_MS && errors.isEmpty() ? "yes" : "no", drew, err));
                tsv.append(String.join("\t", v.getKey(), v.getValue(), String.format("%.0f", med), err, drew)).append('\n');
            }
            String about = String.format("%,d articles at %s, %s, median of %d runs after one warm-up, %s; machine: %s; load average %s before, %s after%n",
                    articles, url, browser, runs, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), MachineInfo.describe(),
                    loadBefore, MachineInfo.loadAverage());
            System.out.println();
            System.out.println(about);
            System.out.println(compact);
            System.out.println(detail);
            String report = System.getProperty("newskg.bench.report");
            if (report != null) {
                Files.writeString(Path.of(report), about + "\n" + compact + "\n" + detail);
                Files.writeString(Path.of(report + ".tsv"), "# " + about + tsv);
            }
        } finally {
            if (driver != null) driver.quit();
            if (server != null) server.stop();
            if (store != null) store.close();
        }
    }

    /**
     * From the navigation's start until all data arrived; how long the graph's first expansion took once asked; how
     * long the server took for the page (request to its last byte) and for its slowest API answer. The rest of the
     * first figure is the browser's: loading and running the script, drawing.
     */
    record Timing(double ms, double graphMs, double pageMs, double apiMs, double drawnMs, List<String> errors) {}

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
    }

    /**
     * Opens the page and waits until its script has drawn it (and, for a page with a graph, until the graph has its
     * nodes); then reads the Resource Timing entries: the navigation's end and every API answer's, from the start of
     * the navigation.
     */
    static Timing open(WebDriver driver, String address, boolean graph, boolean expand) {
        driver.get("about:blank");
        driver.get(address);
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
            Object ready = js(d, "return document.body && document.body.getAttribute('data-ready');");
            if (ready == null) return false;
            if (!graph) return true;
            Object nodes = js(d, "var g = document.getElementById('graph'); return g && g.getAttribute('data-nodes');");
            return nodes != null;
        });
        if (!"true".equals(js(driver, "return document.body.getAttribute('data-ready');"))) {
            return new Timing(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of("page error: " + js(driver, "return document.getElementById('app').innerText;")));
        }
        if (expand) {
            // The centre's "Show more"; a node with no more neighbours than the first 25 expands a neighbour instead.
            js(driver, """
                    const more = document.getElementById('graph-more');
                    if (!more.disabled) more.click();
                    else window.newskgGraph.nodes().filter(n => !n.data('center'))[0].emit('tap');""");
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(
                    js(d, "return performance.getEntriesByType('resource').some(e => e.name.indexOf('/explore/api/graph') >= 0);")));
        }
        // Resource entries are reported when their body has arrived; a script may still be drawing the last one.
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js(driver, """
                const nav = performance.getEntriesByType('navigation')[0];
                let end = nav.responseEnd, graph = 0, api = 0; const errors = [];
                for (const e of performance.getEntriesByType('resource')) {
                  if (e.name.indexOf('/explore/api/') < 0) continue;
                  end = Math.max(end, e.responseEnd);
                  api = Math.max(api, e.responseEnd - e.requestStart);
                  if (e.name.indexOf('/explore/api/graph') >= 0 && !graph) graph = e.responseEnd - e.startTime;
                  if (e.responseStatus && e.responseStatus >= 400) errors.push(e.responseStatus + ' ' + e.name);
                }
                const drawn = Math.max(Number(document.body.getAttribute('data-drawn') || 0),
                  Number((document.getElementById('graph') || document.body).getAttribute('data-drawn') || 0));
                return { end: end, graph: graph, page: nav.responseEnd - nav.requestStart, api: api, drawn: drawn, errors: errors };""");
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) r.get("errors");
        return new Timing(((Number) r.get("end")).doubleValue(), ((Number) r.get("graph")).doubleValue(), ((Number) r.get("page")).doubleValue(),
                ((Number) r.get("api")).doubleValue(), ((Number) r.get("drawn")).doubleValue(), errors);
    }

    /** The views to time, by name, with their addresses on the server; the store's busiest nodes. */
    static Map<String, String> views(String base) throws Exception {
        String person = select(base, "SELECT ?p { GRAPH <https://w3id.org/newskg/graph/derived-summary> { ?p <https://w3id.org/newskg/ontology#claimRank> 1 } }", "p");
        JsonNode page = api(base, "page?iri=" + enc(person));
        JsonNode home = api(base, "home");
        String claim = page.at("/sections/person-claims/rows/0/claim/iri").asText();
        String article = page.at("/sections/person-claims/rows/0/article/iri").asText();
        String outlet = home.at("/sections/home-outlets/rows/0/outlet/iri").asText();
        String topic = home.at("/sections/home-topics/rows/0/topic/iri").asText();
        String party = page.at("/sections/person-parties/rows/0/party/iri").asText("https://w3id.org/newskg/party/republican-party-us");
        if (party.isEmpty()) party = "https://w3id.org/newskg/party/republican-party-us";
        String label = page.get("label").asText();
        String surname = label.substring(label.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("home", "/");
        v.put("search", "/explore/search?q=" + enc(surname));
        v.put("person (" + label + ")", path(person));
        v.put("claim", path(claim));
        v.put("article", path(article));
        v.put("outlet", path(outlet));
        v.put("party", path(party));
        v.put("topic", path(topic));
        v.put(GRAPH, path(person));
        return v;
    }

    /** The store's articles: the store summary's article counts of its outlets, added up. */
    static long articles(String base) throws Exception {
        return Long.parseLong(select(base, "SELECT (SUM(?n) AS ?a) { GRAPH <https://w3id.org/newskg/graph/derived-summary> { ?o <https://w3id.org/newskg/ontology#articleCount> ?n"
                + " FILTER (STRSTARTS(STR(?o), \"https://w3id.org/newskg/id/outlet/\")) } }", "a"));
    }

    static String path(String iri) { return iri.substring(ExplorerServlet.IRI_BASE.length()); }

    static JsonNode api(String base, String what) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/explore/api/" + what)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    static String select(String base, String sparql, String var) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/newskg/query?query=" + enc(sparql)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        JsonNode b = JSON.readTree(r.body()).at("/results/bindings");
        if (b.isEmpty()) throw new IllegalStateException("the store has no answer to " + sparql);
        return b.get(0).get(var).get("value").asText();
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static Object js(WebDriver d, String script) { return ((JavascriptExecutor) d).executeScript(script); }
}
