package org.newskg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newskg.extract.Extractor;

/**
 * The output folder of the Spark job (module {@code spark/}), as {@code newskg load --bulk --from-spark} reads it:
 * <pre>
 * articles/part-NNNNN.nq.gz   the article graphs
 * records/part-NNNNN.nq.gz    their load records (metadata graph)
 * derived/part-NNNNN.nq.gz    the derived layer, when the job derived it
 * failures.jsonl              the failed articles and files, as load --failures writes them
 * _newskg.json                the manifest: format, versions, counts; written last, so its presence says the job finished
 * </pre>
 * The job writes this layout through these names, so the two sides cannot drift apart.
 */
public final class SparkOutput {
    public static final String MANIFEST = "_newskg.json";
    public static final String FORMAT = "newskg-spark/1";
    public static final String ARTICLES = "articles";
    public static final String RECORDS = "records";
    public static final String DERIVED = "derived";
    public static final String FAILURES = "failures.jsonl";
    /** The suffix Jena's loaders tell gzip N-Quads by. */
    public static final String PART_SUFFIX = ".nq.gz";

    private final Path dir;
    private final JsonNode manifest;

    private SparkOutput(Path dir, JsonNode manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /**
     * Opens a finished output made by this version of the extractor: an output of another version would load graphs
     * that every later incremental load extracts again, so it is refused, naming both versions.
     */
    public static SparkOutput open(Path dir) throws IOException {
        Path m = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(m))
            throw new IllegalArgumentException(dir + ": no " + MANIFEST + ", so not a finished output of the newskg Spark job");
        JsonNode json = new ObjectMapper().readTree(m.toFile());
        if (!FORMAT.equals(json.path("format").asText()))
            throw new IllegalArgumentException(dir + ": output format " + json.path("format").asText() + ", this newskg reads " + FORMAT);
        String version = json.path("extractorVersion").asText();
        if (!Extractor.VERSION.equals(version))
            throw new IllegalArgumentException(dir + ": extracted by " + version + ", this newskg is " + Extractor.VERSION
                    + "; run the job again with the jar of this version");
        return new SparkOutput(dir, json);
    }

    public Path dir() { return dir; }

    public long articles() { return manifest.path("articles").asLong(); }

    public long triples() { return manifest.path("triples").asLong(); }

    /** The version of the derived layer the job wrote (its {@code DerivedLayer.VERSION}). */
    public String derivedVersion() { return manifest.path("derivedVersion").asText(); }

    /** Whether the job derived the layer (its graphs are then in {@code derived/}). */
    public boolean derived() { return Files.isDirectory(dir.resolve(DERIVED)); }

    /** Every N-Quads part to load: articles, records, and the derived layer when there is one. */
    public List<Path> parts() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String sub : List.of(ARTICLES, RECORDS, DERIVED)) {
            Path d = dir.resolve(sub);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.getFileName().toString().endsWith(PART_SUFFIX)).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Bytes of the parts, compressed: what decides between Jena's two bulk loaders. */
    public long bytes() throws IOException {
        long n = 0;
        for (Path p : parts()) n += Files.size(p);
        return n;
    }

    /** The failures the job wrote, as a load reports them. */
    public List<LoadSummary.Failure> failures() throws IOException {
        Path f = dir.resolve(FAILURES);
        List<LoadSummary.Failure> out = new ArrayList<>();
        if (!Files.isRegularFile(f)) return out;
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = Files.lines(f)) {
            lines.filter(l -> !l.isBlank()).forEach(l -> {
                try {
                    Map<?, ?> m = json.readValue(l, Map.class);
                    String article = (String) m.get("article");
                    out.add(new LoadSummary.Failure((String) m.get("source"), article == null || article.isEmpty() ? null : article,
                            (String) m.get("reason")));
                } catch (IOException e) {
                    throw new UncheckedIOException(f + ": unreadable line: " + l, e);
                }
            });
        }
        return out;
    }
}
