package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The analysts' queries from {@code queries/}, found by name ("attributions") or read from a path. */
public final class QueryLibrary {
    static final String BASE = "/newskg/queries/";

    private QueryLibrary() {}

    /** A named query's text, or the file's text when {@code nameOrFile} is a path to an existing file. */
    public static String text(String nameOrFile) {
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read query " + p, e);
            }
        }
        String name = nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile;
        try (InputStream in = QueryLibrary.class.getResourceAsStream(BASE + name + ".rq")) {
            if (in == null) throw new IllegalArgumentException("no query named '" + nameOrFile + "' and no such file; known queries: " + String.join(", ", names()));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question a query answers: its opening comment lines. */
    public static String question(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            if (b.length() > 0) b.append(' ');
            b.append(line.substring(1).strip());
        }
        return b.toString();
    }

    /**
     * The question alone, for a list that an analyst reads at a glance: the opening comment up to its first question
     * mark (or first sentence), where every bundled query asks what it answers. The rest of the comment (how it reads
     * the store, its parameters) stays with the query, for {@code newskg query --list} and the explorer's Queries page.
     */
    public static String headline(String text) {
        String q = question(text);
        int end = q.indexOf('?') + 1;
        if (end == 0) end = q.indexOf(". ") + 1;
        return end > 0 ? q.substring(0, end) : q;
    }

    /** Names of the bundled queries, sorted. */
    public static List<String> names() {
        try {
            URI uri = QueryLibrary.class.getResource(BASE + "attributions.rq").toURI();
            List<String> out = new ArrayList<>();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                list(fs.getPath(BASE), out);
            } else {
                list(Path.of(uri).getParent(), out);
            }
            out.sort(String::compareTo);
            return out;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled queries", e);
        }
    }

    private static void list(Path dir, List<String> out) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(n -> out.add(n.substring(0, n.length() - 3)));
        }
    }
}
