package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.ingest.ArticleJsonl;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.ingest.warc.WarcCounts;
import org.newskg.pipeline.RunOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Write the articles as newskg reads them, as JSON Lines.",
                "Each article is one JSON Lines record (id, url, outlet, published, title, author, body): what newskg read, in the",
                "format load takes back. Streams: one article in memory at a time.",
                "Bad articles are reported on stderr, naming the article and the reason; the others are written.",
                Ingest.FORMATS,
                "Exit status: 0 all written; 3 some articles failed (even all of them); 1 the run could not proceed; 2 bad usage."})
final class IngestCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files (.txt, .html, .jsonl, .warc, .warc.gz), directories or globs")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        Manifest m = inputs.manifest == null ? Manifest.empty() : Manifest.read(inputs.manifest);
        for (IngestItem.Failed f : m.problems()) System.err.println("newskg: warning: " + f.message());
        int[] ok = {0}, failed = {0};
        WarcCounts warc;
        Writer w = new BufferedWriter(out == null
                ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        try {
            warc = Ingest.withManifest(m).maxBytes(inputs.maxBytes).forEach(paths, item -> {
                if (item instanceof IngestItem.Ok a) {
                    try {
                        w.write(ArticleJsonl.line(a.article()));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    ok[0]++;
                } else if (item instanceof IngestItem.Failed f) {
                    failed[0]++;
                    System.err.println("newskg ingest: FAILED " + f.message());
                }
            });
        } finally {
            if (out == null) w.flush();
            else w.close();
        }
        System.err.printf("newskg ingest: %d article(s) written, %d failed%s%n", ok[0], failed[0],
                warc.records() > 0 ? "; WARC " + warc.line() : "");
        return RunOutcome.ofFailures(failed[0]).exitStatus();
    }
}
