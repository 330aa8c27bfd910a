package org.newskg.ingest;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.ingest.warc.WarcArticleReader;

/**
 * A page reads the same whichever command reads it: {@code ingest} and {@code load} of an {@code .html} file, and a
 * WARC response record, which is how {@code load} reads an archive and {@code watch --feed} reads the pages it
 * archived. The page is the hard case of each rule: a Latin-1 declaration over UTF-8 bytes, a title with the
 * outlet's name, a visible byline. Written for this test.
 */
class OneReaderTest {
    private static final String URL = "https://eastport-courier.example/2026/04/pier-4";
    private static final byte[] PAGE = ("<html><head><meta charset=\"iso-8859-1\">"
            + "<title>Pier 4 will be rebuilt by winter | Eastport Courier</title>"
            + "<meta property=\"og:site_name\" content=\"Eastport Courier\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/harbor\">Harbor</a></nav>"
            + "<h1>Pier 4 will be rebuilt by winter</h1><p>By Zofia Marek\u00f3w</p>"
            + "<p>\u201cWe owe the fishers a pier,\u201d the harbor board\u2019s chair, Ren\u00e9e Ortiz, said on Monday night.</p>"
            + "<p>The board voted five to two for the plan, which keeps the caf\u00e9 at the pier\u2019s end open through the works.</p>"
            + "</body></html>").getBytes(StandardCharsets.UTF_8);

    @TempDir Path dir;

    @Test
    void htmlFileAndWarcRecordGiveTheSameArticle() throws IOException {
        Path html = dir.resolve("pier-4.html");
        Files.write(html, PAGE);
        Article fromFile = only(Ingest.create().read(List.of(html.toString())));

        Path warc = dir.resolve("crawl.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.NONE)) {
            // The crawler kept the server's header, which names no charset: the page's own declaration is the one to weigh.
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), PAGE).build();
            w.write(new WarcResponse.Builder(URI.create(URL)).date(Instant.parse("2026-04-07T06:00:00Z")).body(http).build());
        }
        List<IngestItem> items = new ArrayList<>();
        new WarcArticleReader(Ingest.DEFAULT_MAX_BYTES).read(warc, items::add);
        Article fromWarc = only(items);

        assertTrue(fromFile.body().startsWith("\u201cWe owe the fishers a pier,\u201d the harbor board\u2019s chair, Ren\u00e9e Ortiz"), fromFile.body());
        assertEquals(fromFile.body(), fromWarc.body());
        assertEquals("Pier 4 will be rebuilt by winter", fromFile.metadata().title().orElseThrow());
        assertEquals(fromFile.metadata().title(), fromWarc.metadata().title());
        assertEquals(List.of("Zofia Marek\u00f3w"), fromFile.metadata().authors());
        assertEquals(fromFile.metadata().authors(), fromWarc.metadata().authors());
    }

    private static Article only(List<IngestItem> items) {
        assertEquals(1, items.size(), items::toString);
        return assertInstanceOf(IngestItem.Ok.class, items.get(0), items::toString).article();
    }
}
