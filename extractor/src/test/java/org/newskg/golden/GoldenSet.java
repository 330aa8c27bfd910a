package org.newskg.golden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.IngestItem;
import org.newskg.testkit.Corpora;

/**
 * The article sets whose outputs are frozen. The demo corpus and the derive tests' corpus are text written for
 * newskg, so their golden files may show names and words; the real sets (seeds, PolNeAR) are third-party news, so
 * their golden files hold ids, offsets, rule ids and hashes only.
 */
enum GoldenSet {
    DEMO("demo", false),
    DERIVE_CORPUS("derive-corpus", false),
    SEEDS("seeds", true),
    POLNEAR_DEV("polnear-dev", true),
    POLNEAR_TRAIN("polnear-train", true);

    final String fileName;
    /** Third-party text: names and words are shown as hashes. */
    final boolean redacted;

    GoldenSet(String fileName, boolean redacted) {
        this.fileName = fileName;
        this.redacted = redacted;
    }

    /** The set's articles with its manifest; a real set absent from ../shared skips the test with a message. */
    List<IngestItem> items(Path tmp) throws Exception {
        return switch (this) {
            case DEMO -> DemoCorpus.read(tmp.resolve("demo"));
            case DERIVE_CORPUS -> Corpora.deriveCorpusItems();
            case SEEDS -> read(shared("seeds"), "manifest.tsv", ".");
            case POLNEAR_DEV -> read(shared("polnear/dev"), "metadata.tsv", "text");
            case POLNEAR_TRAIN -> read(shared("polnear/train"), "metadata.tsv", "text");
        };
    }

    private static List<IngestItem> read(Path dir, String manifest, String texts) throws Exception { return Corpora.read(dir, manifest, texts); }

    private static Path shared(String sub) {
        Path p = Path.of(System.getProperty("newskg.shared", "../../shared")).resolve(sub);
        Assumptions.assumeTrue(Files.exists(p), () -> "skipped: " + p.toAbsolutePath().normalize()
                + " is absent (the shared data sits beside the checkout in CI)");
        return p;
    }
}
