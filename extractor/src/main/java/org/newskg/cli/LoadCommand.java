package org.newskg.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newskg.ingest.IngestItem;
import org.newskg.load.ArticleStore;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.load.SchemeGraphs;
import org.newskg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract and load articles into the embedded TDB2 store or a remote Fuseki.",
                "Each article replaces its own named graph in one transaction; unchanged articles are skipped."})
final class LoadCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin StoreOptions store;

    @Option(names = "--prune", description = "remove articles that are no longer in the inputs")
    boolean prune;

    @Option(names = "--force", description = "re-extract articles even when unchanged")
    boolean force;

    @Option(names = "--bulk", description = "first load into an empty embedded store: extract to N-Quads, then build TDB2 with Jena's bulk loader")
    boolean bulk;

    @Option(names = "--failures", description = "write failed articles, with reasons, as JSON Lines to this file")
    Path failures;

    @Mixin PipelineOptions pipeline;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or globs")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        List<IngestItem> items = inputs.read(paths);
        LoadSummary s;
        java.util.function.Consumer<String> progress = Progress.forCommand("load", quiet);
        if (bulk && store.remote()) throw new IllegalArgumentException("--bulk builds an embedded TDB2 store; it cannot write to --endpoint");
        try (ArticleStore st = store.open(); Pipeline p = pipeline.build()) {
            if (bulk) {
                s = org.newskg.load.BulkLoader.load((org.newskg.load.Tdb2Store) st, p, items, store.db().toAbsolutePath().getParent(), progress);
            } else {
                SchemeGraphs.install(st);
                s = Loader.builder().store(st).pipeline(p).prune(prune).force(force).progress(progress).build().load(items);
            }
            System.err.println("newskg load: " + st.describe() + ": " + s.line());
        }
        for (LoadSummary.Failure f : s.failures())
            System.err.println("newskg load: FAILED " + (f.articleId() == null ? f.source() : f.articleId() + " (" + f.source() + ")") + ": " + f.reason());
        if (failures != null) writeFailures(failures, s);
        if (s.loaded() + s.skipped() == 0 && s.failed() > 0) return Main.FATAL;
        return s.failed() > 0 ? Main.PARTIAL : Main.OK;
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
