package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled demo corpus: short articles written for newskg about invented outlets and people. It ships in
 * the jar, listed in {@code index.txt}; since ingest reads folders, it is copied out to one.
 */
public final class DemoCorpus {
    static final String BASE = "/newskg/demo/";

    private DemoCorpus() {}

    /** Copies the corpus into {@code dir} and returns it; the manifest is {@code dir/manifest.tsv}. */
    public static Path unpack(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        try (InputStream in = DemoCorpus.class.getResourceAsStream(BASE + "index.txt")) {
            if (in == null) throw new IOException("the demo corpus is not on the classpath");
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        }
        for (String n : names) {
            try (InputStream in = DemoCorpus.class.getResourceAsStream(BASE + n)) {
                if (in == null) throw new IOException("demo corpus file missing from the jar: " + n);
                Files.copy(in, dir.resolve(n), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** The corpus read as ingest items, with its manifest. */
    public static List<IngestItem> read(Path dir) throws IOException, IngestException {
        unpack(dir);
        return Ingest.withManifest(Manifest.read(dir.resolve("manifest.tsv"))).read(List.of(dir.toString()));
    }
}
