package org.newskg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

import picocli.CommandLine.Option;

/**
 * The report option every benchmark shares: the run is printed as Markdown, and with {@code --report FILE} also
 * appended to FILE as a dated section ({@code ## 2026-12-07: newskg bench load ...}), which is how the runs in
 * docs/benchmarks.md are written.
 */
public final class Report {
    @Option(names = "--report", paramLabel = "FILE", description = "also append the run, as a dated Markdown section, to FILE (e.g. docs/benchmarks.md)")
    Path file;

    /** Prints {@code markdown} and appends it under a dated heading naming {@code command} when a file was given. */
    public void publish(String command, String markdown, PrintStream out) throws IOException {
        out.print(markdown);
        out.flush();
        if (file != null) append(file, LocalDate.now(), command, markdown);
    }

    static void append(Path file, LocalDate day, String command, String markdown) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        String section = "\n## " + day + ": `" + command + "`\n\n" + markdown + (markdown.endsWith("\n") ? "" : "\n");
        Files.writeString(file, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
