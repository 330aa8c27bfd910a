package org.newskg.ingest.html;

/**
 * What a page's bytes say about UTF-8, whatever charset the page declares: how many multi-byte UTF-8 sequences they
 * hold, and how many bytes fit no UTF-8 sequence.
 *
 * <p>A page that declares a single-byte charset (ISO-8859-x, windows-125x) but whose bytes are UTF-8 is common in
 * archives and crawls: a tool re-saved the page as UTF-8 and kept its meta tag. Read as declared, ’ becomes â€™.
 * Text truly in a single-byte charset is almost never valid UTF-8 with multi-byte sequences: every accented letter
 * or typographic quote is a byte of 0x80 or above, and UTF-8 needs such a byte to be one of a lead byte followed by
 * the right number of continuation bytes (0x80-0xBF), which in windows-1252 are C1 symbols, not letters; "é" followed
 * by a space or a letter is already invalid. So a declared single-byte charset yields to UTF-8 when the bytes are
 * UTF-8, as browsers' and charset detectors' practice has it ({@code newskg bench html --charsets} measures it).
 */
public record Utf8Bytes(int multiByte, int invalid) {
    /**
     * How many multi-byte sequences a page must hold per byte that fits none, for its bytes to count as UTF-8 with
     * a few stray bytes (a truncated copy, one pasted character) rather than as a single-byte charset, whose text has
     * about as many invalid bytes as non-ASCII characters.
     */
    static final int MULTIBYTE_PER_STRAY_BYTE = 10;

    /** Counts the sequences of {@code b}, in one pass. */
    public static Utf8Bytes scan(byte[] b) {
        int multi = 0, bad = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) { i++; continue; }
            int len = sequenceLength(b, i);
            if (len > 0) { multi++; i += len; } else { bad++; i++; }
        }
        return new Utf8Bytes(multi, bad);
    }

    /** The length of the well-formed UTF-8 sequence of two to four bytes at {@code i} (RFC 3629), or 0. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int len;
        int lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else return 0;
        if (i + len > b.length) return 0;
        for (int k = 1; k < len; k++) {
            int x = b[i + k] & 0xFF;
            if (k == 1 ? x < lo || x > hi : x < 0x80 || x > 0xBF) return 0;
        }
        return len;
    }

    /** Valid UTF-8 with at least one multi-byte sequence: pure ASCII says nothing about the charset. */
    public boolean validWithMultiByte() {
        return invalid == 0 && multiByte > 0;
    }

    /** UTF-8 with a few stray bytes: at most one per 1,000 bytes, and many more multi-byte sequences than stray bytes. */
    public boolean mostlyUtf8(int length) {
        return invalid > 0 && invalid <= Math.max(1, length / 1000) && multiByte >= MULTIBYTE_PER_STRAY_BYTE * invalid;
    }
}
