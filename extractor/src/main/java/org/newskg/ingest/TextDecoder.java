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
        if (bytes.length > maxBytes)
            throw new IngestException(source, "too large: " + bytes.length + " bytes, the limit is " + maxBytes);
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
}
