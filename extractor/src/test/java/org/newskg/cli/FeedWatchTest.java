package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.newskg.ingest.warc.UrlIds;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.HtmlPage;
import org.newskg.testkit.Snapshots;

/**
 * `newskg watch --feed` against a site on 127.0.0.1 that serves an RSS feed, an Atom feed, robots.txt and pages
 * written here: what is fetched, how, what is loaded, and what the archive holds.
 */
class FeedWatchTest {
    static final String CONTACT = "mailto:desk@harbor-gazette.example";

    @TempDir Path tmp;
    HttpServer server;
    String base;
    /** Every request the site saw: path and headers, in order. */
    final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    final List<Long> times = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger flaky = new AtomicInteger();

    static String page(String title, String... paragraphs) { return HtmlPage.titled(title).bare().paragraphs(paragraphs).html(); }

    static final Map<String, String> PAGES = Map.of(
            "/news/a.html", page("Pier reopens", "\u201cThe pier reopens in May,\u201d said Kate Ruiz, the harbor commissioner."),
            "/news/b.html", page("Ferry crews vote", "Tom Alcott said the ferry crews would vote on Monday."),
            "/news/c.html", page("Budget passes", "Republican Sen. Dana Whitlow said the budget would pass.", "\u201cIt passed,\u201d Kate Ruiz said."),
            "/news/e.html", page("Night ferry kept", "According to Lena Marsh, the night ferry will keep running."),
            "/private/d.html", page("Staff only", "Tom Alcott said nothing."));

    String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbor Gazette</title><link>%1$s/</link><description>News</description>
                <item><title>Pier reopens</title><link>%1$s/news/a.html</link></item>
                <item><title>Ferry crews vote</title><link>/news/b.html</link></item>
                <item><title>Staff only</title><link>%1$s/private/d.html</link></item>
                <item><title>Budget document</title><link>%1$s/news/report.pdf</link></item>
                <item><title>Budget passes</title><link>%1$s/news/c.html</link></item>
                </channel></rss>
                """.formatted(base);
    }

    String atom() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Gazette, ferries</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                <updated>2026-03-11T07:00:00Z</updated>
                <entry><title>Night ferry kept</title><link href="%1$s/news/e.html"/><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <updated>2026-03-11T07:00:00Z</updated></entry></feed>
                """.formatted(base);
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() { server.stop(0); }

    private void serve(HttpExchange x) throws IOException {
        times.add(System.nanoTime());
        Map<String, String> seen = new HashMap<>();
        seen.put("path", x.getRequestURI().getPath());
        x.getRequestHeaders().forEach((k, v) -> seen.put(k.toLowerCase(), String.join(",", v)));
        requests.add(seen);
        String path = x.getRequestURI().getPath();
        switch (path) {
            case "/robots.txt" -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n", Map.of());
            case "/feed.xml" -> conditional(x, "\"rss-v1\"", "application/rss+xml", rss());
            case "/atom.xml" -> conditional(x, "\"atom-v1\"", "application/atom+xml", atom());
            case "/news/report.pdf" -> send(x, 200, "application/pdf", "%PDF-1.4", Map.of());
            default -> {
                if (path.equals("/news/b.html") && flaky.getAndIncrement() == 0) {
                    send(x, 503, "text/plain", "busy", Map.of("Retry-After", "0"));
                } else if (PAGES.containsKey(path)) {
                    send(x, 200, "text/html; charset=utf-8", PAGES.get(path), Map.of());
                } else {
                    send(x, 404, "text/plain", "no such page", Map.of());
                }
            }
        }
    }

