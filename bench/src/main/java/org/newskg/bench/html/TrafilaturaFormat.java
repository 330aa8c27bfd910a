package org.newskg.bench.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * trafilatura's evaluation set: {@code evaldata.json} (per page its file and the snippets it must and must not
 * yield) with the pages under {@code eval/} or {@code cache/}; the folder given may be the repository's
 * {@code tests/} or the one above it. The reader's rules were tuned on it, so every page is a tuning page.
 */
final class TrafilaturaFormat implements EvalSetFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override public String name() { return "trafilatura"; }

    @Override public boolean recognizes(Path dir) {
        return base(dir) != null;
    }

    private static Path base(Path dir) {
        for (Path b : List.of(dir, dir.resolve("tests"))) if (Files.isRegularFile(b.resolve("evaldata.json"))) return b;
        return null;
    }

    @Override public List<EvalPage> read(Path dir) throws IOException {
        Path base = base(dir);
        JsonNode eval = JSON.readTree(base.resolve("evaldata.json").toFile());
        List<EvalPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = eval.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText();
            Path f = null;
            for (String sub : List.of("eval", "cache")) {
                Path c = base.resolve(sub).resolve(file);
                if (Files.isRegularFile(c)) { f = c; break; }
            }
            if (f == null) continue;
            pages.add(new EvalPage(name(), e.getKey(), f,
                    new EvalPage.Snippets(strings(e.getValue().get("with")), strings(e.getValue().get("without"))), Split.TUNE));
        }
        return pages;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
