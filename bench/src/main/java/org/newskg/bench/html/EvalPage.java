package org.newskg.bench.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * One page of an evaluation set: where its bytes are, as the set stores them, what a correct extraction holds, and
 * whether rules may be tuned on it. The bytes are read when asked for, so a set of thousands of pages costs no memory.
 *
 * @param set the set's name, as reports show it
 * @param id the page's id within the set
 * @param file the page file; a name ending in {@code .gz} is gunzipped when read
 */
public record EvalPage(String set, String id, Path file, Reference reference, Split split) {
    public EvalPage {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(split, "split");
    }

    /** What a correct extraction of the page holds. */
    public sealed interface Reference permits FullText, Snippets {}

    /** The hand-cleaned main text, scored by word 4-gram shingles. */
    public record FullText(String text) implements Reference {
        public FullText { Objects.requireNonNull(text, "text"); }
    }

    /** Snippets that must and must not appear in the body (trafilatura's evaluation). */
    public record Snippets(List<String> mustHave, List<String> mustNot) implements Reference {
        public Snippets {
            mustHave = List.copyOf(mustHave);
            mustNot = List.copyOf(mustNot);
        }
    }

    /** The page's bytes, as a crawler would have them. */
    public byte[] html() {
        try {
            if (!file.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(file);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + file, e);
        }
    }
}
