package org.newskg.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.ingest.DemoCorpus;

/**
 * Inputs of every kind the job reads, written here: the bundled demo corpus (a folder of .txt with a manifest), two
 * WARC files of invented pages (one gzip), and a JSON Lines file, with the cases a batch must get past: a page
 * captured under the same URL in both archives, a 404, a page without text, a malformed line, and an id that the
 * demo corpus already has.
 */
final class Fixtures {
    static final Instant CAPTURED = Instant.parse("2026-03-11T07:15:42Z");
    static final String FERRY = "https://www.tidewater-ledger.example/2026/03/ferry-fares.html";
    static final String COUNCIL = "https://tidewater-ledger.example/2026/03/council-vote";
    static final String BRIDGE = "https://tidewater-ledger.example/2026/03/bridge-closure";

    private Fixtures() {}

    record Inputs(Path demo, Path manifest, Path warcs, Path jsonl) {
        List<String> all() { return List.of(demo.toString(), warcs.toString(), jsonl.toString()); }
    }

    static Inputs write(Path dir) throws IOException {
        Path demo = DemoCorpus.unpack(dir.resolve("demo"));
        Path warcs = Files.createDirectories(dir.resolve("warcs"));
        try (WarcWriter w = writer(warcs.resolve("a-crawl.warc.gz"), WarcCompression.GZIP)) {
            response(w, FERRY, 200, page("Ferry fares rise", null,
                    "\u201cWe will keep the night ferry running,\u201d said Dana Whitlock, the harbor commissioner.",
                    "Councillor Omar Prentiss said the council would vote on the fares on Friday."));
            response(w, COUNCIL, 200, page("Council delays vote", "2026-03-09T18:00:00Z",
                    "The council delayed its vote on the harbor budget, Omar Prentiss said.",
                    "\u201cWe need another week to read the figures,\u201d Prentiss told reporters."));
            response(w, "https://tidewater-ledger.example/missing", 404, page("Not found", null, "This page is gone."));
        }
        try (WarcWriter w = writer(warcs.resolve("b-crawl.warc"), WarcCompression.NONE)) {
            // The ferry page again, changed since: the first capture read is the article.
            response(w, FERRY, 200, page("Ferry fares rise again", null, "Dana Whitlock said fares would rise by a tenth."));
            response(w, BRIDGE, 200, page("Bridge to close for repairs", "2026-03-10",
                    "\u201cThe bridge will close for six weeks,\u201d said Lena Marsh, the county engineer."));
            response(w, "https://tidewater-ledger.example/empty", 200, "<html><body><article> </article></body></html>");
        }
        Path jsonl = dir.resolve("extra.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\":\"quarry-report\",\"outlet\":\"Valley Courier\",\"published\":\"2026-02-02\",\"title\":\"Quarry plan\","
                        + "\"body\":\"\\u201cThe quarry will not expand,\\u201d said Ivo Brandt, the mayor of Kellin.\"}",
                "{\"id\": \"broken\", \"body\": ",
                "{\"id\":\"" + firstDemoId(demo) + "\",\"body\":\"A second article under an id the demo corpus has.\"}",
                ""), StandardCharsets.UTF_8);
        return new Inputs(demo, demo.resolve("manifest.tsv"), warcs, jsonl);
    }

    private static String firstDemoId(Path demo) throws IOException {
        try (var files = Files.list(demo)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow()
                    .replaceFirst("\\.txt$", "");
        }
    }

    private static WarcWriter writer(Path p, WarcCompression c) throws IOException {
        return new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), c);
    }

    static String page(String title, String published, String... paragraphs) {
        StringBuilder s = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"Tidewater Ledger\">");
        if (published != null) s.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        s.append("</head><body><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) s.append("<p>").append(p).append("</p>");
        return s.append("</article></body></html>").toString();
    }

    private static void response(WarcWriter w, String url, int status, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build());
    }
}
