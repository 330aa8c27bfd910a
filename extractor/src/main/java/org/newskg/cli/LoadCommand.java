package org.newskg.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.IngestItem;
import org.newskg.load.BulkLoader;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.ArticleStore;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract and load articles into TDB2 or a remote Fuseki.",
                "The store is the embedded TDB2 store (--db) or a remote Fuseki (--endpoint).",
                "Each article replaces its own named graph in one transaction; unchanged articles are skipped."})
final class LoadCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin StoreOptions store;

    @Mixin LoadOptions load;

    @Option(names = "--force", description = "re-extract articles even when unchanged")
    boolean force;

    @Option(names = "--bulk", description = "first load into an empty embedded store: extract to N-Quads, then build TDB2 with Jena's bulk loader")
    boolean bulk;

    @Mixin PipelineOptions pipeline;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or globs")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        List<IngestItem> items = inputs.read(paths);
        LoadSummary s;
        String where;
        java.util.function.Consumer<String> progress = Progress.forCommand("load", quiet);
        if (bulk && store.remote()) throw new IllegalArgumentException("--bulk builds an embedded TDB2 store; it cannot write to --endpoint");
        try (ArticleStore st = store.open(); Pipeline p = pipeline.build()) {
            if (bulk) {
                s = BulkLoader.builder().store((Tdb2Store) st).pipeline(p).derivation(DerivedLayer.create()).workDir(store.db().toAbsolutePath().getParent())
                        .progress(progress).build().load(items);
            } else {
                SchemeGraphs.install(st);
                s = Loader.builder().store(st).pipeline(p).prune(load.prune).force(force).progress(progress).derivation(DerivedLayer.create()).build().load(items);
            }
            where = st.describe();
        }
        return load.report("load", where, s);
    }
}
