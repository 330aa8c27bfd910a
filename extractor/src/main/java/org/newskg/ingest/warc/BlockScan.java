package org.newskg.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.netpreserve.jwarc.WarcReader;

/**
 * One pass over a record's block, to its end: its length, its bytes when they fit under a cap, and whether a WARC
 * record starts inside it. A record whose WARC Content-Length is too large swallows the record after it (and whatever
 * that one held is lost, its duplicate no longer seen); inside the swallowing block the next record shows as the
 * trailer {@code CRLF CRLF} followed by a header that parses. Scanning costs one comparison a byte and keeps 16 KiB at
 * most, so it runs on every record, article or not.
 */
final class BlockScan {
    private static final byte[] MARK = "\r\n\r\nWARC/".getBytes(StandardCharsets.US_ASCII);
    /** Enough for any header a crawler writes; a header longer than this is not taken for a record. */
    private static final int HEADER_PROBE = 16 << 10;

    /** {@code kept} is null when the block was longer than the cap; {@code embeddedAt} is -1 when no record starts inside. */
    /** Knuth-Morris-Pratt: how much of the mark still matches after a mismatch, so a mark split across reads or after CRs is found. */
    private static final int[] FALLBACK = fallback(MARK);

    record Result(byte[] kept, long length, long embeddedAt) {}

    private BlockScan() {}

    static Result drain(ReadableByteChannel body, long cap) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        boolean keeping = cap > 0;
        ByteBuffer buf = ByteBuffer.allocate(64 << 10);
        long length = 0, embeddedAt = -1;
        int matched = 0;
        ByteArrayOutputStream probe = null;
        long probeAt = -1;
        while (true) {
            buf.clear();
            int n = body.read(buf);
            if (n < 0) break;
            byte[] a = buf.array();
            if (keeping) {
                if (length + n > cap) {
                    keeping = false;
                    kept = null;
                } else {
                    kept.write(a, 0, n);
                }
            }
            for (int i = 0; i < n; i++) {
                if (probe != null) {
                    int take = (int) Math.min(n - i, HEADER_PROBE - probe.size());
                    probe.write(a, i, take);
                    i += take - 1;
                    if (probe.size() >= HEADER_PROBE) {
                        if (isHeader(probe.toByteArray())) embeddedAt = probeAt;
                        probe = null;
                    }
                    continue;
                }
                if (embeddedAt >= 0) break;
                byte b = a[i];
                while (matched > 0 && b != MARK[matched]) matched = FALLBACK[matched - 1];
                if (b == MARK[matched]) matched++;
                if (matched == MARK.length) {
                    matched = 0;
                    probe = new ByteArrayOutputStream();
                    probe.write(MARK, 4, MARK.length - 4);
                    probeAt = length + i + 1 - (MARK.length - 4);
                }
            }
            length += n;
        }
        if (probe != null && embeddedAt < 0 && isHeader(probe.toByteArray())) embeddedAt = probeAt;
        return new Result(kept == null ? null : kept.toByteArray(), length, embeddedAt);
    }

    private static int[] fallback(byte[] m) {
        int[] f = new int[m.length];
        for (int i = 1, k = 0; i < m.length; i++) {
            while (k > 0 && m[i] != m[k]) k = f[k - 1];
            if (m[i] == m[k]) k++;
            f[i] = k;
        }
        return f;
    }

    /** Whether the bytes begin with a whole WARC record header that jwarc parses. */
    static boolean isHeader(byte[] b) {
        try (WarcReader r = new WarcReader(new ByteArrayInputStream(Arrays.copyOf(b, b.length)))) {
            return r.next().isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
