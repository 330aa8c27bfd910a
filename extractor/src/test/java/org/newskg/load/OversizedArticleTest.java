package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.Tdb2Store;

/** A 20 MB article, as a file and as one JSON line, among good ones: it fails alone, saying why, and the rest load. */
class OversizedArticleTest {
    static final int TWENTY_MB = 20 << 20;
    static final String FILLER = "The Gullmoor harbor board met again on Thursday and talked about the ferry timetable. ";

    @TempDir Path tmp;

    /** Streams the text out so that the test itself never holds 20 MB twice. */
    static void writeRepeated(Path file, String head, String tail, int bytes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(head);
            int n = 0;
            while (n < bytes) {
                w.write(FILLER);
                n += FILLER.length();
            }
            w.write(tail);
        }
    }

    @Test
    void aTwentyMegabyteArticleFailsNamingItsSizeAndTheLimitWhileTheOthersLoad() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("ferry-vote.txt"), "\"The ferry will run all winter,\" said Mayor Ilse Brandvold of Gullmoor.\n");
        Files.writeString(src.resolve("levee-repair.html"), "<html><head><meta property=\"og:site_name\" content=\"Gullmoor Beacon\"></head>"
                + "<body><article><p>Councilwoman Dana Wirth said the levee repairs would finish in May.</p></article></body></html>");
        writeRepeated(src.resolve("harbor-minutes.txt"), "", "\n", TWENTY_MB);
        Path feed = src.resolve("wire.jsonl");
        writeRepeated(feed, "{\"id\":\"wire-small\",\"body\":\"\\\"Tolls stay where they are,\\\" Governor Pia Santos said.\"}\n"
                + "{\"id\":\"wire-huge\",\"outlet\":\"Gullmoor Wire\",\"body\":\"", "\"}\n"
                + "{\"id\":\"wire-after\",\"body\":\"Senator Ole Marsh said the bridge would reopen in June.\"}\n", TWENTY_MB);
        assertTrue(Files.size(src.resolve("harbor-minutes.txt")) >= TWENTY_MB);

        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db")); Pipeline p = Pipeline.builder().build()) {
            LoadSummary s = Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(Ingest.create().read(List.of(src.toString())));

            assertEquals(4, s.loaded(), s.line() + " " + s.failures());
            assertEquals(2, s.failed(), s.failures().toString());
            assertEquals(Set.of("ferry-vote", "levee-repair", "wire-small", "wire-after"), new TreeSet<>(store.records().keySet()));

            LoadSummary.Failure file = failure(s, "harbor-minutes.txt");
            assertTrue(file.reason().contains("too large"), file::reason);
            assertTrue(file.reason().contains(String.format(java.util.Locale.ROOT, "%,d bytes", Files.size(src.resolve("harbor-minutes.txt")))), file::reason);
            assertTrue(file.reason().contains("the limit is 5,242,880 bytes (5.0 MiB)"), file::reason);

            LoadSummary.Failure line = failure(s, "wire.jsonl:2");
            assertEquals(null, line.articleId(), "the line failed before it became an article");
            assertTrue(line.reason().contains("wire-huge") && line.reason().contains("too large"), line::reason);
            assertTrue(line.reason().contains("(20.0 MiB)") && line.reason().contains("the limit is 5,242,880 bytes"), line::reason);
        }
    }

    private static LoadSummary.Failure failure(LoadSummary s, String sourceEnd) {
        return s.failures().stream().filter(f -> f.source().endsWith(sourceEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure for " + sourceEnd + " in " + s.failures()));
    }
}
