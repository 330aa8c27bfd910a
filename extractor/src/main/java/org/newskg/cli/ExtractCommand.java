package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.RunOutcome;
import org.newskg.rdf.QuadsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles to RDF, one named graph per article.",
                "Each graph is named by the article's IRI. Bad articles are reported on stderr, naming the article and the reason; the others are written.",
                Ingest.FORMATS,
                "Exit status: 0 all extracted; 3 some articles failed (even all of them); 1 the run could not proceed; 2 bad usage."})
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin InputOptions inputs;

    @Option(names = "--format", defaultValue = "nq", description = "nq (N-Quads, streamed), trig or jsonld (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    @Mixin PipelineOptions pipeline;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files (.txt, .html, .jsonl, .warc, .warc.gz), directories or globs")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        QuadsWriter.Format f;
        try {
            f = QuadsWriter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<IngestItem> items = inputs.read(paths);
        int[] ok = {0}, failed = {0};
        OutputStream os = out == null ? System.out : new BufferedOutputStream(Files.newOutputStream(out));
        try (Pipeline p = pipeline.build(); QuadsWriter w = new QuadsWriter(f, os)) {
            p.processAll(items, r -> {
                if (r.ok()) {
                    w.write(r.graph().get());
                    ok[0]++;
                } else {
                    failed[0]++;
                    System.err.println("newskg extract: " + r.errorMessage());
                }
            });
        } finally {
            if (out != null) os.close();
        }
        System.err.printf("newskg extract: %d article(s) extracted, %d failed%n", ok[0], failed[0]);
        return RunOutcome.ofFailures(failed[0]).exitStatus();
    }
}
