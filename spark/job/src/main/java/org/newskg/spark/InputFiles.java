package org.newskg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.warc.WarcArticleReader;

/**
 * The article files under the inputs, on any Hadoop file system, in the order {@link Ingest#expand} gives on a local
 * one: inputs in the order given, a folder's article files (by extension) sorted by path, a glob's matching files
 * (any extension, as the shell would pass them) sorted, a file as it is. Listed on the driver, which is cheap next to
 * reading: a listing of a million files is a few round trips to the name node per folder.
 */
final class InputFiles {
    private InputFiles() {}

    static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (String in : inputs) {
            List<Found> found = new ArrayList<>();
            if (in.contains("*") || in.contains("?") || in.contains("[")) {
                found.addAll(glob(in, conf));
            } else {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus st;
                try {
                    st = fs.getFileStatus(p);
                } catch (FileNotFoundException e) {
                    throw new IllegalArgumentException(in + ": no such file or directory");
                }
                if (st.isDirectory()) {
                    Path root = st.getPath();
                    List<Found> files = new ArrayList<>();
                    for (FileStatus f : walk(fs, root)) {
                        if (!Ingest.isArticleFile(java.nio.file.Path.of(f.getPath().getName()))) continue;
                        files.add(new Found(f, relative(root, f.getPath())));
                    }
                    files.sort(Comparator.comparing(Found::rel));
                    for (Found f : files) found.add(new Found(f.status, name(in, f.rel)));
                } else {
                    found.add(new Found(st, name(in, "")));
                }
            }
            for (Found f : found) {
                String uri = f.status.getPath().toUri().toString();
                out.add(new InputFile(out.size(), uri, f.rel, f.status.getLen(), WarcArticleReader.isWarc(java.nio.file.Path.of(f.status.getPath().getName()))));
            }
        }
        return out;
    }

    /** A file found, with its path relative to the folder listed (or, once named, its name). */
    private record Found(FileStatus status, String rel) {}

    /**
     * As {@link Ingest}'s globs: the folder before the first wildcard is walked, and each file's path under it is
     * matched with the platform's glob syntax, where {@code **}{@code /} may also stand for no folder at all.
     */
    private static List<Found> glob(String pattern, Configuration conf) throws IOException {
        int star = Ingest.firstWildcard(pattern);
        int slash = pattern.lastIndexOf('/', star);
        String base = slash >= 0 ? pattern.substring(0, slash + 1) : ".";
        String rel = slash >= 0 ? pattern.substring(slash + 1) : pattern;
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rel);
        PathMatcher flat = rel.contains("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + rel.replace("**/", "")) : m;
        Path root = new Path(base);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root)) throw new IllegalArgumentException(pattern + ": cannot expand glob (no such folder: " + base + ")");
        Path qualified = fs.getFileStatus(root).getPath();
        List<Found> files = new ArrayList<>();
        for (FileStatus f : walk(fs, qualified)) {
            String r = relative(qualified, f.getPath());
            java.nio.file.Path rp = java.nio.file.Path.of(r);
            if (m.matches(rp) || flat.matches(rp)) files.add(new Found(f, r));
        }
        files.sort(Comparator.comparing(Found::rel));
        List<Found> out = new ArrayList<>();
        for (Found f : files) out.add(new Found(f.status, name(base, f.rel)));
        return out;
    }

    /**
     * The files under a folder, at any depth. Not {@code FileSystem.listFiles}: its located statuses copy each file's
     * owner and permissions, which Hadoop's local file system reads by running a process per file without its
     * native library (PolNeAR's 924 files: 11 s from Spark's start to the first task on the loaded 2-core machine,
     * 2 s with this walk).
     */
    static List<FileStatus> walk(FileSystem fs, Path dir) throws IOException {
        List<FileStatus> out = new ArrayList<>();
        java.util.ArrayDeque<Path> todo = new java.util.ArrayDeque<>(List.of(dir));
        while (!todo.isEmpty()) {
            for (FileStatus st : fs.listStatus(todo.pop())) {
                if (st.isDirectory()) todo.push(st.getPath());
                else if (st.isFile()) out.add(st);
            }
        }
        return out;
    }

    private static String relative(Path root, Path file) {
        String r = root.toUri().getPath(), f = file.toUri().getPath();
        if (!r.endsWith("/")) r = r + "/";
        return f.startsWith(r) ? f.substring(r.length()) : file.getName();
    }

    /**
     * The name a file goes by: a local input keeps the form it was given in, so messages read as those of
     * {@code newskg load} on the same inputs; elsewhere the path in the URI names it.
     */
    private static String name(String input, String rel) {
        Path in = new Path(input);
        String scheme = in.toUri().getScheme();
        if (scheme == null) {
            java.nio.file.Path p = java.nio.file.Path.of(input);
            return (rel.isEmpty() ? p : p.resolve(rel)).toString();
        }
        String path = in.toUri().getPath();
        return rel.isEmpty() ? path : java.nio.file.Path.of(path).resolve(rel).toString();
    }
}
