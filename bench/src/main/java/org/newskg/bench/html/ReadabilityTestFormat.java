package org.newskg.bench.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Mozilla Readability's test pages ({@code test/test-pages/<name>/source.html} with the {@code expected.html} that
 * Readability.js gives, checked by hand as its tests' reference). The folder given may be the repository, its
 * {@code test/} or {@code test/test-pages/}. Split by {@link Split#byTemplate} of the page's folder name.
 */
final class ReadabilityTestFormat implements EvalSetFormat {
    @Override public String name() { return "readability"; }

    @Override public boolean recognizes(Path dir) {
        return pagesDir(dir) != null;
    }

    private static Path pagesDir(Path dir) {
        for (Path d : List.of(dir, dir.resolve("test-pages"), dir.resolve("test").resolve("test-pages"))) {
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                if (s.anyMatch(p -> Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html")))) return d;
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    @Override public List<EvalPage> read(Path dir) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(pagesDir(dir))) {
            for (Path d : s.sorted().toList()) {
                Path source = d.resolve("source.html"), expected = d.resolve("expected.html");
                if (!Files.isRegularFile(source) || !Files.isRegularFile(expected)) continue;
                String id = d.getFileName().toString();
                pages.add(new EvalPage(name(), id, source, new EvalPage.FullText(GoldText.clean(EvalSets.text(expected))), Split.byTemplate(id)));
            }
        }
        return pages;
    }
}
