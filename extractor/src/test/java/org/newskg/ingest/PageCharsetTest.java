package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Which charset a page is read with, in each combination of byte order mark, transport header, page declaration and
 * actual bytes. Pages written for these tests, about a fictional harbor town.
 */
class PageCharsetTest {
    private static final Path SOURCE = Path.of("page.html");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Curly quotes, a dash and accents: the characters a wrong charset mangles. */
    private static final String TEXT = "\u201cWe served the ferry crews for thirty years,\u201d said Ren\u00e9e Kowalczyk \u2014 the caf\u00e9\u2019s owner.";
    private static final String MORE = "The caf\u00e9 on Pier 4 will close in May after the harbor board raised its rent for a third time.";

    private static String page(String head) {
        return "<!doctype html><html><head>" + head + "<title>Caf\u00e9 closes</title></head><body><article>"
                + "<p>" + TEXT + "</p><p>" + MORE + "</p></article></body></html>";
    }

    private static String body(byte[] bytes, Optional<String> contentType) throws IngestException {
        return HtmlArticleReader.read("page", bytes, contentType, Optional.empty(), Optional.empty(), SOURCE).body();
    }

    private static String body(byte[] bytes) throws IngestException {
        return body(bytes, Optional.empty());
    }

    private static void assertReadRight(String body) {
        assertTrue(body.startsWith(TEXT), () -> "mangled: " + body);
        assertTrue(body.contains(MORE), () -> "mangled: " + body);
        assertTrue(!body.contains("\u00e2\u20ac") && !body.contains("\u00c3"), () -> "UTF-8 read as windows-1252: " + body);
    }

    @Test
    void pageDeclaringLatin1WhoseBytesAreUtf8ReadsAsUtf8() throws IngestException {
        assertReadRight(body(page("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pageDeclaringWindows1252InHttpEquivWhoseBytesAreUtf8ReadsAsUtf8() throws IngestException {
        String head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
        assertReadRight(body(page(head).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pageDeclaringWindows1252WhoseBytesAreWindows1252ReadsAsDeclared() throws IngestException {
        assertReadRight(body(page("<meta charset=\"windows-1252\">").getBytes(CP1252)));
    }

    @Test
    void pageDeclaringLatin1WhoseBytesAreLatin1ReadsAsDeclared() throws IngestException {
        String latin = "<!doctype html><html><head><meta charset=\"iso-8859-1\"></head><body><article><p>" + MORE
                + "</p><p>Its cr\u00e8me br\u00fbl\u00e9e was famous along the whole harbour front, Ren\u00e9e said.</p></article></body></html>";
        String b = body(latin.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(b.contains("cr\u00e8me br\u00fbl\u00e9e") && b.contains(MORE), b);
    }

    @Test
    void transportHeaderDeclaringWindows1252YieldsToUtf8Bytes() throws IngestException {
        assertReadRight(body(page("").getBytes(StandardCharsets.UTF_8), Optional.of("text/html; charset=ISO-8859-1")));
    }

    @Test
    void transportHeaderDeclaringWindows1252ReadsWindows1252Bytes() throws IngestException {
        assertReadRight(body(page("<meta charset=\"utf-8\">").getBytes(CP1252), Optional.of("text/html; charset=windows-1252")));
    }

    @Test
    void transportHeaderDeclaringUtf8WinsOverAPageDeclaringLatin1() throws IngestException {
        assertReadRight(body(page("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8), Optional.of("text/html; charset=utf-8")));
    }

    @Test
    void utf8ByteOrderMarkWinsOverALatin1Declaration() throws IngestException {
        assertReadRight(body(withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16ByteOrderMarkWinsOverTheTransportHeader() throws IngestException {
        byte[] utf16 = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, page("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_16LE));
        assertReadRight(body(utf16, Optional.of("text/html; charset=windows-1252")));
    }

    @Test
    void otherSingleByteCharsetsYieldToUtf8BytesToo() throws IngestException {
        String ru = "<!doctype html><html><head><meta charset=\"windows-1251\"></head><body><article><p>"
                + "\u041f\u0430\u0440\u043e\u043c \u043f\u0440\u0438\u0448\u0451\u043b \u0432 \u043f\u043e\u0440\u0442 \u0432 \u043f\u043e\u043b\u0434\u0435\u043d\u044c, "
                + "\u0441\u043a\u0430\u0437\u0430\u043b\u0430 \u0410\u043d\u043d\u0430 \u0421\u0435\u0440\u043e\u0432\u0430.</p></article></body></html>";
        assertTrue(body(ru.getBytes(StandardCharsets.UTF_8)).startsWith("\u041f\u0430\u0440\u043e\u043c \u043f\u0440\u0438\u0448\u0451\u043b"));
        assertTrue(body(ru.getBytes(Charset.forName("windows-1251"))).startsWith("\u041f\u0430\u0440\u043e\u043c \u043f\u0440\u0438\u0448\u0451\u043b"));
    }

    @Test
    void asciiPageDeclaringLatin1ReadsTheSameEitherWay() throws IngestException {
        String ascii = "<!doctype html><html><head><meta charset=\"iso-8859-1\"></head><body><article><p>"
                + "The ferry left Pier 4 at noon, the harbor master said.</p></article></body></html>";
        assertEquals("The ferry left Pier 4 at noon, the harbor master said.", body(ascii.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void utf8PageDeclaringLatin1WithOneStrayByteReadsAsUtf8WithAReplacementCharacter() throws IngestException {
        // A UTF-8 page, many multi-byte sequences, one byte of a Latin-1 "é" pasted in.
        String para = "<p>" + TEXT + "</p>";
        byte[] head = ("<!doctype html><html><head><meta charset=\"iso-8859-1\"></head><body><article>" + para.repeat(12) + "<p>Caf").getBytes(StandardCharsets.UTF_8);
        byte[] tail = (" rent rose again, said the board.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head);
        b.write(0xE9);
        b.writeBytes(tail);
        String read = body(b.toByteArray());
        assertTrue(read.startsWith(TEXT), read);
        assertTrue(read.endsWith("Caf\uFFFD rent rose again, said the board."), read);
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] out = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(rest, 0, out, prefix.length, rest.length);
        return out;
    }
}
