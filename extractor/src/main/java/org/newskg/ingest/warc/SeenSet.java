package org.newskg.ingest.warc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The keys a streaming read has met (payload digests, URLs, article ids), as 64-bit fingerprints in one open-addressing
 * {@code long[]}: about 16 bytes a key where a {@code HashSet<String>} takes over 100, so a 1 GB archive's bookkeeping
 * stays a small fraction of its largest page. Two keys share a fingerprint with odds of about n²/2⁶⁵ (10⁻⁹ for
 * 200,000 keys); the cost would be one page taken for a duplicate. No library on the classpath has a primitive long set.
 */
public final class SeenSet {
    private long[] table = new long[1024];
    private int size;
    private boolean zero;

    /** Adds the key; false if it was there already. */
    public boolean add(String key) { return add(fingerprint(key.getBytes(StandardCharsets.UTF_8))); }

    /** Adds a key that is already a digest (at least 8 bytes): its first 64 bits are the fingerprint. */
    public boolean addDigest(byte[] digest) { return add(ByteBuffer.wrap(digest, 0, 8).getLong()); }

    public boolean contains(String key) {
        long f = fingerprint(key.getBytes(StandardCharsets.UTF_8));
        if (f == 0) return zero;
        for (int i = slot(f, table.length); ; i = (i + 1) & (table.length - 1)) {
            if (table[i] == 0) return false;
            if (table[i] == f) return true;
        }
    }

    public int size() { return size + (zero ? 1 : 0); }

    private boolean add(long f) {
        if (f == 0) {
            if (zero) return false;
            return zero = true;
        }
        if (2 * (size + 1) > table.length) grow();
        if (!put(table, f)) return false;
        size++;
        return true;
    }

    private static boolean put(long[] t, long f) {
        for (int i = slot(f, t.length); ; i = (i + 1) & (t.length - 1)) {
            if (t[i] == 0) {
                t[i] = f;
                return true;
            }
            if (t[i] == f) return false;
        }
    }

    private void grow() {
        long[] t = new long[table.length * 2];
        for (long f : table) if (f != 0) put(t, f);
        table = t;
    }

    private static int slot(long f, int length) { return (int) (f ^ (f >>> 32)) & (length - 1); }

    private static long fingerprint(byte[] b) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(b), 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
