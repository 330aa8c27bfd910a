package org.newskg.load;

import java.nio.file.Path;
import java.util.List;

import org.newskg.ingest.Article;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.SyntheticCorpus;

/** A batch long enough to interrupt: the demo corpus copied under varied ids, as JSON Lines. */
final class DemoFeed {
    private DemoFeed() {}

    /** {@code copies} times the 12 demo articles; returns the folder that holds them. */
    static Path write(Path dir, int copies) throws Exception {
        List<Article> demo = DemoCorpus.read(dir.resolve("demo")).stream()
                .filter(IngestItem.Ok.class::isInstance).map(i -> ((IngestItem.Ok) i).article()).toList();
        return SyntheticCorpus.write(demo, copies * demo.size(), dir.resolve("feed"));
    }
}
