package org.newskg.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newskg.load.LoadSummary;
import org.newskg.pipeline.RunOutcome;
import picocli.CommandLine.Option;

/** What load and watch share: pruning, the failures file, and how a run's outcome is reported. */
final class LoadOptions {
    @Option(names = "--prune", description = "remove articles that are no longer in the inputs")
    boolean prune;

    @Option(names = "--failures", description = "write the failed articles of a run, with reasons, as JSON Lines to this file")
    Path failures;

    /** Prints the summary and each failure, writes the failures file, and returns the exit status of the run. */
    int report(String command, String where, LoadSummary s) throws IOException {
        System.err.println("newskg " + command + ": " + where + ": " + s.line());
        for (LoadSummary.Failure f : s.failures())
            System.err.println("newskg " + command + ": FAILED " + (f.articleId() == null ? f.source() : f.articleId() + " (" + f.source() + ")")
                    + ": " + f.reason());
        if (failures != null) writeFailures(failures, s);
        return RunOutcome.ofFailures(s.failed()).exitStatus();
    }

    static void writeFailures(Path file, LoadSummary s) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LoadSummary.Failure f : s.failures()) {
                w.write(json.writeValueAsString(Map.of("source", f.source(), "article", f.articleId() == null ? "" : f.articleId(), "reason", f.reason())));
                w.write('\n');
            }
        }
    }
}
