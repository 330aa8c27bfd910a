package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.newskg.ingest.warc.WarcArticleReader;
import org.newskg.ingest.warc.SeenSet;
import org.newskg.ingest.warc.WarcCounts;

/**
 * Turns files, directories and globs into articles. Every input yields either an article or a failure with
 * its reason, in a stable order (sorted paths), so that two runs over the same folder agree.
 */
public final class Ingest {
    static final List<String> EXTENSIONS = List.of("txt", "html", "htm", "jsonl", "ndjson", "warc");
    /** The input formats in one sentence, for the commands' --help (a constant, so that annotations can use it). */
    public static final String FORMATS = "Inputs: .txt (the file is the body, its name the id), .html or .htm (a saved page), "
            + ".jsonl or .ndjson (one article per line), .warc or .warc.gz (web archives: each HTML page captured with status 200); "
            + "directories are walked, globs expanded.";
    /** Files that sit beside articles but are not articles. */
    private static final Set<String> SIDE_FILES = Set.of("manifest.tsv", "manifest.csv", "metadata.tsv", "index.txt", "readme.md", "readme.txt");
    public static final long DEFAULT_MAX_BYTES = 5L << 20;

    private final Manifest manifest;
    private final long maxBytes;

    private Ingest(Manifest manifest, long maxBytes) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
    }

    public static Ingest withManifest(Manifest manifest) { return new Ingest(manifest, DEFAULT_MAX_BYTES); }

    public static Ingest create() { return new Ingest(Manifest.empty(), DEFAULT_MAX_BYTES); }

    public Ingest maxBytes(long max) { return new Ingest(manifest, max); }

    public Manifest manifest() { return manifest; }

    /** All article files under the inputs, expanded and sorted; a glob such as {@code data/*.txt} is allowed. */
    public List<Path> expand(List<String> inputs) throws IngestException {
        List<Path> files = new ArrayList<>();
        for (String in : inputs) {
            if (in.contains("*") || in.contains("?") || in.contains("[")) {
                files.addAll(glob(in));
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Ingest::isArticleFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new IngestException(in, "cannot walk directory (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IngestException(in, "no such file or directory");
            }
        }
        return files;
    }

    private static List<Path> glob(String pattern) throws IngestException {
        Path base = Path.of(".");
        String rel = pattern;
        int star = firstWildcard(pattern);
        int slash = pattern.lastIndexOf('/', star);
        if (slash >= 0) {
            base = Path.of(pattern.substring(0, slash + 1));
            rel = pattern.substring(slash + 1);
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rel);
        // Shells read "x/**/*.txt" as "any depth, including none"; Java's matcher needs one folder at least.
        PathMatcher flat = rel.contains("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + rel.replace("**/", "")) : m;
        Path root = base;
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).filter(p -> m.matches(root.relativize(p)) || flat.matches(root.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new IngestException(pattern, "cannot expand glob (" + e.getMessage() + ")");
        }
    }

    /** Where a glob pattern's first wildcard is (its length if none): the fixed folder before it is walked. */
    public static int firstWildcard(String s) {
        int i = s.length();
        for (char c : new char[] {'*', '?', '['}) {
            int j = s.indexOf(c);
            if (j >= 0) i = Math.min(i, j);
        }
        return i;
    }

    /** Whether a file of this name is an article input (by extension; side files such as manifests are not). */
    public static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (SIDE_FILES.contains(name) || name.startsWith(".")) return false;
        int dot = name.lastIndexOf('.');
        return dot > 0 && (EXTENSIONS.contains(name.substring(dot + 1)) || WarcArticleReader.isWarc(p));
    }

    /** Reads every input; manifest rows with problems are reported by {@link Manifest#problems()}, not here. Duplicate ids keep the first article and fail the rest, naming both places. */
    public List<IngestItem> read(List<String> inputs) {
        List<IngestItem> items = new ArrayList<>();
        forEach(inputs, items::add);
        return items;
    }

    /**
     * {@link #read}, one item at a time: only the ids seen so far (and, for WARC files, payload digests and URLs)
     * are remembered, so a caller that writes each item out reads inputs of any size in constant memory.
     *
     * @return what the WARC inputs held, record by record (all zero when there were none)
     */
    public WarcCounts forEach(List<String> inputs, Consumer<IngestItem> sink) {
        WarcArticleReader warcs = new WarcArticleReader(maxBytes);
        List<Path> files;
        try {
            files = expand(inputs);
        } catch (IngestException e) {
            sink.accept(new IngestItem.Failed(e.source(), null, e.reason()));
            return warcs.total();
        }
        // Ids as fingerprints, so that millions of WARC records cost little; where a file's article was read is kept
        // for the message, as files are few.
        SeenSet ids = new SeenSet();
        Map<String, String> fileSources = new HashMap<>();
        for (Path f : files) {
            boolean warc = WarcArticleReader.isWarc(f);
            Consumer<IngestItem> checked = item -> {
                if (item instanceof IngestItem.Ok ok) {
                    String id = ok.article().id();
                    if (!ids.add(id)) {
                        String where = ok.article().metadata().source().map(Path::toString).orElse("?");
                        sink.accept(new IngestItem.Failed(where, id, duplicateId(fileSources.getOrDefault(id, EARLIER_WARC))));
                        return;
                    }
                    if (!warc) fileSources.put(id, ok.article().metadata().source().map(Path::toString).orElse("?"));
                }
                sink.accept(item);
            };
            if (warc) warcs.read(f, item -> checked.accept(withManifest(item)));
            else readFile(f).forEach(checked);
        }
        return warcs.total();
    }

    /** Where the first of two articles with one id came from, when it was a WARC record (only files are remembered). */
    public static final String EARLIER_WARC = "a WARC record read earlier";

    /** The reason a second article with an id already read fails, naming where the first came from. */
    public static String duplicateId(String firstSource) { return "duplicate article id (first read from " + firstSource + ")"; }

    /** A file's bytes, read only once its size has been checked. */
    @FunctionalInterface
    public interface Bytes {
        byte[] read() throws IOException;
    }

    /** One file: a .jsonl or a WARC yields many items, other formats one. */
    public List<IngestItem> readFile(Path file) {
        if (WarcArticleReader.isWarc(file)) {
            List<IngestItem> items = new ArrayList<>();
            new WarcArticleReader(maxBytes).read(file, item -> items.add(withManifest(item)));
            return items;
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return List.of(new IngestItem.Failed(file.toString(), Manifest.stripExtension(file.getFileName().toString()),
                    "cannot read file (" + e.getMessage() + ")"));
        }
        return read(file, size, () -> Files.readAllBytes(file));
    }

    /**
     * One file that is not a WARC, from any file system: {@code file} names it (its source, and its id for formats of
     * one article), {@code size} is checked against the limit before {@code content} is read.
     */
    public List<IngestItem> read(Path file, long size, Bytes content) {
        String source = file.toString();
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String id = Manifest.stripExtension(name);
        try {
            long limit = ext.equals("jsonl") || ext.equals("ndjson") ? Math.max(maxBytes, 1L << 30) : maxBytes;
            // Refused before reading, so that an oversized file costs no memory.
            if (size > limit) throw new IngestException(source, TextDecoder.tooLarge(size, limit));
            byte[] bytes = content.read();
            // A page carries its own charset; the other formats are UTF-8.
            boolean html = ext.equals("html") || ext.equals("htm");
            String text = html ? null : TextDecoder.decode(source, bytes, limit);
            List<IngestItem> raw = switch (ext) {
                case "jsonl", "ndjson" -> JsonlArticleReader.read(text, file, maxBytes);
                case "html", "htm" -> List.of(new IngestItem.Ok(HtmlArticleReader.read(id, bytes, Optional.empty(), Optional.empty(), file)));
                case "txt" -> List.of(new IngestItem.Ok(new Article(id, text, ArticleMetadata.empty(file, "txt"))));
                default -> throw new IngestException(source, "unsupported file type '." + ext + "' (expected .txt, .html, .jsonl, .warc, .warc.gz)");
            };
            return raw.stream().map(this::withManifest).toList();
        } catch (IngestException e) {
            return List.of(new IngestItem.Failed(source, id, e.reason()));
        } catch (IOException e) {
            return List.of(new IngestItem.Failed(source, id, "cannot read file (" + e.getMessage() + ")"));
        } catch (RuntimeException e) {
            return List.of(new IngestItem.Failed(source, id, "unparsable (" + e + ")"));
        }
    }

    /** An item with the manifest's row for its article laid over what the file said (as {@link #read} does). */
    public IngestItem overlay(IngestItem item) { return withManifest(item); }

    private IngestItem withManifest(IngestItem item) {
        if (item instanceof IngestItem.Ok ok) {
            Article a = ok.article();
            return manifest.get(a.id())
                    .map(m -> (IngestItem) new IngestItem.Ok(new Article(a.id(), a.body(), a.metadata().overlay(m))))
                    .orElse(item);
        }
        return item;
    }
}
