package org.newskg.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

import org.netpreserve.jwarc.WarcReader;

/**
 * Where the next WARC record starts after a damaged one, so that one bad record costs that record and not the rest of
 * the file. Uncompressed, a record starts with {@code WARC/} at the start of a line; in a {@code .warc.gz} written one
 * gzip member per record (as the standard recommends and every crawler does), at a gzip header. A candidate counts only
 * when jwarc parses a whole record header there, so a page that merely mentions either is not taken for a record.
 */
final class RecordStarts {
    private static final byte[] WARC = {'W', 'A', 'R', 'C', '/'};
    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 8};

    private RecordStarts() {}

    /** The first record start after byte {@code after}, or empty when none follows. */
    static OptionalLong after(Path file, boolean gzip, long after) throws IOException {
        byte[] mark = gzip ? GZIP : WARC;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(64 << 10);
            long base = after + 1;
            ByteBuffer one = ByteBuffer.allocate(1);
            byte before = ch.read(one, after) == 1 ? one.get(0) : (byte) '\n';
            while (base < ch.size()) {
                buf.clear();
                int n = ch.read(buf, base);
                if (n <= 0) break;
                byte[] a = buf.array();
                // A mark cut by the end of this read is found by the next one, which starts mark.length - 1 earlier.
                int last = base + n >= ch.size() || n < mark.length ? n : n - (mark.length - 1);
                for (int i = 0; i < last; i++) {
                    if (!startsWith(a, i, n, mark)) continue;
                    byte prev = i > 0 ? a[i - 1] : before;
                    if (!gzip && prev != '\n') continue;
                    long at = base + i;
                    if (parses(file, at)) return OptionalLong.of(at);
                }
                before = a[last - 1];
                base += last;
            }
        }
        return OptionalLong.empty();
    }

    private static boolean startsWith(byte[] a, int i, int n, byte[] mark) {
        if (i + mark.length > n) return false;
        for (int j = 0; j < mark.length; j++) if (a[i + j] != mark[j]) return false;
        return true;
    }

    private static boolean parses(Path file, long at) {
        try (WarcReader r = new WarcReader(FileChannel.open(file, StandardOpenOption.READ).position(at))) {
            return r.next().isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
