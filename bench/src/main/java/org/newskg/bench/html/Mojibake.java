package org.newskg.bench.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Counts the marks of text decoded with the wrong charset: UTF-8 bytes read as windows-1252 or Latin-1 ({@code â€™}
 * for ’, {@code Ã©} for é), C1 control characters (a windows-1252 byte read as Latin-1), and U+FFFD (bytes the charset
 * could not decode). A sequence counts only when its bytes, re-encoded, are one valid UTF-8 character, so that "Ã"
 * before an ordinary letter does not.
 */
public final class Mojibake {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Mojibake() {}

    public static int count(String s) {
        if (s == null) return 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || c >= '\u0080' && c <= '\u009F') { n++; continue; }
            int len = c >= '\u00C2' && c <= '\u00DF' ? 2 : c >= '\u00E0' && c <= '\u00EF' ? 3 : c >= '\u00F0' && c <= '\u00F4' ? 4 : 0;
            if (len == 0 || i + len > s.length()) continue;
            byte[] b = new byte[len];
            b[0] = (byte) c;
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) {
                int x = singleByte(s.charAt(i + k));
                ok = x >= 0x80 && x <= 0xBF;
                b[k] = (byte) x;
            }
            if (ok && validUtf8(b)) { n++; i += len - 1; }
        }
        return n;
    }

    /** The byte a character has in windows-1252, or in Latin-1 for the five bytes windows-1252 leaves undefined; -1 if none. */
    private static int singleByte(char c) {
        if (c <= '\u00FF') return c;
        CharsetEncoder enc = CP1252.newEncoder();
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(new char[] {c}));
            return bb.remaining() == 1 ? bb.get() & 0xFF : -1;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    private static boolean validUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
