package org.newskg.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.newskg.ingest.Article;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.testkit.HtmlPage;

/** HTML responses with status 200 become articles; every other record is skipped and counted, bad ones named. */
public class WarcArticleReaderTest {
    static final Instant CAPTURED = Instant.parse("2026-03-11T07:15:42Z");
    static final String FERRY = "https://www.harbor-gazette.example/2026/03/ferry-fares.html";
    static final String COUNCIL = "https://harbor-gazette.example/2026/03/council-vote";

    @TempDir Path dir;

    static String page(String title, String published, String... paragraphs) {
        return HtmlPage.titled(title).published(published).paragraphs(paragraphs).html();
    }

    static final byte[] FERRY_PAGE = page("Ferry fares rise", null,
            "\u201cWe will keep the night ferry,\u201d said Kate Ruiz, the harbor commissioner.",
            "Tom Alcott said the council would vote on Friday.").getBytes(StandardCharsets.UTF_8);
    static final byte[] COUNCIL_PAGE = page("Council delays vote", "2026-03-09T18:00:00Z",
            "The council delayed its vote on the harbor budget, Tom Alcott said.").getBytes(StandardCharsets.UTF_8);

    static void response(WarcWriter w, String url, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
        w.write(new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build());
    }

    /** The archive of the task: a 200 page, a revisit, a 404, a PDF, a duplicate payload, and a page with no text. */
    Path archive(String name) throws IOException { return archive(dir, name); }

