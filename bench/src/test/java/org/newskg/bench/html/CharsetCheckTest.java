package org.newskg.bench.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages written for this test, re-encoded as a publisher's old tool would have saved them. */
class CharsetCheckTest {
    @TempDir Path dir;

    private EvalPage page(String id, String html) throws IOException {
        Path f = dir.resolve(id + ".html");
        Files.writeString(f, html, StandardCharsets.UTF_8);
        return new EvalPage("test", id, f, new EvalPage.FullText(""), Split.TUNE);
    }

    @Test
    void latinTextReEncodedIsNotTakenForUtf8() throws IOException {
        List<CharsetCheck.Count> c = CharsetCheck.run(List.of(page("cafe", "<p>The caf\u00e9 on Pier 4 re-opens, Ren\u00e9e Ortiz said.</p>")));
        assertEquals(new CharsetCheck.Count("windows-1252", 1, 0), c.get(0));
        assertEquals(new CharsetCheck.Count("ISO-8859-1", 1, 0), c.get(1));
    }

    @Test
    void textAlreadyMangledReEncodedIsUtf8AndAPageWithoutSuchCharactersIsSkipped() throws IOException {
        List<CharsetCheck.Count> c = CharsetCheck.run(List.of(page("mangled", "<p>The caf\u00c3\u00a9 re-opens.</p>"),
                page("quote", "<p>The board\u2019s chair spoke.</p>"), page("ascii", "<p>No accents here.</p>")));
        // The typographic apostrophe has no ISO-8859-1 byte; a page in ASCII alone says nothing about UTF-8.
        assertEquals(new CharsetCheck.Count("windows-1252", 2, 1), c.get(0));
        assertEquals(new CharsetCheck.Count("ISO-8859-1", 1, 1), c.get(1));
    }
}
