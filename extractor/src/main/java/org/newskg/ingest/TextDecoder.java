package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding. A lenient decoder would replace bad bytes with U+FFFD and shift nothing, but the
 * article would then hold text its publisher never wrote; a researcher tracing a triple back must find
 * the same characters in the file, so bad input is refused instead.
 */
final class TextDecoder {
    private TextDecoder() {}

    static String decode(String source, byte[] bytes, long maxBytes) throws IngestException {
        if (bytes.length == 0) throw new IngestException(source, "empty file");
        if (bytes.length > maxBytes) throw new IngestException(source, tooLarge(bytes.length, maxBytes));
        for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
            if (bytes[i] == 0) throw new IngestException(source, "binary content (NUL byte at offset " + i + "), not UTF-8 text");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(source, "not valid UTF-8 (" + e.getMessage() + ")");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) throw new IngestException(source, "empty file (only whitespace)");
        return text;
    }

    /** The reason for refusing an input over the size limit: both numbers, readable, and how to raise the limit. */
    static String tooLarge(long size, long limit) {
        return "too large: " + size(size) + "; the limit is " + size(limit) + ", raise it with --max-bytes";
    }

    /** {@code 20,971,520 bytes (20.0 MiB)}: exact for comparing, rounded for reading. */
    static String size(long n) {
        String exact = String.format(java.util.Locale.ROOT, "%,d bytes", n);
        if (n >= 1L << 20) return exact + String.format(java.util.Locale.ROOT, " (%.1f MiB)", n / (double) (1L << 20));
        if (n >= 1L << 10) return exact + String.format(java.util.Locale.ROOT, " (%.1f KiB)", n / (double) (1L << 10));
        return exact;
    }

    /** Bytes the text takes in UTF-8, without encoding it: the limit is in bytes whatever format carried the text. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    /** Index of the first half of a surrogate pair that stands alone, or -1: text that decoded from UTF-8 has none, but escapes can make one. */
    static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return i;
        }
        return -1;
    }
}
