package org.newskg.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A corpus of any size made from a real one, for the load benchmark and for tests that need a long batch. Copy {@code k} of an article gets a new id,
 * the outlet {@code k} places further in the sorted outlet list and a date {@code k} weeks later, so the copies
 * are distinct articles in distinct graphs and the cross-outlet queries see more outlets per speaker, as a larger
 * real corpus would. Copies are written as JSON Lines files of at most {@value #PER_FILE} articles each, so a
 * benchmark step reads its input from disk as {@code newskg load DIR} does.
 */
public final class SyntheticCorpus {
    static final int PER_FILE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticCorpus() {}

    /** The {@code i}-th article of the synthetic sequence; the first {@code originals.size()} are the originals. */
    public static Article copy(List<Article> originals, List<String> outlets, int i) {
        Article a = originals.get(i % originals.size());
        int k = i / originals.size();
        if (k == 0) return a;
        var md = a.metadata();
        Optional<String> outlet = md.outlet().map(o -> outlets.get((outlets.indexOf(o) + k) % outlets.size()));
        Optional<String> published = md.published().map(p -> shift(p, k));
        Optional<String> url = md.url().map(u -> u + (u.contains("?") ? "&" : "?") + "newskg-copy=" + k);
        return new Article(a.id() + "-copy" + k, a.body(),
                new ArticleMetadata(outlet, url, published, md.title(), md.author(), Optional.empty(), "jsonl"));
    }

    public static List<String> outlets(List<Article> originals) {
        TreeSet<String> s = new TreeSet<>();
        for (Article a : originals) a.metadata().outlet().ifPresent(s::add);
        return List.copyOf(s);
    }

    /** Writes the first {@code n} articles of the sequence under {@code dir}; returns {@code dir}. */
    public static Path write(List<Article> originals, int n, Path dir) throws IOException {
        return write(originals, 0, n, dir);
    }

    /** Writes articles {@code from} to {@code from + n - 1} of the sequence under {@code dir}; returns {@code dir}. */
    public static Path write(List<Article> originals, int from, int n, Path dir) throws IOException {
        if (originals.isEmpty()) throw new IllegalArgumentException("no articles to copy");
        Files.createDirectories(dir);
        List<String> outlets = outlets(originals);
        BufferedWriter w = null;
        try {
            for (int i = 0; i < n; i++) {
                if (i % PER_FILE == 0) {
                    if (w != null) w.close();
                    w = Files.newBufferedWriter(dir.resolve(String.format("part-%04d.jsonl", (from + i) / PER_FILE)), StandardCharsets.UTF_8);
                }
                w.write(JSON.writeValueAsString(line(copy(originals, outlets, from + i))));
                w.write('\n');
            }
        } finally {
            if (w != null) w.close();
        }
        return dir;
    }

    private static Map<String, String> line(Article a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", a.id());
        var md = a.metadata();
        md.url().ifPresent(v -> m.put("url", v));
        md.outlet().ifPresent(v -> m.put("outlet", v));
        md.published().ifPresent(v -> m.put("published", v));
        md.title().ifPresent(v -> m.put("title", v));
        md.author().ifPresent(v -> m.put("author", v));
        m.put("body", a.body());
        return m;
    }

    /** Dates keep their form; one that does not start with an ISO date is left as it is. */
    private static String shift(String published, int k) {
        if (published.length() < 10) return published;
        try {
            return LocalDate.parse(published.substring(0, 10)).plusWeeks(k) + published.substring(10);
        } catch (DateTimeParseException e) {
            return published;
        }
    }
}
