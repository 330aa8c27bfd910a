package org.newskg.testkit;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;

/** The article sets tests load, read with their manifests. */
public final class Corpora {
    private Corpora() {}

    /** The invented multi-outlet story of the derive tests: one statement printed by five outlets of five countries. */
    public static Path deriveCorpus() { return resource("/org/newskg/derive/corpus"); }

    public static List<IngestItem> deriveCorpusItems() throws Exception { return read(deriveCorpus(), "manifest.tsv", "."); }

    /** The articles under {@code dir/texts}, with the manifest {@code dir/manifest}. */
    public static List<IngestItem> read(Path dir, String manifest, String texts) throws Exception {
        return Ingest.withManifest(Manifest.read(dir.resolve(manifest))).read(List.of(dir.resolve(texts).normalize().toString()));
    }

    /** A test resource folder as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(Corpora.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
