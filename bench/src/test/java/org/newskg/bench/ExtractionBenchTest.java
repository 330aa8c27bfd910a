package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.DemoCorpus;

/** `newskg bench` measures both passes on the same articles and prints their ratio, the figure issues cite. */
class ExtractionBenchTest {
    @TempDir Path tmp;

    @Test
    void itPrintsTheRatioOfFullExtractionToTheBareOpenNlpPass() throws Exception {
        Path corpus = DemoCorpus.unpack(tmp.resolve("corpus"));
        ExtractionBench.Result r = ExtractionBench.run(new ExtractionBench.Config(corpus, 1, 4, 1));
        assertEquals(4, r.articles());
        assertTrue(r.tokens() > 0 && r.bareSeconds() > 0 && r.fullSeconds() > 0, r.text());
        assertTrue(r.text().contains(String.format("ratio (full throughput / bare throughput): %.2f", r.ratio())), r.text());
    }
}
