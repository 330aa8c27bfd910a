package org.newskg.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;

/** A batch long enough to interrupt: the demo corpus under varied ids, as one JSON Lines file. */
final class DemoFeed {
    private DemoFeed() {}

    /** {@code copies} times the 12 demo articles, each copy under its own ids. */
    static Path write(Path dir, int copies) throws Exception {
        List<IngestItem> demo = DemoCorpus.read(dir.resolve("demo"));
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (IngestItem i : demo) {
                if (!(i instanceof IngestItem.Ok ok)) continue;
                ObjectNode n = json.createObjectNode();
                n.put("id", ok.article().id() + "-copy" + copy);
                n.put("outlet", ok.article().metadata().outlet().orElse("Unknown Outlet"));
                n.put("body", ok.article().body());
                lines.add(json.writeValueAsString(n));
            }
        }
        Path f = dir.resolve("feed.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }
}
