package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;
import org.newskg.ingest.html.Utf8Bytes;

/**
 * Strict decoding: UTF-8 for text and JSON Lines; for HTML, the charset the page's bytes carry (see
 * {@link #decodeHtml}). A lenient decoder would replace bad bytes with U+FFFD and shift nothing, but the
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

    /** How far into a page its charset declaration is looked for; the HTML standard says 1024 bytes, pages overrun it. */
    private static final int PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?is)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("(?s)^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

    /**
     * An HTML page's text, decoded the way a browser picks the charset: a byte order mark; then the charset the
     * transport declared (an HTTP {@code Content-Type}, as a WARC record keeps it); then the page's own
     * {@code <meta charset>} or {@code http-equiv} content type (or an XML declaration); then UTF-8 if the bytes
     * are valid UTF-8; then Mozilla's detector. A declared single-byte charset (ISO-8859-x, windows-125x) yields to
     * UTF-8 when the bytes are UTF-8 (see {@link Utf8Bytes}). Decoding stays strict: binary content, and bytes the
     * chosen charset cannot decode, are refused with the reason; only a page with at most one bad sequence per 1,000
     * bytes reads with U+FFFD in their place, as a browser shows it.
     *
     * @param contentType the transport's {@code Content-Type} header, if any
     */
    static String decodeHtml(String source, byte[] bytes, long maxBytes, Optional<String> contentType) throws IngestException {
        return decodeHtmlExplained(source, bytes, maxBytes, contentType).text();
    }

    /** A page's text, the charset it was read with, and how that charset was chosen. */
    record Decoded(String text, Charset charset, String how) {}

    static Decoded decodeHtmlExplained(String source, byte[] bytes, long maxBytes, Optional<String> contentType) throws IngestException {
        if (bytes.length == 0) throw new IngestException(source, "empty file");
        if (bytes.length > maxBytes) throw new IngestException(source, tooLarge(bytes.length, maxBytes));
        Decoded d = choose(source, bytes, contentType);
        String text = d.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) throw new IngestException(source, "empty file (only whitespace)");
        return new Decoded(text, d.charset(), d.how());
    }

    private static Decoded choose(String source, byte[] bytes, Optional<String> contentType) throws IngestException {
        Charset bom = bom(bytes);
        if (bom != null) return new Decoded(strict(source, bytes, bom, "its byte order mark"), bom, "its byte order mark");
        for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
            if (bytes[i] == 0) throw new IngestException(source, "binary content (NUL byte at offset " + i + "), not an HTML page");
        }
        Optional<Charset> transport = contentType.flatMap(ct -> charset(HEADER_CHARSET.matcher(ct)));
        Optional<Charset> declared = transport.isPresent() ? transport : declared(bytes);
        if (declared.isEmpty()) {
            String text = strictOrNull(bytes, StandardCharsets.UTF_8);
            if (text != null) return new Decoded(text, StandardCharsets.UTF_8, "undeclared, valid UTF-8");
            Optional<Charset> detected = detect(bytes);
            text = detected.map(c -> strictOrNull(bytes, c)).orElse(null);
            if (text != null) return new Decoded(text, detected.get(), "undeclared, detected");
            text = withStrayBadBytes(bytes, StandardCharsets.UTF_8);
            if (text != null) return new Decoded(text, StandardCharsets.UTF_8, "undeclared, UTF-8 with stray bad bytes");
            throw new IngestException(source, "not valid UTF-8, and the page declares no charset and none could be detected"
                    + detected.map(c -> " (" + c.name() + " does not decode it either)").orElse(""));
        }
        Charset cs = declared.get();
        String how = (transport.isPresent() ? "declared by the transport as " : "declared by the page as ") + cs.name();
        if (singleByte(cs)) {
            // A page re-saved as UTF-8 that kept its old declaration; single-byte text is almost never UTF-8 (Utf8Bytes).
            Utf8Bytes utf8 = Utf8Bytes.scan(bytes);
            if (utf8.validWithMultiByte()) {
                return new Decoded(strict(source, bytes, StandardCharsets.UTF_8, "its bytes"), StandardCharsets.UTF_8, how + ", bytes UTF-8");
            }
            if (utf8.mostlyUtf8(bytes.length)) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, how + ", bytes UTF-8 with stray bad bytes");
            }
        }
        try {
            return new Decoded(strict(source, bytes, cs, how), cs, how);
        } catch (IngestException e) {
            // Pages do lie about their charset (a template says UTF-8, an editor saved Latin-1); trust the bytes
            // if the detector finds a charset that decodes them whole. Else a page whose few bad bytes are
            // stray (a truncated copy, one pasted character) reads as a browser shows it; else it is refused.
            Optional<Charset> detected = detect(bytes).filter(c -> !c.equals(cs));
            String text = detected.map(c -> strictOrNull(bytes, c)).orElse(null);
            if (text != null) return new Decoded(text, detected.get(), how + ", which does not decode it; detected");
            text = withStrayBadBytes(bytes, cs);
            if (text != null) return new Decoded(text, cs, how + ", with stray bad bytes");
            throw e;
        }
    }

    /** A charset with one byte per character: ISO-8859-x, windows-125x, KOI8 and the like. */
    private static boolean singleByte(Charset cs) {
        return cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1.0f;
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** The charset the page's head declares, read from its first bytes as ASCII (all declarations are ASCII). */
    private static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) return charset(xml.group(1));
        return charset(META_CHARSET.matcher(head));
    }

    private static Optional<Charset> charset(Matcher m) {
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /**
     * A charset label as the HTML standard reads it: Latin-1 and ASCII labels mean windows-1252 (which agrees with
     * them on every byte they define), and a UTF-16 label on a page whose bytes are ASCII-compatible means UTF-8.
     */
    private static Optional<Charset> charset(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii") || l.equals("iso8859-1")) l = "windows-1252";
        if (l.startsWith("utf-16")) l = "utf-8";
        try {
            return Charset.isSupported(l) ? Optional.of(Charset.forName(l)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        d.dataEnd();
        String name = d.getDetectedCharset();
        return name == null ? Optional.empty() : charset(name);
    }

    private static String strict(String source, byte[] bytes, Charset cs, String how) throws IngestException {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String name = cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : cs.name();
            throw new IngestException(source, "not valid " + name + ", the charset " + how + " (" + e.getMessage() + ")");
        }
    }

    /**
     * The text with each undecodable sequence shown as U+FFFD, as a browser shows it, if there are at most one such
     * per 1,000 bytes; else null. Offsets hold (one character per bad sequence), and the reader sees the mark.
     */
    private static String withStrayBadBytes(byte[] bytes, Charset cs) {
        String text = new String(bytes, cs);
        long bad = text.chars().filter(c -> c == '\uFFFD').count() - countEncodedReplacement(bytes, cs);
        return bad <= Math.max(1, bytes.length / 1000) ? text : null;
    }

    /** How many U+FFFD the page itself contains, encoded: those are not decoding errors. */
    private static long countEncodedReplacement(byte[] bytes, Charset cs) {
        if (!cs.equals(StandardCharsets.UTF_8)) return 0;
        long n = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) n++;
        }
        return n;
    }

    private static String strictOrNull(byte[] bytes, Charset cs) {
        try {
            return strict("", bytes, cs, "");
        } catch (IngestException e) {
            return null;
        }
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
