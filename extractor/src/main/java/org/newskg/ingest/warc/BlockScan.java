package org.newskg.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;

import org.netpreserve.jwarc.WarcReader;

/**
 * One pass over a record's block, to its end: its length, its bytes when asked for and under a cap, and whether a WARC
 * record starts inside it. A record whose WARC Content-Length is too large swallows the record after it (and whatever
 * that one held is lost, its duplicate no longer seen); inside the swallowing block the next record shows as the
 * trailer {@code CRLF CRLF} followed by a header that parses. Scanning costs one comparison a byte and keeps 16 KiB at
 * most besides the block, so it runs on every record, article or not.
 */
final class BlockScan {
    private static final byte[] MARK = "\r\n\r\nWARC/".getBytes(StandardCharsets.US_ASCII);
    /** Knuth-Morris-Pratt: how much of the mark still matches after a mismatch, so a mark split across reads or after CRs is found. */
    private static final int[] FALLBACK = fallback(MARK);
    /** Enough for any header a crawler writes; a header longer than this is not taken for a record. */
    private static final int HEADER_PROBE = 16 << 10;

    /** {@code kept} is null when not asked for or over the cap; {@code embeddedAt} is -1 when no record starts inside. */
    record Result(byte[] kept, long length, long embeddedAt) {}

    private int matched;
    private ByteArrayOutputStream probe;
    private long probeAt = -1;
    private long embeddedAt = -1;

    private BlockScan() {}

    /**
     * Reads the block to its end. With {@code keep}, a block of at most {@code cap} bytes (its WARC Content-Length,
     * {@code declared}, says how long it is) is read into one array of that size, and no copy is made.
     */
    static Result drain(ReadableByteChannel body, long declared, boolean keep, long cap) throws IOException {
        byte[] kept = keep && declared <= cap ? new byte[(int) declared] : null;
        ByteBuffer buf = kept != null ? ByteBuffer.wrap(kept) : ByteBuffer.allocate(64 << 10);
        BlockScan scan = new BlockScan();
        long length = 0;
        while (true) {
            if (kept == null) buf.clear();
            int start = buf.position();
            int n = body.read(buf);
            if (n < 0 || n == 0 && !buf.hasRemaining()) break;
            scan.feed(buf.array(), start, n, length);
            length += n;
        }
        return new Result(kept, length, scan.end());
    }

    private void feed(byte[] a, int off, int n, long base) {
        for (int i = off; i < off + n && embeddedAt < 0; i++) {
            if (probe != null) {
                int take = Math.min(off + n - i, HEADER_PROBE - probe.size());
                probe.write(a, i, take);
                i += take - 1;
                if (probe.size() >= HEADER_PROBE) endProbe();
                continue;
            }
            byte b = a[i];
            while (matched > 0 && b != MARK[matched]) matched = FALLBACK[matched - 1];
            if (b == MARK[matched]) matched++;
            if (matched == MARK.length) {
                matched = 0;
                probe = new ByteArrayOutputStream();
                probe.write(MARK, 4, MARK.length - 4);
                probeAt = base + (i - off) + 1 - (MARK.length - 4);
            }
        }
    }

    private void endProbe() {
        if (isHeader(probe.toByteArray())) embeddedAt = probeAt;
        probe = null;
    }

    private long end() {
        if (probe != null && embeddedAt < 0) endProbe();
        return embeddedAt;
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
        try (WarcReader r = new WarcReader(new ByteArrayInputStream(b))) {
            return r.next().isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