    public static Path archive(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), name.endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
            w.write(new Warcinfo.Builder().filename(name).fields(Map.of("software", List.of("newskg test"))).build());
            w.write(new WarcRequest.Builder(URI.create(FERRY)).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/2026/03/ferry-fares.html").addHeader("Host", "www.harbor-gazette.example").build()).build());
            response(w, FERRY, 200, MediaType.HTML_UTF8, FERRY_PAGE);
            w.write(new WarcRevisit.Builder(URI.create(FERRY), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(CAPTURED.plusSeconds(3600))
                    .refersTo(URI.create("urn:uuid:00000000-0000-0000-0000-000000000001"), FERRY, CAPTURED).build());
            response(w, "https://harbor-gazette.example/2026/03/missing", 404, MediaType.HTML_UTF8,
                    page("Not found", null, "This page is gone.").getBytes(StandardCharsets.UTF_8));
            response(w, "https://harbor-gazette.example/budget.pdf", 200, MediaType.parse("application/pdf"),
                    "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));
            response(w, "https://harbor-gazette.example/amp/ferry-fares", 200, MediaType.HTML_UTF8, FERRY_PAGE);
            response(w, COUNCIL, 200, MediaType.parse("text/html; charset=utf-8"), COUNCIL_PAGE);
            response(w, "https://harbor-gazette.example/empty", 200, MediaType.HTML_UTF8,
                    "<html><body><article> </article></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<Article> articles(List<IngestItem> items) {
        return items.stream().filter(IngestItem.Ok.class::isInstance).map(i -> ((IngestItem.Ok) i).article()).toList();
    }

    static List<IngestItem.Failed> failures(List<IngestItem> items) {
        return items.stream().filter(IngestItem.Failed.class::isInstance).map(IngestItem.Failed.class::cast).toList();
    }

    @Test
    void onlyTheOkHtmlResponsesBecomeArticlesAndEveryOtherRecordIsCounted() throws IOException {
        for (String name : List.of("crawl.warc.gz", "crawl.warc")) {
            Path warc = archive(name);
            List<IngestItem> items = new ArrayList<>();
            WarcCounts c = new WarcArticleReader(Ingest.DEFAULT_MAX_BYTES).read(warc, items::add);

            List<Article> a = articles(items);
            assertEquals(List.of(UrlIds.of(FERRY), UrlIds.of(COUNCIL)), a.stream().map(Article::id).toList(), items::toString);
            Article ferry = a.get(0);
            assertEquals(Optional.of(FERRY), ferry.metadata().url(), "the target URI is the url");
            assertEquals(Optional.of("2026-03-11T07:15:42Z"), ferry.metadata().published(), "the capture date stands in for a missing one");
            assertEquals(Optional.of("Harbor Gazette"), ferry.metadata().outlet());
            assertTrue(ferry.body().contains("said Kate Ruiz"), ferry.body());
            assertEquals(Optional.of(warc), ferry.metadata().source());
            assertEquals(Optional.of("2026-03-09T18:00:00Z"), a.get(1).metadata().published(), "the page's own date wins");

            IngestItem.Failed empty = failures(items).get(0);
            assertEquals(1, failures(items).size(), items::toString);
            assertTrue(empty.source().startsWith(warc + " (record at byte ") && empty.source().endsWith(", https://harbor-gazette.example/empty)"),
                    empty.source());
            assertTrue(empty.reason().contains("no article text"), empty.reason());

            assertEquals(9, c.records(), c.line());
            assertEquals(2, c.articles(), c.line());
            assertEquals(1, c.failed(), c.line());
            assertEquals(1, c.revisits(), c.line());
            assertEquals(1, c.notOk(), c.line());
            assertEquals(1, c.notHtml(), c.line());
            assertEquals(1, c.duplicates(), c.line());
            assertEquals(Map.of("request records", 1L, "warcinfo records", 1L), c.other(), c.line());
        }
    }

    @Test
    void ingestWalksFoldersForWarcFilesAndAppliesTheManifestById() throws Exception {
        archive("crawl.warc.gz");
        Path manifest = dir.resolve("manifest.tsv");
        Files.writeString(manifest, "id\toutlet\n" + UrlIds.of(COUNCIL) + "\tThe Harbor Gazette (evening)\n");
        List<IngestItem> items = Ingest.withManifest(Manifest.read(manifest)).read(List.of(dir.toString()));
        List<Article> a = articles(items);
        assertEquals(2, a.size(), items::toString);
        assertEquals(Optional.of("The Harbor Gazette (evening)"), a.get(1).metadata().outlet());
    }

    @Test
    void aCorruptRecordFailsNamingFileAndItsOwnOffsetAndKeepsWhatCameBefore() throws IOException {
        Path warc = archive("broken.warc");
        long end = Files.size(warc);
        Files.write(warc, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                StandardOpenOption.APPEND);
        List<IngestItem> items = new ArrayList<>();
        WarcCounts c = new WarcArticleReader(Ingest.DEFAULT_MAX_BYTES).read(warc, items::add);
        assertEquals(2, c.articles(), c.line());
        IngestItem.Failed bad = failures(items).get(failures(items).size() - 1);
        assertEquals(warc + " (record at byte " + end + ")", bad.source());
        assertEquals("its WARC Content-Length \"banana\" is not a number; no record follows it, so the rest of the file is not read", bad.reason());
    }

    @Test
    void aFileThatIsNotAWarcFailsNamingTheFile() throws IOException {
        Path notWarc = dir.resolve("notes.warc.gz");
        Files.writeString(notWarc, "Kate Ruiz's notes, not an archive\n");
        List<IngestItem> items = Ingest.create().read(List.of(notWarc.toString()));
        IngestItem.Failed f = assertInstanceOf(IngestItem.Failed.class, items.get(0));
        assertTrue(f.message().startsWith(notWarc.toString()), f.message());
        assertEquals(1, items.size(), items::toString);
    }

    @Test
    void aPageOverTheLimitFailsNamingTheRecordAndTheLimit() throws IOException {
        Path warc = archive("crawl.warc.gz");
        List<IngestItem> items = new ArrayList<>();
        new WarcArticleReader(100).read(warc, items::add);
        assertTrue(articles(items).isEmpty());
        IngestItem.Failed f = failures(items).get(0);
        assertTrue(f.source().contains(FERRY) && f.reason().contains("more than 100 bytes") && f.reason().contains("--max-bytes"), f.message());
    }

    @Test
    void aSeenSetRemembersEveryKeyItWasGivenAndNoOther() {
        SeenSet s = new SeenSet();
        for (int i = 0; i < 100_000; i++) assertTrue(s.add("https://harbor-gazette.example/news/" + i));
        for (int i = 0; i < 100_000; i += 7) assertTrue(!s.add("https://harbor-gazette.example/news/" + i));
        assertEquals(100_000, s.size());
        assertTrue(s.contains("https://harbor-gazette.example/news/99999"));
        assertTrue(!s.contains("https://harbor-gazette.example/news/100000"));
    }

    @Test
    void idsAreReadableStableAndTellSimilarUrlsApart() {
        String id = UrlIds.of(FERRY);
        assertTrue(id.matches("harbor-gazette\\.example-2026-03-ferry-fares-[0-9a-f]{8}"), id);
        assertEquals(id, UrlIds.of(FERRY));
        assertTrue(!UrlIds.of(FERRY + "?page=2").equals(id));
        assertTrue(UrlIds.of("https://gazette.example/" + "a-very-long-slug".repeat(20)).length() <= UrlIds.MAX_SLUG + 9);
    }
}
