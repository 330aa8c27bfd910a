package org.newskg.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Metadata for articles by id, from a TSV or CSV file with a header. Column names follow the two
 * conventions in use (ours and PolNeAR's): {@code id|filename}, {@code outlet|publisher},
 * {@code published|publication_date}, {@code url}, {@code title}, {@code author}.
 */
public final class Manifest {
    private final Map<String, ManifestEntry> entries;
    private final List<IngestItem.Failed> problems;

    private Manifest(Map<String, ManifestEntry> entries, List<IngestItem.Failed> problems) {
        this.entries = Map.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static Manifest empty() { return new Manifest(Map.of(), List.of()); }

    public static Manifest read(Path file) throws IngestException {
        try {
            return ofBytes(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IngestException(file.toString(), "cannot read manifest (" + e.getMessage() + ")");
        }
    }

    static Manifest parse(String source, Reader in, char delimiter) throws IngestException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true)
                // TSV files from the wild carry bare quotes inside titles; only CSV uses quoting.
                .setQuote(delimiter == '\t' ? null : Character.valueOf('"')).get();
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        List<IngestItem.Failed> problems = new java.util.ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            Map<String, String> cols = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) cols.put(h.strip().toLowerCase(Locale.ROOT), h);
            String idCol = first(cols, "id", "filename", "file");
            if (idCol == null) throw new IngestException(source, "manifest header needs an 'id' or 'filename' column, found " + cols.keySet());
            for (CSVRecord r : parser) {
                String where = source + ":" + (r.getRecordNumber() + 1);
                String id = stripExtension(get(r, idCol).orElse(""));
                if (id.isEmpty()) { problems.add(new IngestItem.Failed(where, null, "manifest row without id")); continue; }
                Optional<String> url = get(r, first(cols, "url", "link"));
                if (url.isPresent() && !validUrl(url.get())) {
                    problems.add(new IngestItem.Failed(where, id, "invalid URL in manifest: " + url.get() + " (ignored)"));
                    url = Optional.empty();
                }
                ManifestEntry e = new ManifestEntry(id, get(r, first(cols, "outlet", "publisher", "source")), url,
                        get(r, first(cols, "published", "publication_date", "date")), get(r, first(cols, "title", "headline")),
                        get(r, first(cols, "author", "byline")));
                if (entries.putIfAbsent(id, e) != null)
                    problems.add(new IngestItem.Failed(where, id, "duplicate id in manifest (first row kept)"));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new IngestException(source, "unparsable manifest (" + e.getMessage() + ")");
        }
        return new Manifest(entries, problems);
    }

    static boolean validUrl(String s) {
        try {
            java.net.URI u = new java.net.URI(s);
            return u.isAbsolute() && u.getHost() != null && (s.startsWith("http://") || s.startsWith("https://"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    public Optional<ManifestEntry> get(String id) { return Optional.ofNullable(entries.get(id)); }

    public int size() { return entries.size(); }

    /** Rows that were skipped or cleaned, each with its reason; reported but not fatal. */
    public List<IngestItem.Failed> problems() { return problems; }

    private static String first(Map<String, String> cols, String... names) {
        for (String n : names) if (cols.containsKey(n)) return cols.get(n);
        return null;
    }

    private static Optional<String> get(CSVRecord r, String col) {
        if (col == null || !r.isMapped(col) || !r.isSet(col)) return Optional.empty();
        return Optional.ofNullable(r.get(col)).map(String::strip).filter(v -> !v.isEmpty());
    }

    static String stripExtension(String name) {
        String base = name.strip();
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        if (slash >= 0) base = base.substring(slash + 1);
        for (String ext : Ingest.EXTENSIONS) {
            if (base.toLowerCase(Locale.ROOT).endsWith("." + ext)) return base.substring(0, base.length() - ext.length() - 1);
        }
        return base;
    }

    /** A manifest from its bytes, read from any file system; {@code source} names it in messages. */
    public static Manifest ofBytes(String source, byte[] bytes) throws IngestException {
        String text = TextDecoder.decode(source, bytes, 256L << 20);
        char delimiter = text.lines().findFirst().orElse("").contains("\t") ? '\t' : ',';
        return parse(source, new StringReader(text), delimiter);
    }
}
