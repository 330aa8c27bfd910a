package org.newskg.bench.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.newskg.ingest.html.Utf8Bytes;

/**
 * How often a page truly in a single-byte charset would be taken for UTF-8 by the reader's charset rule (a declared
 * ISO-8859-x or windows-125x yields to bytes that are UTF-8, {@link Utf8Bytes}). Real pages in those charsets are
 * made here from the evaluation sets' pages: each page that reads as UTF-8 with non-ASCII text is re-encoded whole in
 * windows-1252 and in ISO-8859-1 (pages with a character those charsets lack are skipped), which is what its
 * publisher's old tool would have saved; the rule is then asked whether those bytes are UTF-8.
 */
public final class CharsetCheck {
    private CharsetCheck() {}

    /** Pages tried per charset, and how many of them the rule would read as UTF-8 (a mangled page each). */
    public record Count(String charset, int pages, int readAsUtf8) {}

    public static List<Count> run(List<EvalPage> pages) {
        return List.of(count(pages, Charset.forName("windows-1252")), count(pages, StandardCharsets.ISO_8859_1));
    }

    private static Count count(List<EvalPage> pages, Charset cs) {
        int tried = 0, wrong = 0;
        for (EvalPage p : pages) {
            byte[] utf8 = p.html();
            Utf8Bytes scan = Utf8Bytes.scan(utf8);
            if (!scan.validWithMultiByte()) continue;
            byte[] single = encode(new String(utf8, StandardCharsets.UTF_8), cs);
            if (single == null) continue;
            tried++;
            Utf8Bytes s = Utf8Bytes.scan(single);
            if (s.validWithMultiByte() || s.mostlyUtf8(single.length)) wrong++;
        }
        return new Count(cs.name(), tried, wrong);
    }

    /** The text in {@code cs}, or null when it holds a character {@code cs} lacks. */
    private static byte[] encode(String text, Charset cs) {
        CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
