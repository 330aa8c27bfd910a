package org.newskg.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.ingest.Article;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;

/**
 * Archives damaged the ways real ones are (a page cut by the crawler, a length that lies, a digest that does not
 * match, a header cut short, a file cut short), built record by record here: each damaged record fails alone, with
 * a reason in words, the file and its own byte offset, and the records after it are read.
 */
class DamagedWarcTest {
    static final String SITE = "https://lakeside-courier.example/2026/04/";

    @TempDir Path dir;

    static String page(String headline, String sentence) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + headline + "</title>"
                + "<meta property=\"og:site_name\" content=\"Lakeside Courier\"></head><body><article><h1>" + headline + "</h1><p>"
                + sentence + "</p><p>The council meets again in May, Mira Pell said.</p></article></body></html>";
    }

    static final String DOCKS = page("Docks reopen", "\u201cThe docks reopen on Monday,\u201d said Mira Pell, the harbor master.");
    static final String FARES = page("Bus fares frozen", "Councillor Ivo Brandt said bus fares would stay frozen until June.");
    static final String LIBRARY = page("Library hours", "The library will open on Sundays, Ivo Brandt said.");

    /** The bytes of an HTTP response as a crawler stores them, headers given whole so that they can lie. */
    static byte[] http(String headers, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static byte[] http(String html) {
        byte[] b = html.getBytes(StandardCharsets.UTF_8);
        return http("Content-Length: " + b.length + "\r\n", b);
    }

    /** One response record, uncompressed, with extra WARC header lines. */
    static byte[] record(String url, byte[] httpBytes, String... warcHeaders) throws IOException {
        WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).date(WarcArticleReaderTest.CAPTURED)
                .body(MediaType.HTTP_RESPONSE, httpBytes);
        for (int i = 0; i < warcHeaders.length; i += 2) b.addHeader(warcHeaders[i], warcHeaders[i + 1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WarcWriter(Channels.newChannel(out), WarcCompression.NONE).write(b.build());
        return out.toByteArray();
    }

    /** The records one after another; with gzip, one gzip member each, as crawlers write them. */
    Path archive(String name, List<byte[]> records, List<Long> offsets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            offsets.add((long) out.size());
            if (name.endsWith(".gz")) {
                ByteArrayOutputStream member = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
                    gz.write(r);
                }
                out.write(member.toByteArray());
            } else {
                out.write(r);
            }
        }
        Path p = dir.resolve(name);
        Files.write(p, out.toByteArray());
        return p;
    }

    static long blockLength(byte[] record) {
        return Long.parseLong(new String(record, StandardCharsets.ISO_8859_1).replaceAll("(?s).*?Content-Length: (\\d+).*", "$1"));
    }

    static byte[] withContentLength(byte[] record, long length) {
        String s = new String(record, StandardCharsets.ISO_8859_1);
        return s.replaceFirst("Content-Length: \\d+", "Content-Length: " + length).getBytes(StandardCharsets.ISO_8859_1);
    }

    record Read(List<IngestItem> items, WarcCounts counts) {
        List<Article> articles() { return WarcArticleReaderTest.articles(items); }

        List<IngestItem.Failed> failures() { return WarcArticleReaderTest.failures(items); }
    }

    static Read read(Path warc) {
        List<IngestItem> items = new ArrayList<>();
        WarcCounts c = new WarcArticleReader(Ingest.DEFAULT_MAX_BYTES).read(warc, items::add);
        return new Read(items, c);
    }

    @Test
    void aPageShorterThanItsHttpContentLengthFailsAsCutInsteadOfLoadingItsMasthead() throws IOException {
        byte[] docks = DOCKS.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(docks, docks.length / 3);
        for (String name : List.of("cut.warc", "cut.warc.gz")) {
            List<Long> at = new ArrayList<>();
            Path warc = archive(name, List.of(
                    record(SITE + "docks", http("Content-Length: " + docks.length + "\r\n", cut)),
                    record(SITE + "fares", http(FARES))), at);
            Read r = read(warc);
            assertEquals(List.of(UrlIds.of(SITE + "fares")), r.articles().stream().map(Article::id).toList(), r.items()::toString);
            assertEquals(1, r.failures().size(), r.items()::toString);
            IngestItem.Failed f = r.failures().get(0);
            assertEquals(warc + " (record at byte " + at.get(0) + ", " + SITE + "docks)", f.source());
            assertEquals(UrlIds.of(SITE + "docks"), f.articleId());
            assertEquals("the page is cut: its HTTP Content-Length is " + docks.length + " bytes but the record holds " + cut.length, f.reason());
        }
    }

    @Test
    void aPageTheCrawlerMarkedTruncatedFails() throws IOException {
        List<Long> at = new ArrayList<>();
        Path warc = archive("t.warc", List.of(record(SITE + "docks", http(DOCKS), "WARC-Truncated", "length")), at);
        Read r = read(warc);
        assertTrue(r.articles().isEmpty(), r.items()::toString);
        assertTrue(r.failures().get(0).reason().startsWith("the crawler cut this page short (WARC-Truncated: length)"), r.failures().toString());
    }

    @Test
    void aWarcContentLengthThatSwallowsTheNextRecordFailsThatRecordAndTheSwallowedOneIsReadAgain() throws IOException {
        // docks, then the same page under another URL (a duplicate), then fares. Docks' length claims the duplicate too.
        byte[] docks = record(SITE + "docks", http(DOCKS));
        byte[] copy = record(SITE + "amp/docks", http(DOCKS));
        byte[] fares = record(SITE + "fares", http(FARES));
        for (String name : List.of("swallow.warc", "swallow.warc.gz")) {
            // A length that ends exactly where the copy ends (the copy's trailer taken for its own): jwarc reads on without complaint.
            long docksBlock = blockLength(docks);
            byte[] lying = withContentLength(docks, docksBlock + copy.length);
            List<Long> at = new ArrayList<>();
            Path warc = archive(name, List.of(lying, copy, fares), at);
            Read r = read(warc);
            IngestItem.Failed f = r.failures().get(0);
            assertEquals(1, r.failures().size(), r.items()::toString);
            assertEquals(warc + " (record at byte " + at.get(0) + ", " + SITE + "docks)", f.source());
            assertTrue(f.reason().startsWith("its WARC Content-Length (" + (docksBlock + copy.length) + " bytes) runs past its end into the next record"), f.reason());
            assertTrue(f.reason().endsWith("reading resumes at the next record, at byte " + at.get(1)), f.reason());
            // The copy is read as a record again: the first docks page read, then fares.
            assertEquals(List.of(UrlIds.of(SITE + "amp/docks"), UrlIds.of(SITE + "fares")), r.articles().stream().map(Article::id).toList());
            assertEquals(3, r.counts().records(), r.counts().line());
            assertEquals(1, r.counts().failed(), r.counts().line());
        }
    }

    @Test
    void aDuplicateAfterASwallowingRecordIsStillSeenAsADuplicate() throws IOException {
        byte[] fares = record(SITE + "fares", http(FARES));
        byte[] docks = record(SITE + "docks", http(DOCKS));
        byte[] copy = record(SITE + "amp/docks", http(DOCKS));
        long faresBlock = blockLength(fares);
        List<Long> at = new ArrayList<>();
        Path warc = archive("dup.warc", List.of(docks, withContentLength(fares, faresBlock + copy.length), copy), at);
        Read r = read(warc);
        assertEquals(List.of(UrlIds.of(SITE + "docks")), r.articles().stream().map(Article::id).toList(), r.items()::toString);
        assertEquals(1, r.counts().duplicates(), r.counts().line());
        assertEquals(1, r.counts().failed(), r.counts().line());
    }

    @Test
    void digestsThatDoNotMatchFailTheRecordAndDigestsThatMatchPass() throws Exception {
        byte[] docksHttp = http(DOCKS);
        byte[] faresHttp = http(FARES);
        byte[] libraryHttp = http(LIBRARY);
        byte[] fares = FARES.getBytes(StandardCharsets.UTF_8);
        String goodBlock = sha1(docksHttp), goodPayload = sha1(fares);
        List<Long> at = new ArrayList<>();
        Path warc = archive("digests.warc.gz", List.of(
                record(SITE + "docks", docksHttp, "WARC-Block-Digest", goodBlock),
                record(SITE + "fares", faresHttp, "WARC-Payload-Digest", goodPayload, "WARC-Block-Digest", sha1(faresHttp)),
                record(SITE + "library", libraryHttp, "WARC-Block-Digest", goodBlock),
                record(SITE + "library-2", libraryHttp, "WARC-Payload-Digest", goodPayload),
                record(SITE + "library-3", libraryHttp, "WARC-Payload-Digest", "md7:AAAA")), at);
        Read r = read(warc);
        assertEquals(List.of(UrlIds.of(SITE + "docks"), UrlIds.of(SITE + "fares"), UrlIds.of(SITE + "library-3")),
                r.articles().stream().map(Article::id).toList(), r.items()::toString);
        assertEquals(2, r.failures().size(), r.items()::toString);
        IngestItem.Failed block = r.failures().get(0), payload = r.failures().get(1);
        assertEquals(warc + " (record at byte " + at.get(2) + ", " + SITE + "library)", block.source());
        assertEquals("its WARC-Block-Digest " + goodBlock + " does not match the record's content (" + sha1(libraryHttp)
                + "): the record was changed or cut after it was written", block.reason());
        assertTrue(payload.reason().startsWith("its WARC-Payload-Digest " + goodPayload + " does not match the page ("), payload.reason());
        assertEquals(1, r.counts().digestsNotChecked(), r.counts().line());
        assertTrue(r.counts().line().endsWith("; 1 digests not checked (unknown algorithm)"), r.counts().line());
    }

    @Test
    void aPayloadDigestOverTheChunkedBytesAsSentOrWithTheChunksUndoneBothMatch() throws Exception {
        byte[] fares = FARES.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(Integer.toHexString(64).getBytes(StandardCharsets.US_ASCII));
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        body.write(fares, 0, 64);
        body.write(("\r\n" + Integer.toHexString(fares.length - 64) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(fares, 64, fares.length - 64);
        body.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] asSent = body.toByteArray();
        byte[] httpBytes = http("Transfer-Encoding: chunked\r\n", asSent);
        List<Long> at = new ArrayList<>();
        Path warc = archive("chunked.warc", List.of(
                record(SITE + "fares", httpBytes, "WARC-Payload-Digest", sha1(asSent)),
                record(SITE + "fares-2", httpBytes, "WARC-Payload-Digest", sha1(fares))), at);
        Read r = read(warc);
        assertTrue(r.failures().isEmpty(), r.items()::toString);
        assertEquals(1, r.articles().size(), r.items()::toString);
        assertEquals(1, r.counts().duplicates(), r.counts().line());
    }

    @Test
    void aHeaderCutShortAtTheEndOfTheFileIsNamedByItsOwnOffset() throws IOException {
        for (String name : List.of("short.warc", "short.warc.gz")) {
            byte[] fares = record(SITE + "fares", http(FARES));
            byte[] docks = record(SITE + "docks", http(DOCKS));
            List<Long> at = new ArrayList<>();
            Path warc = archive(name, List.of(fares, Arrays.copyOf(docks, 60)), at);
            Read r = read(warc);
            assertEquals(1, r.articles().size(), r.items()::toString);
            assertEquals(1, r.failures().size(), r.items()::toString);
            IngestItem.Failed f = r.failures().get(0);
            assertEquals(warc + " (record at byte " + at.get(1) + ")", f.source());
            assertEquals("the file ends inside this record's WARC header (the file is cut short); no record follows it, so the rest of the file is not read",
                    f.reason());
        }
    }

    @Test
    void aWarcContentLengthThatIsNotANumberFailsThatRecordInWordsAndTheNextIsRead() throws IOException {
        for (String name : List.of("length.warc", "length.warc.gz")) {
            byte[] docks = new String(record(SITE + "docks", http(DOCKS)), StandardCharsets.ISO_8859_1)
                    .replaceFirst("Content-Length: \\d+", "Content-Length: 12x4").getBytes(StandardCharsets.ISO_8859_1);
            List<Long> at = new ArrayList<>();
            Path warc = archive(name, List.of(record(SITE + "fares", http(FARES)), docks, record(SITE + "library", http(LIBRARY))), at);
            Read r = read(warc);
            assertEquals(List.of(UrlIds.of(SITE + "fares"), UrlIds.of(SITE + "library")), r.articles().stream().map(Article::id).toList(), r.items()::toString);
            IngestItem.Failed f = r.failures().get(0);
            assertEquals(warc + " (record at byte " + at.get(1) + ")", f.source());
            assertEquals("its WARC Content-Length \"12x4\" is not a number; reading resumes at the next record, at byte " + at.get(2), f.reason());
        }
    }

    @Test
    void garbageWhereARecordShouldStartIsNamedByItsOffsetWithoutJwarcsBufferPosition() throws IOException {
        List<Long> at = new ArrayList<>();
        byte[] junk = "Mira Pell's notes, pasted by mistake\r\n".getBytes(StandardCharsets.US_ASCII);
        Path warc = archive("junk.warc", List.of(record(SITE + "fares", http(FARES)), junk, record(SITE + "library", http(LIBRARY))), at);
        Read r = read(warc);
        assertEquals(2, r.articles().size(), r.items()::toString);
        IngestItem.Failed f = r.failures().get(0);
        assertEquals(warc + " (record at byte " + at.get(1) + ")", f.source());
        assertTrue(f.reason().startsWith("no valid WARC record header starts here"), f.reason());
        assertFalse(f.reason().contains("position"), f.reason());
        assertTrue(f.reason().contains("the record before it, at byte " + at.get(0) + ", ends here by its WARC Content-Length"), f.reason());
        assertTrue(f.reason().endsWith("reading resumes at the next record, at byte " + at.get(2)), f.reason());
    }

    @Test
    void aGzipRecordCutShortByTheEndOfTheFileCountsAsOneFailure() throws IOException {
        List<Long> at = new ArrayList<>();
        Path full = archive("whole.warc.gz", List.of(record(SITE + "fares", http(FARES)), record(SITE + "docks", http(DOCKS))), at);
        byte[] bytes = Files.readAllBytes(full);
        // Cut in the compressed header, or in the page, or in the gzip trailer.
        for (long keep : List.of(at.get(1) + 40, at.get(1) + (bytes.length - at.get(1)) / 2, (long) bytes.length - 5)) {
            Path warc = dir.resolve("cut-" + keep + ".warc.gz");
            Files.write(warc, Arrays.copyOf(bytes, (int) keep));
            Read r = read(warc);
            assertEquals(1, r.articles().size(), r.items()::toString);
            assertEquals(1, r.failures().size(), r.items()::toString);
            assertEquals(1, r.counts().failed(), r.counts().line());
            IngestItem.Failed f = r.failures().get(0);
            assertTrue(f.source().startsWith(warc + " (record at byte " + at.get(1)), f.source());
            assertTrue(f.reason().startsWith("the file ends inside this record"), f.reason());
        }
    }

    static String sha1(byte[] b) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        md.update(b);
        return new WarcDigest(md).prefixedBase32();
    }
}
