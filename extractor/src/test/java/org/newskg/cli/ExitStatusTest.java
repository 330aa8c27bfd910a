package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.RunOutcome;

/**
 * The exit status a scheduler reads: 0 all went through, 3 some articles, pages or feeds failed (even every one), 1 the
 * run could not proceed, 2 bad usage; the same for extract, load, ingest and a watch turn.
 */
class ExitStatusTest {
    @TempDir Path tmp;

    /** A batch in which every article fails: an empty .txt and a .jsonl line without a body. */
    Path allBad() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("notes.jsonl"), "{\"id\": \"millbrook-1\"}\n");
        return in;
    }

    @Test
    void aBatchInWhichEveryArticleFailedExits3LikeOneInWhichSomeFailed() throws IOException {
        Path in = allBad();
        assertEquals(3, RunOutcome.SOME_FAILED.exitStatus());
        assertEquals(Main.PARTIAL, Main.run("ingest", "--out", tmp.resolve("out.jsonl").toString(), in.toString()));
        assertEquals(Main.PARTIAL, Main.run("extract", "--threads", "1", "--out", tmp.resolve("out.nq").toString(), in.toString()));
        assertEquals(Main.PARTIAL, Main.run("load", "--quiet", "--threads", "1", "--db", tmp.resolve("db").toString(), in.toString()));
        assertEquals(Main.PARTIAL, Main.run("watch", "--once", "--threads", "1", "--db", tmp.resolve("db").toString(), in.toString()));
    }

    @Test
    void aStoreThatCannotBeOpenedOrAManifestThatCannotBeReadExits1() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("mill.txt"), "Rosa Quint said the mill would reopen in June.");
        Path notADirectory = Files.writeString(tmp.resolve("db-is-a-file"), "not a store");
        assertEquals(Main.FATAL, Main.run("load", "--quiet", "--db", notADirectory.toString(), in.toString()));
        assertEquals(Main.FATAL, Main.run("ingest", "--manifest", tmp.resolve("no-such-manifest.tsv").toString(), in.toString()));
    }

    @Test
    void wrongOptionValuesAreBadUsageAndExit2() {
        String db = tmp.resolve("db").toString();
        assertEquals(Main.USAGE, Main.run("watch", "--once", "--every", "5x", "--db", db, tmp.toString()));
        assertEquals(Main.USAGE, Main.run("extract", "--format", "rdfxml-ish", tmp.toString()));
        assertEquals(Main.USAGE, Main.run("watch", "--once", "--db", db, "--host-delay", "soon", "--contact", "desk@millbrook-ledger.example",
                "--feed", "http://127.0.0.1:9/feed.xml"));
        assertEquals(Main.USAGE, Main.run("load", "--no-such-option", tmp.toString()));
    }

    @Test
    void aScheduledWatchWhoseOnlyNewPageAnswers503ExitsWith3NotAsACrash() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> paths = Collections.synchronizedList(new ArrayList<>());
        server.createContext("/", x -> serve(x, paths));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int rc = Main.run("watch", "--once", "--threads", "1", "--db", tmp.resolve("db").toString(), "--contact", "desk@millbrook-ledger.example",
                    "--host-delay", "1ms", "--retries", "0", "--feed", base + "/feed.xml");
            assertEquals(Main.PARTIAL, rc);
        } finally {
            System.setErr(err);
            server.stop(0);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        List<String> failed = out.lines().filter(l -> l.contains("FAILED")).toList();
        assertEquals(1, failed.size(), out);
        assertEquals(1, failed.get(0).split(base + "/news/mill.html", -1).length - 1, "the URL is named once: " + failed.get(0));
        assertTrue(failed.get(0).contains("the server answered HTTP 503"), failed.get(0));
        assertFalse(out.contains("fatal"), out);
    }

    private static void serve(HttpExchange x, List<String> paths) throws IOException {
        String path = x.getRequestURI().getPath();
        paths.add(path);
        String base = "http://" + x.getRequestHeaders().getFirst("Host");
        String body;
        int status = 200;
        String type = "text/plain";
        switch (path) {
            case "/robots.txt" -> body = "User-agent: *\nDisallow:\n";
            case "/feed.xml" -> {
                type = "application/rss+xml";
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Millbrook Ledger</title><link>" + base
                        + "/</link><description>News</description><item><title>Mill</title><link>" + base + "/news/mill.html</link></item></channel></rss>";
            }
            default -> {
                status = 503;
                body = "busy";
            }
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }
}
