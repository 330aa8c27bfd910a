package org.newskg.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.newskg.ingest.Article;
import org.newskg.ingest.HtmlPages;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles from WARC files ({@code .warc}, {@code .warc.gz}), one record at a time: a record's payload is the only
 * thing held, so an archive of any size streams in the memory of its largest page (bounded by {@code maxBytes}).
 * An article is an HTTP response with status 200 and an HTML payload; its url is the record's target URI, its id
 * {@link UrlIds#of} that URI, and the capture date stands in for a publication date the page lacks. Everything else
 * is skipped and counted ({@link WarcCounts}). One reader remembers payload digests and URLs across the files it
 * reads, so a page captured twice, in one archive or two, becomes one article. Not thread-safe: one per run.
 */
public final class WarcArticleReader {
    private static final Logger LOG = LoggerFactory.getLogger(WarcArticleReader.class);
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

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

    /**
     * Sends each article, and each record that should have been one but could not be read, to {@code sink}.
     * A record whose header cannot be parsed ends the file, since nothing says where the next one starts; the
     * failure names the file and the byte offset, and what came before stands.
     */
    public WarcCounts read(Path warc, Consumer<IngestItem> sink) { return read(warc, 0, sink); }

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
            long last = -1;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // jwarc knows where a record starts only once it parsed; the last good one is what can be named.
                    c.failed++;
                    sink.accept(new IngestItem.Failed(warc + (last < 0 ? " (first record)" : " (record after the one at byte " + last + ")"), null,
                            "malformed WARC record (" + e.getMessage() + "); the rest of the file is not read"));
                    break;
                }
                if (next.isEmpty()) break;
                c.records++;
                last = reader.position();
                record(next.get(), warc, last, c, sink);
            }
        } catch (IOException e) {
            c.failed++;
            sink.accept(new IngestItem.Failed(warc.toString(), null, "cannot read WARC file (" + e.getMessage() + ")"));
        }
        total.add(c);
        LOG.info("{}: {}", warc, c.line());
        return c;
    }

    private void record(WarcRecord rec, Path warc, long pos, WarcCounts c, Consumer<IngestItem> sink) {
        if (rec instanceof WarcRevisit) {
            c.revisits++;
            return;
        }
        if (!(rec instanceof WarcResponse resp) || !isHttp(resp.target())) {
            c.other.merge(rec instanceof WarcResponse ? "non-HTTP responses" : rec.type() + " records", 1L, Long::sum);
            return;
        }
        String url = resp.target();
        String where = warc + " (record at byte " + pos + ", " + url + ")";
        String id = UrlIds.of(url);
        try {
            Optional<Article> a = article(resp, url, id, where, warc, c);
            if (a.isPresent()) {
                c.articles++;
                sink.accept(new IngestItem.Ok(a.get()));
            }
        } catch (IngestException e) {
            c.failed++;
            sink.accept(new IngestItem.Failed(e.source(), id, e.reason()));
        }
    }

    /** The article a response holds, or empty when it is skipped (and counted). */
    private Optional<Article> article(WarcResponse resp, String url, String id, String where, Path warc, WarcCounts c)
            throws IngestException {
        HttpResponse http;
        byte[] payload;
        Optional<String> contentType;
        try {
            http = resp.http();
            if (http.status() != 200) {
                c.notOk++;
                return Optional.empty();
            }
            // Split by hand: servers send types jwarc's strict parser refuses ("text/html;;charset=utf-8").
            contentType = http.headers().first("Content-Type");
            String type = contentType.orElse("").split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!HTML.contains(type)) {
                c.notHtml++;
                return Optional.empty();
            }
            try (InputStream in = http.bodyDecoded().stream()) {
                payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException(where, "cannot read the HTTP response in this record (" + e.getMessage() + ")");
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

    private static boolean isHttp(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    /** Of the payload as served, content encoding undone: the WARC-Payload-Digest header is optional and not always right. */
    private static byte[] sha1(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
