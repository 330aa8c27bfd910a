package org.newskg.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newskg.ingest.IngestItem;

/**
 * The watcher's library, run after run, against a site on 127.0.0.1 whose feeds, robots.txt and pages a test sets:
 * what is fetched, what is archived, what is remembered, and what a failure says.
 */
class FeedWatcherTest {
    static final String UA = "newskg/" + UserAgent.version() + " (+mailto:desk@millbrook-ledger.example)";

    @TempDir Path tmp;
    HttpServer server;
    String base;
    /** What the site serves, by path: content type and body; a path not here answers 404. */
    final Map<String, String[]> site = new ConcurrentHashMap<>();
    final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    static String page(String headline, String sentence) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1><p>" + sentence + "</p></article></body></html>";
    }

    static final String MILL = page("Mill reopens", "\u201cThe mill reopens in June,\u201d said Rosa Quint, the town clerk.");
    static final String BRIDGE = page("Bridge closed", "Engineer Paul Varga said the bridge would stay closed until autumn.");
    static final String SCHOOL = page("School vote", "The school board will vote on Tuesday, Rosa Quint said.");

    String rss(String... paths) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Millbrook Ledger</title>"
                + "<link>" + base + "/</link><description>News</description>");
        for (String p : paths) s.append("<item><title>").append(p).append("</title><link>").append(base).append(p).append("</link></item>");
        return s.append("</channel></rss>").toString();
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        site.put("/robots.txt", new String[] {"text/plain", "User-agent: *\nDisallow: /private/\n"});
    }

    @AfterEach
    void stop() { server.stop(0); }

    private void serve(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        requested.add(path);
        String[] r = site.get(path);
        int status = r == null ? 404 : r[0].startsWith("status:") ? Integer.parseInt(r[0].substring(7)) : 200;
        String etag = r == null || r.length < 3 ? null : r[2];
        if (etag != null && etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            x.sendResponseHeaders(304, -1);
            x.close();
            return;
        }
        byte[] b = (r == null ? "no such page" : r[1]).getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", r == null || status != 200 ? "text/plain" : r[0]);
        if (etag != null) x.getResponseHeaders().add("ETag", etag);
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    FeedWatcher.Run run(String... feedPaths) throws Exception {
        FeedWatcher.Builder b = FeedWatcher.builder().archive(tmp.resolve("site.warc.gz")).state(tmp.resolve("state.json")).userAgent(UA)
                .hostDelay(Duration.ofMillis(1)).retries(0, Duration.ofMillis(1));
        for (String f : feedPaths) b.feed(URI.create(f.startsWith("http") ? f : base + f));
        FeedWatcher.Run r = b.build().run();
        r.commit();
        return r;
    }

    long pageRequests(String path) { synchronized (requested) { return requested.stream().filter(path::equals).count(); } }

    List<String> archivedResponses() throws IOException {
        List<String> out = new ArrayList<>();
        try (WarcReader r = new WarcReader(tmp.resolve("site.warc.gz"))) {
            for (WarcRecord rec : r) if (rec instanceof WarcResponse resp) out.add(resp.target().substring(base.length()));
        }
        return out;
    }

    static List<IngestItem.Failed> failures(FeedWatcher.Run r) {
        return r.items().stream().filter(IngestItem.Failed.class::isInstance).map(IngestItem.Failed.class::cast).toList();
    }

    @Test
    void aPageListedByTwoFeedsIsFetchedOnceAndNotAgainWhenAThirdFeedListsItLater() throws Exception {
        site.put("/news/mill.html", new String[] {"text/html; charset=utf-8", MILL});
        site.put("/news/bridge.html", new String[] {"text/html; charset=utf-8", BRIDGE});
        site.put("/local.xml", new String[] {"application/rss+xml", rss("/news/mill.html")});
        site.put("/top.xml", new String[] {"application/rss+xml", rss("/news/mill.html", "/news/bridge.html")});
        FeedWatcher.Run first = run("/local.xml", "/top.xml");
        assertEquals(1, pageRequests("/news/mill.html"));
        assertEquals(List.of("/news/mill.html", "/news/bridge.html"), archivedResponses());
        assertEquals(2, first.counts().fetched(), first.counts().line());

        site.put("/town.xml", new String[] {"application/rss+xml", rss("/news/mill.html", "/news/school.html")});
        site.put("/news/school.html", new String[] {"text/html; charset=utf-8", SCHOOL});
        FeedWatcher.Run second = run("/local.xml", "/top.xml", "/town.xml");
        assertEquals(1, pageRequests("/news/mill.html"), "a feed added later lists a page fetched before: " + requested);
        assertEquals(List.of("/news/mill.html", "/news/bridge.html", "/news/school.html"), archivedResponses());
        assertEquals(1, second.counts().newItems(), second.counts().line());
    }

    @Test
    void theSamePageUnderAnotherUrlIsNotArchivedOrLoadedTwiceInThisRunOrALaterOne() throws Exception {
        site.put("/news/mill.html", new String[] {"text/html; charset=utf-8", MILL});
        site.put("/amp/mill.html", new String[] {"text/html; charset=utf-8", MILL});
        site.put("/news/mill-2.html", new String[] {"text/html; charset=utf-8", MILL});
        site.put("/local.xml", new String[] {"application/rss+xml", rss("/news/mill.html", "/amp/mill.html")});
        FeedWatcher.Run first = run("/local.xml");
        assertEquals(List.of("/news/mill.html"), archivedResponses());
        assertEquals(1, first.counts().duplicates(), first.counts().line());
        assertEquals(1, first.items().stream().filter(IngestItem.Ok.class::isInstance).count(), first.items()::toString);

        site.put("/town.xml", new String[] {"application/rss+xml", rss("/news/mill-2.html")});
        FeedWatcher.Run second = run("/local.xml", "/town.xml");
        assertEquals(List.of("/news/mill.html"), archivedResponses());
        assertEquals(1, second.counts().duplicates(), second.counts().line());
        assertTrue(second.items().isEmpty(), second.items()::toString);
    }

    @Test
    void anItemRobotsTxtDisallowedIsFetchedOnceRobotsTxtAllowsItEvenWhenTheFeedIsNotModified() throws Exception {
        site.put("/private/mill.html", new String[] {"text/html; charset=utf-8", MILL});
        site.put("/local.xml", new String[] {"application/rss+xml", rss("/private/mill.html"), "\"v1\""});
        FeedWatcher.Run first = run("/local.xml");
        assertEquals(0, pageRequests("/private/mill.html"));
        assertEquals(1, first.counts().disallowed(), first.counts().line());
        assertTrue(failures(first).isEmpty(), "robots.txt saying no is not a failure: " + first.items());

        site.put("/robots.txt", new String[] {"text/plain", "User-agent: *\nDisallow:\n"});
        FeedWatcher.Run second = run("/local.xml");
        assertEquals(1, second.counts().notModified(), second.counts().line());
        assertEquals(1, pageRequests("/private/mill.html"), requested::toString);
        assertEquals(List.of("/private/mill.html"), archivedResponses());
    }

    @Test
    void aRunWithNothingToArchiveLeavesTheArchiveAsItWas() throws Exception {
        site.put("/news/mill.html", new String[] {"text/html; charset=utf-8", MILL});
        site.put("/local.xml", new String[] {"application/rss+xml", rss("/news/mill.html"), "\"v1\""});
        run("/local.xml");
        byte[] before = Files.readAllBytes(tmp.resolve("site.warc.gz"));
        run("/local.xml");
        assertEquals(before.length, Files.size(tmp.resolve("site.warc.gz")), "no empty gzip member appended");
        Files.delete(tmp.resolve("site.warc.gz"));
        Files.delete(tmp.resolve("state.json"));
        site.put("/local.xml", new String[] {"application/rss+xml", rss()});
        FeedWatcher.Run empty = run("/local.xml");
        assertFalse(Files.exists(tmp.resolve("site.warc.gz")), "nothing archived, no archive made");
        assertTrue(empty.items().isEmpty(), empty.items()::toString);
    }

    @Test
    void anUnreachableHostIsSaidToBeUnreachableNotDisallowedByRobotsTxt() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        FeedWatcher.Run r = run("http://127.0.0.1:" + closed + "/feed.xml");
        assertEquals(0, r.counts().disallowed(), r.counts().line());
        assertEquals(1, r.counts().feedsFailed(), r.counts().line());
        IngestItem.Failed f = failures(r).get(0);
        assertEquals("http://127.0.0.1:" + closed + "/feed.xml", f.source());
        assertEquals("feed not read: cannot connect to 127.0.0.1:" + closed + ": connection refused (asking for robots.txt), "
                + "so nothing on that host is fetched this run", f.reason());
    }

    @Test
    void anHtmlPageJsonOrOtherXmlGivenAsAFeedIsSaidToBeOne() throws Exception {
        site.put("/news/mill.html", new String[] {"text/html; charset=utf-8", MILL});
        site.put("/feed.json", new String[] {"application/json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"});
        site.put("/sitemap.xml", new String[] {"application/xml", "<?xml version=\"1.0\"?><notes><note>Rosa Quint</note></notes>"});
        // An RSS feed a server labels text/html is still read.
        site.put("/labelled.xml", new String[] {"text/html", rss("/news/mill.html")});
        FeedWatcher.Run r = run("/news/mill.html", "/feed.json", "/sitemap.xml", "/labelled.xml");
        assertEquals(1, r.counts().fetched(), r.counts().line());
        List<IngestItem.Failed> f = failures(r);
        assertEquals(3, f.size(), r.items()::toString);
        assertTrue(f.get(0).reason().startsWith("feed not read: this is an HTML page (text/html), not an RSS or Atom feed"), f.get(0).reason());
        assertTrue(f.get(1).reason().startsWith("feed not read: this is JSON (application/json), not an RSS or Atom feed"), f.get(1).reason());
        assertTrue(f.get(2).reason().startsWith("feed not read: not an RSS or Atom feed: the XML cannot be read as one"), f.get(2).reason());
        for (IngestItem.Failed x : f) {
            assertFalse(x.reason().contains("DOCTYPE") || x.reason().contains("prolog") || x.reason().contains("apache.org"), x.reason());
        }
    }

    @Test
    void aPageStillAnswering503IsNamedOnceWithoutRepeatingItsUrlAndAskedForAgainNextRun() throws Exception {
        site.put("/news/mill.html", new String[] {"status:503", "busy"});
        site.put("/local.xml", new String[] {"application/rss+xml", rss("/news/mill.html"), "\"v1\""});
        FeedWatcher.Run first = run("/local.xml");
        IngestItem.Failed f = failures(first).get(0);
        assertEquals(base + "/news/mill.html", f.source());
        assertEquals("page not fetched: the server answered HTTP 503; it is asked for again next run", f.reason());

        site.put("/news/mill.html", new String[] {"text/html; charset=utf-8", MILL});
        FeedWatcher.Run second = run("/local.xml");
        assertTrue(failures(second).isEmpty(), second.items()::toString);
        assertEquals(List.of("/news/mill.html"), archivedResponses());
    }
}
