package org.newskg.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.newskg.ingest.Article;
import org.newskg.ingest.HtmlPages;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles from WARC files ({@code .warc}, {@code .warc.gz}), one record at a time: a record's block is the only
 * thing held, so an archive of any size streams in the memory of its largest page (bounded by {@code maxBytes}).
 * An article is an HTTP response with status 200 and an HTML payload; its url is the record's target URI, its id
 * {@link UrlIds#of} that URI, and the capture date stands in for a publication date the page lacks. Everything else
 * is skipped and counted ({@link WarcCounts}). One reader remembers payload digests and URLs across the files it
 * reads, so a page captured twice, in one archive or two, becomes one article. Not thread-safe: one per run.
 *
 * <p>A page must be whole to be an article: a record the crawler marked truncated, whose HTTP payload is shorter or
 * longer than its HTTP Content-Length, or whose WARC-Block-Digest or WARC-Payload-Digest (when present) does not match
 * what the record holds fails, naming the file, the byte offset and the URL. A record whose WARC Content-Length
 * swallows the record after it, a header that cannot be parsed and damaged compressed data fail that record, and
 * reading resumes at the next record start ({@link RecordStarts}); a file that ends inside a record fails that record
 * once.
 */
public final class WarcArticleReader {
    private static final Logger LOG = LoggerFactory.getLogger(WarcArticleReader.class);
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    /** Room for the HTTP status line and headers above the page itself when a record's block is held. */
    private static final int HEADER_ROOM = 64 << 10;

    private final long maxBytes;
    private final SeenSet digests = new SeenSet();
    private final SeenSet urls = new SeenSet();
    private final WarcCounts total = new WarcCounts();

    public WarcArticleReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
    }

    public static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** Counts over every file this reader has read. */
    public WarcCounts total() { return total; }

    /** Sends each article, and each record that should have been one but could not be read, to {@code sink}. */
    public WarcCounts read(Path warc, Consumer<IngestItem> sink) { return read(warc, 0, sink); }

    /** A record that cannot be read as a record: why, and whether the file ends inside it (nothing left to resume at). */
    private record Broken(String url, String reason, boolean fileEnds) {}

    /** {@link #read(Path, Consumer)} from a record boundary on: what a feed watcher appended in this run. */
    public WarcCounts read(Path warc, long from, Consumer<IngestItem> sink) {
        return read(warc, () -> FileChannel.open(warc, StandardOpenOption.READ).position(from), sink);
    }

    /** Opens a WARC file's bytes, on any file system. */
    @FunctionalInterface
    public interface Opener {
        ReadableByteChannel open() throws IOException;
    }

    /**
     * {@link #read(Path, Consumer)} from a channel that {@code opener} gives, such as a stream from a distributed file
     * system; {@code warc} names the file in failures and as the articles' source. The channel is closed at the end.
     */
    public WarcCounts read(Path warc, Opener opener, Consumer<IngestItem> sink) {
        Objects.requireNonNull(sink, "sink");
        WarcCounts c = new WarcCounts();
        try (WarcReader reader = new WarcReader(opener.open())) {
            reader.onWarning(w -> LOG.warn("{}: {}", warc, w));
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            long previous = -1;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // jwarc moves its position to the record it is about to parse, so this is the broken record's own offset.
                    long at = reader.position();
                    c.records++;
                    c.failed++;
                    OptionalLong resume = RecordStarts.after(warc, gzip, at);
                    String reason = headerProblem(e) + (previous >= 0 && !gzip && e instanceof ParsingException
                            ? "; the record before it, at byte " + previous + ", ends here by its WARC Content-Length, so that length may be the wrong one"
                            : "");
                    sink.accept(new IngestItem.Failed(warc + " (record at byte " + at + ")", null, reason + resumeNote(resume)));
                    if (resume.isEmpty()) break;
                    reader.position(resume.getAsLong());
                    previous = -1;
                    continue;
                }
                if (next.isEmpty()) break;
                c.records++;
                long at = reader.position();
                Optional<Broken> broken = record(next.get(), warc, at, c, sink);
                previous = at;
                if (broken.isEmpty()) continue;
                Broken b = broken.get();
                c.failed++;
                OptionalLong resume = b.fileEnds() ? OptionalLong.empty() : RecordStarts.after(warc, gzip, at);
                String where = warc + " (record at byte " + at + (b.url() == null ? "" : ", " + b.url()) + ")";
                sink.accept(new IngestItem.Failed(where, b.url() == null ? null : UrlIds.of(b.url()),
                        b.reason() + (b.fileEnds() ? "" : resumeNote(resume))));
                if (resume.isEmpty()) break;
                reader.position(resume.getAsLong());
                previous = -1;
            }
        } catch (IOException e) {
            c.failed++;
            sink.accept(new IngestItem.Failed(warc.toString(), null, "cannot read the WARC file (" + plain(e) + ")"));
        }
        total.add(c);
        LOG.info("{}: {}", warc, c.line());
        return c;
    }

    private static String resumeNote(OptionalLong resume) {
        return resume.isPresent() ? "; reading resumes at the next record, at byte " + resume.getAsLong()
                : "; no record follows it, so the rest of the file is not read";
    }

    /** What is wrong with a record header jwarc could not parse, in words: its exceptions name positions inside its buffer. */
    static String headerProblem(Throwable e) {
        if (e instanceof EOFException) return "the file ends inside this record's WARC header (the file is cut short)";
        if (e instanceof NumberFormatException n) {
            String value = n.getMessage() == null ? "" : n.getMessage().replaceFirst("^For input string: ", "");
            return "its WARC Content-Length " + value + " is not a number";
        }
        if (e instanceof ParsingException p) {
            String found = p.getMessage() == null ? "" : p.getMessage().replaceFirst("^invalid WARC record at position \\d+: ", "").replaceFirst("^<-- HERE -->", "");
            return "no valid WARC record header starts here (a header is \"WARC/1.0\" or \"WARC/1.1\" and its fields); found: " + found;
        }
        if (e instanceof ZipException) return "its compressed data is damaged (" + plain(e) + ")";
        return "its WARC header cannot be read (" + plain(e) + ")";
    }

    private static String plain(Throwable e) { return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(); }

    /**
     * Reads one record to its end (checking that no other record hides inside it), counts it, and sends what it holds
     * to the sink; a record that is broken as a record is returned for the caller to fail and resume after.
     */
    private Optional<Broken> record(WarcRecord rec, Path warc, long pos, WarcCounts c, Consumer<IngestItem> sink) {
        String url = rec instanceof WarcTargetRecord t ? t.target() : null;
        boolean response = rec instanceof WarcResponse && url != null && isHttp(url);
        HttpResponse http = null;
        String httpProblem = null;
        boolean candidate = false;
        if (response) {
            try {
                http = ((WarcResponse) rec).http();
                candidate = http.status() == 200 && HTML.contains(baseType(http));
            } catch (IOException | RuntimeException e) {
                httpProblem = "its HTTP response header cannot be parsed (" + plain(e) + ")";
            }
        }
        long declared = rec.headers().sole("Content-Length").map(Long::parseLong).orElse(0L);
        BlockScan.Result block;
        try {
            block = BlockScan.drain(rec.body(), declared, candidate, maxBytes + HEADER_ROOM);
        } catch (EOFException e) {
            return Optional.of(new Broken(url, "the file ends inside this record: its WARC Content-Length is " + declared
                    + " bytes and the file is cut short before that (" + plain(e) + ")", true));
        } catch (ZipException e) {
            return Optional.of(new Broken(url, "its compressed data is damaged (" + plain(e) + ")", false));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Broken(url, "its content cannot be read (" + plain(e) + ")", false));
        }
        if (block.embeddedAt() >= 0)
            return Optional.of(new Broken(url, "its WARC Content-Length (" + declared + " bytes) runs past its end into the next record, "
                    + "whose header begins " + block.embeddedAt() + " bytes into this one's content; this record is not read", false));

        if (rec instanceof WarcRevisit) {
            c.revisits++;
            return Optional.empty();
        }
        if (!response) {
            c.other.merge(rec instanceof WarcResponse ? "non-HTTP responses" : rec.type() + " records", 1L, Long::sum);
            return Optional.empty();
        }
        String where = warc + " (record at byte " + pos + ", " + url + ")";
        String id = UrlIds.of(url);
        if (httpProblem != null) {
            c.failed++;
            sink.accept(new IngestItem.Failed(where, id, httpProblem));
            return Optional.empty();
        }
        if (http.status() != 200) {
            c.notOk++;
            return Optional.empty();
        }
        if (!candidate) {
            c.notHtml++;
            return Optional.empty();
        }
        try {
            if (block.kept() == null)
                throw new IngestException(where, "page is too large: more than " + maxBytes + " bytes, raise the limit with --max-bytes");
            Optional<Article> a = article((WarcResponse) rec, block.kept(), url, id, where, warc, c);
            if (a.isPresent()) {
                c.articles++;
                sink.accept(new IngestItem.Ok(a.get()));
            }
        } catch (IngestException e) {
            c.failed++;
            sink.accept(new IngestItem.Failed(e.source(), id, e.reason()));
        }
        return Optional.empty();
    }

    /** The article a response's block holds once it is shown whole, or empty when it is skipped (and counted). */
    private Optional<Article> article(WarcResponse resp, byte[] block, String url, String id, String where, Path warc, WarcCounts c)
            throws IngestException {
        Optional<String> truncated = resp.headers().first("WARC-Truncated");
        if (truncated.isPresent())
            throw new IngestException(where, "the crawler cut this page short (WARC-Truncated: " + truncated.get() + "); a cut page is not an article");
        checkDigest(resp.headers().first("WARC-Block-Digest"), "WARC-Block-Digest", "the record's content", List.of(ByteBuffer.wrap(block)), where, c);
        HttpResponse http;
        byte[] payload;
        Optional<String> contentType;
        try {
            http = parse(block);
            // The page as sent: the bytes after the HTTP headers, in place.
            int head = http.serializeHeader().length;
            ByteBuffer raw = ByteBuffer.wrap(block, head, block.length - head);
            boolean chunked = http.headers().all("Transfer-Encoding").stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"));
            OptionalLong length = chunked ? OptionalLong.empty() : number(http.headers().first("Content-Length"));
            if (length.isPresent() && length.getAsLong() != raw.remaining())
                throw new IngestException(where, raw.remaining() < length.getAsLong()
                        ? "the page is cut: its HTTP Content-Length is " + length.getAsLong() + " bytes but the record holds " + raw.remaining()
                        : "the record holds " + raw.remaining() + " bytes of page, more than its HTTP Content-Length of " + length.getAsLong());
            List<ByteBuffer> asSent = List.of(raw);
            if (chunked) {
                try (InputStream in = parse(block).body().stream()) {
                    asSent = List.of(raw, ByteBuffer.wrap(in.readAllBytes()));
                }
            }
            checkDigest(resp.headers().first("WARC-Payload-Digest"), "WARC-Payload-Digest", "the page", asSent, where, c);
            contentType = http.headers().first("Content-Type");
            try (InputStream in = parse(block).bodyDecoded().stream()) {
                payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException(where, "cannot read the HTTP response in this record (" + plain(e) + ")");
        }
        if (payload.length > maxBytes)
            throw new IngestException(where, "page is too large: more than " + maxBytes + " bytes, raise the limit with --max-bytes");
        if (!digests.addDigest(sha1(payload))) {
            c.duplicates++;
            return Optional.empty();
        }
        if (!urls.add(url)) {
            c.repeatedUrls++;
            return Optional.empty();
        }
        // Seconds, as WARC-Date is written: the same page read live and from the archive must agree to the byte.
        String captured = resp.date().truncatedTo(ChronoUnit.SECONDS).toString();
        return Optional.of(HtmlPages.read(id, payload, contentType, where, warc, maxBytes, Optional.of(url), Optional.of(captured)));
    }

    /** The HTTP response held in a block, read afresh (its body can be read once). */
    private static HttpResponse parse(byte[] block) throws IOException {
        return HttpResponse.parse(LengthedBody.create(Channels.newChannel(InputStream.nullInputStream()), ByteBuffer.wrap(block), block.length));
    }

    private static OptionalLong number(Optional<String> v) {
        if (v.isEmpty() || !v.get().strip().matches("\\d{1,18}")) return OptionalLong.empty();
        return OptionalLong.of(Long.parseLong(v.get().strip()));
    }

    /**
     * A digest header against what the record holds. Crawlers differ on what a payload digest covers (the bytes after
     * the HTTP headers as sent, or with the chunked transfer coding undone), so any of {@code candidates} may match; a
     * digest whose algorithm this JVM lacks cannot be checked, and is counted and logged.
     */
    private static void checkDigest(Optional<String> header, String name, String what, List<ByteBuffer> candidates, String where, WarcCounts c)
            throws IngestException {
        if (header.isEmpty()) return;
        WarcDigest declared;
        MessageDigest md;
        byte[] want;
        try {
            declared = new WarcDigest(header.get().strip());
            md = declared.getDigester();
            want = declared.bytes();
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            c.digestsNotChecked++;
            LOG.warn("{}: {} {} not checked ({})", where, name, header.get(), plain(e));
            return;
        }
        byte[] first = null;
        for (ByteBuffer b : candidates) {
            md.reset();
            md.update(b.duplicate());
            byte[] got = md.digest();
            if (first == null) first = got;
            if (Arrays.equals(got, want)) return;
        }
        throw new IngestException(where, "its " + name + " " + header.get().strip() + " does not match " + what + " (" + declared.algorithm() + ":"
                + new WarcDigest(declared.algorithm(), first).base32() + "): the record was changed or cut after it was written");
    }

    /** Split by hand: servers send types jwarc's strict parser refuses ("text/html;;charset=utf-8"). */
    private static String baseType(HttpResponse http) {
        return http.headers().first("Content-Type").orElse("").split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isHttp(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    /** Of the payload as served, content encoding undone: two captures of one page compare equal whatever their headers. */
    private static byte[] sha1(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
