package org.newskg.ingest.feed;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The raw pages a watcher fetched, appended to one WARC file (gzip per record when the name ends in {@code .gz}, so
 * appending never rewrites what is there): a request record and its response record per page, linked by
 * WARC-Concurrent-To, with the payload's SHA-1 digest. Any WARC tool reads it, and so does {@code newskg load}.
 */
final class WarcArchive implements Closeable {
    /** Framing the HTTP client undid or that the record's own body sets. */
    private static final Set<String> DROPPED = Set.of("content-length", "transfer-encoding", "content-type", "connection");

    private final Path file;
    private FileChannel channel;
    private WarcWriter writer;

    /** Opens nothing yet: a gzip writer closed without a record appends an empty member, so a run with nothing new must not open one. */
    WarcArchive(Path file) { this.file = file; }

    private WarcWriter writer() throws IOException {
        if (writer == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            writer = new WarcWriter(channel, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
        }
        return writer;
    }

    void write(PoliteFetcher.Exchange e) throws IOException {
        String path = e.uri().getRawPath() == null || e.uri().getRawPath().isEmpty() ? "/" : e.uri().getRawPath();
        if (e.uri().getRawQuery() != null) path += "?" + e.uri().getRawQuery();
        HttpRequest.Builder hq = new HttpRequest.Builder("GET", path);
        e.requestHeaders().forEach(hq::addHeader);
        WarcRequest request = new WarcRequest.Builder(e.uri()).date(e.date()).body(hq.build()).build();

        HttpResponse.Builder hr = new HttpResponse.Builder(e.status(), e.status() == 200 ? "OK" : "");
        e.headers().map().forEach((name, values) -> {
            if (name.startsWith(":") || DROPPED.contains(name.toLowerCase(Locale.ROOT))) return;
            values.forEach(v -> hr.addHeader(name, v));
        });
        hr.body(MediaType.parseLeniently(e.contentType()), e.body());
        WarcResponse response = new WarcResponse.Builder(e.uri()).date(e.date()).body(hr.build())
                .payloadDigest(new WarcDigest(sha1(e.body()))).concurrentTo(request.id()).build();
        WarcWriter w = writer();
        w.write(request);
        w.write(response);
    }

    /** {@code sha1:BASE32} of a payload, as WARC-Payload-Digest writes it. */
    static String payloadDigest(byte[] body) { return new WarcDigest(sha1(body)).prefixedBase32(); }

    private static MessageDigest sha1(byte[] b) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-1");
            d.update(b);
            return d;
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    @Override
    public void close() throws IOException {
        if (writer == null) return;
        try {
            writer.close();
        } finally {
            channel.close();
        }
    }
}