    private void conditional(HttpExchange x, String etag, String type, String body) throws IOException {
        String lastModified = "Wed, 11 Mar 2026 07:00:00 GMT";
        if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            x.getResponseHeaders().add("ETag", etag);
            x.sendResponseHeaders(304, -1);
            x.close();
            return;
        }
        send(x, 200, type, body, Map.of("ETag", etag, "Last-Modified", lastModified));
    }

    private static void send(HttpExchange x, int status, String type, String body, Map<String, String> headers) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        headers.forEach((k, v) -> x.getResponseHeaders().add(k, v));
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    private int watch(Path db, String... extra) {
        List<String> args = new ArrayList<>(List.of("watch", "--once", "--db", db.toString(), "--contact", CONTACT, "--host-delay", "60ms"));
        args.addAll(List.of(extra));
        args.addAll(List.of("--feed", base + "/feed.xml", base + "/atom.xml"));
        return Main.run(args.toArray(String[]::new));
    }

    private List<String> pathsRequested(int from) {
        synchronized (requests) {
            return requests.subList(from, requests.size()).stream().map(r -> r.get("path")).toList();
        }
    }

    private static Set<String> articleIds(Path db) {
        try (Tdb2Store s = Tdb2Store.open(db)) {
            return new TreeSet<>(s.records().keySet());
        }
    }

    private Set<String> ids(String... paths) {
        Set<String> s = new TreeSet<>();
        for (String p : paths) s.add(UrlIds.of(base + p));
        return s;
    }

    @Test
    void aFirstRunLoadsTheNewItemsPolitelyAndASecondGets304AndLoadsNothing() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(Main.OK, watch(db));
        assertEquals(ids("/news/a.html", "/news/b.html", "/news/c.html", "/news/e.html"), articleIds(db));

        List<String> first = pathsRequested(0);
        assertFalse(first.contains("/private/d.html"), "robots.txt disallows it: " + first);
        assertEquals(1, Collections.frequency(first, "/robots.txt"), "robots.txt once per host and run: " + first);
        assertEquals(2, Collections.frequency(first, "/news/b.html"), "a 503 is retried: " + first);
        for (Map<String, String> r : requests) {
            assertTrue(r.get("user-agent").matches("newskg/\\d+\\.\\d+\\.\\d+ \\(\\+" + CONTACT + "\\)"), r.toString());
        }
        synchronized (times) {
            for (int i = 1; i < times.size(); i++)
                assertTrue(times.get(i) - times.get(i - 1) >= 60_000_000L, "requests to one host are 60 ms apart at least: request " + i);
        }

        Map<String, org.apache.jena.graph.Graph> before;
        try (Tdb2Store s = Tdb2Store.open(db)) {
            before = Snapshots.all(s.dataset());
        }
        int mark = requests.size();
        assertEquals(Main.OK, watch(db));
        List<String> second = pathsRequested(mark);
        assertEquals(List.of("/robots.txt", "/feed.xml", "/atom.xml"), second, "no page is fetched again");
        assertEquals("\"rss-v1\"", requests.get(mark + 1).get("if-none-match"));
        assertEquals("Wed, 11 Mar 2026 07:00:00 GMT", requests.get(mark + 1).get("if-modified-since"));
        assertEquals("\"atom-v1\"", requests.get(mark + 2).get("if-none-match"));
        try (Tdb2Store s = Tdb2Store.open(db)) {
            Map<String, org.apache.jena.graph.Graph> after = s == null ? null : Snapshots.all(s.dataset());
            assertEquals(before.keySet(), after.keySet());
            for (String g : before.keySet()) assertTrue(before.get(g).isIsomorphicWith(after.get(g)), g);
        }

        // The archive holds each page as a request and a response, and rebuilds the store on its own.
        Path archive = tmp.resolve("db.feeds.warc.gz");
        List<String> types = new ArrayList<>();
        Set<String> archived = new TreeSet<>();
        try (WarcReader r = new WarcReader(archive)) {
            for (WarcRecord rec : r) {
                types.add(rec.type());
                if (rec instanceof WarcResponse resp) {
                    archived.add(resp.target());
                    assertEquals(200, resp.http().status());
                    assertNotNull(resp.payloadDigest().orElse(null));
                }
                if (rec instanceof WarcRequest req) assertTrue(req.http().headers().first("User-Agent").orElse("").startsWith("newskg/"));
            }
        }
        assertEquals(8, types.size(), types.toString());
        assertEquals(Set.of(base + "/news/a.html", base + "/news/b.html", base + "/news/c.html", base + "/news/e.html"), archived);
        Path rebuilt = tmp.resolve("db-from-archive");
        assertEquals(Main.OK, Main.run("load", "--quiet", "--force", "--db", rebuilt.toString(), archive.toString()));
        IngestCommandTest.assertSameStores(db, rebuilt);
        assertEquals(Main.OK, Main.run("load", "--quiet", "--force", "--db", db.toString(), archive.toString()));
        IngestCommandTest.assertSameStores(rebuilt, db);
    }

    @Test
    void theCapHoldsAndWhatItHeldBackIsFetchedNextRunEvenWhenTheFeedIsNotModified() throws IOException {
        Path db = tmp.resolve("db");
        Set<String> pages = Set.of("/news/a.html", "/news/b.html", "/news/c.html", "/news/e.html", "/news/report.pdf", "/private/d.html");
        int[] loadedAfter = new int[3];
        for (int run = 0; run < 3; run++) {
            int mark = requests.size();
            assertEquals(Main.OK, watch(db, "--max-items", "2"));
            long distinctPages = pathsRequested(mark).stream().filter(pages::contains).distinct().count();
            assertTrue(distinctPages <= 2, "run " + run + " fetched " + pathsRequested(mark));
            loadedAfter[run] = articleIds(db).size();
            // A run that died in the middle of a record leaves half of it; the next run cuts it off.
            if (run == 0) Files.write(tmp.resolve("db.feeds.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2}, java.nio.file.StandardOpenOption.APPEND);
        }
        assertEquals(Main.OK, Main.run("load", "--quiet", "--db", tmp.resolve("db-from-archive").toString(), tmp.resolve("db.feeds.warc.gz").toString()));
        assertEquals(articleIds(db), articleIds(tmp.resolve("db-from-archive")));
        // a, b; then c and the PDF (robots.txt spares d without spending the cap); then e from the Atom feed.
        assertEquals(List.of(2, 3, 4), List.of(loadedAfter[0], loadedAfter[1], loadedAfter[2]));
        assertEquals(ids("/news/a.html", "/news/b.html", "/news/c.html", "/news/e.html"), articleIds(db));
    }

    @Test
    void aFeedRunWithoutAContactIsRefused() {
        assertEquals(Main.USAGE, Main.run("watch", "--once", "--db", tmp.resolve("db").toString(), "--feed", base + "/feed.xml"));
        assertTrue(requests.isEmpty(), "nothing is fetched");
    }
}
