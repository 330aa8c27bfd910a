package org.newskg.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A frozen output and the versions that made it. The check is also the version guard: an output that differs
 * from its golden file while every version it names is unchanged fails, and {@code -Dnewskg.golden.update=true}
 * refuses to rewrite it until a version is bumped, because a store made by the old rules would otherwise stay
 * silently stale (the loader re-extracts and re-derives on a version change, not on a rule change).
 * <p>
 * Golden files live in {@code src/test/resources/org/newskg/golden/}; the actual output of a failed check is
 * written to {@code target/golden/} beside an unredacted copy for diffing.
 */
final class GoldenFile {
    static final Path DIR = Path.of("src/test/resources/org/newskg/golden");
    static final Path ACTUAL = Path.of("target/golden");
    private static final String UPDATE = "newskg.golden.update";

    private GoldenFile() {}

    /**
     * Compares {@code lines} with the golden file {@code name}, made by {@code versions} (name to version).
     * {@code full} is the same output unredacted, written only under target/ when the check fails.
     */
    static void check(String name, Map<String, String> versions, List<String> lines, List<String> full) throws IOException {
        Path file = DIR.resolve(name + ".golden");
        List<String> actual = new ArrayList<>();
        actual.add("# golden output: " + name + "; regenerate (after a version bump) with -D" + UPDATE + "=true");
        versions.forEach((k, v) -> actual.add("# version " + k + " " + v));
        actual.addAll(lines);
        boolean update = Boolean.getBoolean(UPDATE);
        if (!Files.exists(file)) {
            if (update) {
                write(file, actual);
                return;
            }
            fail(file + " is missing; create it with -D" + UPDATE + "=true");
        }
        List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (expected.equals(actual)) return;
        Map<String, String> was = versionsOf(expected);
        boolean outputChanged = !body(expected).equals(lines);
        boolean bumped = !was.equals(versions);
        if (outputChanged && !bumped) {
            dumpActual(name, actual, full);
            fail(name + ": the output changed but " + versions + " did not; bump the version of what changed (the loader re-extracts or "
                    + "re-derives stores only on a new version), then regenerate with -D" + UPDATE + "=true. " + firstDifference(body(expected), lines));
        }
        if (update) {
            write(file, actual);
            return;
        }
        dumpActual(name, actual, full);
        fail(name + (outputChanged ? ": the output changed (versions " + was + " -> " + versions + "); " + firstDifference(body(expected), lines)
                : ": the versions changed (" + was + " -> " + versions + ") and the output did not")
                + "; if that is intended, regenerate with -D" + UPDATE + "=true");
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void dumpActual(String name, List<String> actual, List<String> full) throws IOException {
        Files.createDirectories(ACTUAL);
        Files.write(ACTUAL.resolve(name + ".golden"), actual, StandardCharsets.UTF_8);
        Files.write(ACTUAL.resolve(name + ".full"), full, StandardCharsets.UTF_8);
    }

    private static Map<String, String> versionsOf(List<String> file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : file) {
            if (!l.startsWith("# version ")) continue;
            String[] p = l.substring("# version ".length()).split(" ", 2);
            out.put(p[0], p.length > 1 ? p[1] : "");
        }
        return out;
    }

    private static List<String> body(List<String> file) {
        return file.stream().filter(l -> !l.startsWith("# ")).toList();
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) i++;
        return "first difference at line " + (i + 1) + ": expected [" + (i < expected.size() ? expected.get(i) : "<end>") + "] but was ["
                + (i < actual.size() ? actual.get(i) : "<end>") + "] (" + expected.size() + " -> " + actual.size() + " lines; see " + ACTUAL + ")";
    }

    /** The first 16 hex digits of the SHA-256 of a text. */
    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String digest(List<String> lines) { return digest(String.join("\n", lines)); }
}
