package org.newskg.golden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.extract.Extractor;
import org.newskg.pipeline.Pipeline;

/**
 * Today's extraction of every article set, frozen: each article graph's digest and its attributions (offsets,
 * sieve, directness, confidence, cue, speaker and claim nodes), memberships, topic assignments and agents. A rule
 * change shows here line by line, and must come with a new {@link Extractor#VERSION} (see {@link GoldenFile}).
 */
class ExtractionGoldenTest {
    @TempDir
    static Path tmp;
    static Pipeline pipeline;

    @BeforeAll
    static void models() { pipeline = Pipeline.builder().build(); }

    @AfterAll
    static void close() { pipeline.close(); }

    @ParameterizedTest
    @EnumSource(value = GoldenSet.class, names = {"DEMO", "SEEDS", "POLNEAR_DEV", "POLNEAR_TRAIN"})
    void extractionEqualsItsGoldenFile(GoldenSet set) throws Exception {
        GoldenLines shown = new GoldenLines(set.redacted);
        GoldenLines full = new GoldenLines(false);
        Map<String, List<String>> lines = new TreeMap<>(), fullLines = new TreeMap<>();
        pipeline.processAll(set.items(tmp), r -> {
            String id = r.articleId() == null ? r.source() : r.articleId();
            if (r.ok()) {
                lines.put(id, shown.article(id, r.graph().get().graph()));
                fullLines.put(id, full.article(id, r.graph().get().graph()));
            } else {
                lines.put(id, List.of("failed " + id + ": " + String.join("; ", r.errors())));
                fullLines.put(id, lines.get(id));
            }
        });
        GoldenFile.check("extract-" + set.fileName, Map.of("extractor", Extractor.VERSION), flatten(lines), flatten(fullLines));
    }

    private static List<String> flatten(Map<String, List<String>> byArticle) {
        List<String> out = new ArrayList<>();
        byArticle.values().forEach(out::addAll);
        return out;
    }
}
