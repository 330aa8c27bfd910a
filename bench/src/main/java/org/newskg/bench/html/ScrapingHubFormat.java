package org.newskg.bench.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Zyte's (ScrapingHub's) article-extraction-benchmark: {@code ground-truth.json} (id to {@code articleBody}) and
 * {@code html/<id>.html.gz}. The reader's rules were tuned on all of it, so every page is a tuning page.
 */
final class ScrapingHubFormat implements EvalSetFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override public String name() { return "scrapinghub"; }

    @Override public boolean recognizes(Path dir) {
        return Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"));
    }

    @Override public List<EvalPage> read(Path dir) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<EvalPage> pages = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            Path f = dir.resolve("html").resolve(id + ".html.gz");
            if (!Files.isRegularFile(f)) continue;
            pages.add(new EvalPage(name(), id, f, new EvalPage.FullText(truth.get(id).path("articleBody").asText("")), Split.TUNE));
        }
        return pages;
    }
}
