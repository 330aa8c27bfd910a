package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.ingest.IngestItem;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.QuadsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles to RDF, one named graph per article.",
                "Each graph is named by the article's IRI. Bad articles are reported on stderr, naming the article and the reason; the others are written."})
final class ExtractCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--format", defaultValue = "nq", description = "nq (N-Quads, streamed), trig or jsonld (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    @Mixin PipelineOptions pipeline;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or globs")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        QuadsWriter.Format f = QuadsWriter.Format.parse(format);
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
        if (ok[0] == 0 && failed[0] > 0) return Main.FATAL;
        return failed[0] > 0 ? Main.PARTIAL : Main.OK;
    }
}
