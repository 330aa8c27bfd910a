package org.newskg.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
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
                "Each article replaces its own named graph in one transaction; unchanged articles are skipped.",
                Ingest.FORMATS,
                "Exit status: 0 all loaded or unchanged; 3 some articles failed (even all of them), each named on stderr and in --failures;",
                "1 the run could not proceed (store unreachable, configuration unreadable); 2 bad usage."})
final class LoadCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin InputOptions inputs;
    @Mixin StoreOptions store;

    @Mixin LoadOptions load;

    @Option(names = "--force", description = "re-extract articles even when unchanged")
    boolean force;

    @Option(names = "--bulk", description = "first load into an empty embedded store: extract to N-Quads, then build TDB2 with Jena's bulk loader")
    boolean bulk;

    @Mixin PipelineOptions pipeline;

    @Option(names = "--from-spark", paramLabel = "OUT", description = "with --bulk: build the store from the output folder of the Spark job "
            + "(spark/target/newskg-spark.jar) instead of extracting INPUTs here")
    java.nio.file.Path fromSpark;

    @Option(names = "--loader", defaultValue = "auto", paramLabel = "auto|phased|xloader", description = "with --from-spark: Jena's bulk loader; "
            + "auto takes the xloader above " + BulkLoader.XLOADER_TRIPLES + " triples (default: ${DEFAULT-VALUE})")
    String loader;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files (.txt, .html, .jsonl, .warc, .warc.gz), directories or globs")
    List<String> paths = List.of();

    @Override
    public Integer call() throws Exception {
        java.util.function.Consumer<String> progress = Progress.forCommand("load", quiet);
        if (bulk && store.remote())
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bulk builds an embedded TDB2 store; it cannot write to --endpoint");
        if (fromSpark != null) return fromSpark(progress);
        if (paths.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one INPUT (or --bulk --from-spark OUT)");
        List<IngestItem> items = inputs.read(paths);
        LoadSummary s;
        String where;
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

    /** The store built from what the Spark job extracted (and derived): no NLP runs here. */
    private int fromSpark(java.util.function.Consumer<String> progress) throws Exception {
        if (!bulk) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--from-spark builds a new store: give --bulk too");
        if (!paths.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--from-spark reads no INPUTs: the job read them");
        org.newskg.load.SparkOutput out = org.newskg.load.SparkOutput.open(fromSpark);
        BulkLoader.Kind kind = switch (loader) {
            case "auto" -> BulkLoader.kindFor(out.triples());
            case "phased" -> BulkLoader.Kind.PHASED;
            case "xloader" -> BulkLoader.Kind.XLOADER;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--loader is auto, phased or xloader, not " + loader);
        };
        java.nio.file.Path work = store.db().toAbsolutePath().getParent();
        if (kind == BulkLoader.Kind.XLOADER) {
            java.nio.file.Path schemes = BulkLoader.schemesFile(work);
            try {
                List<java.nio.file.Path> files = new java.util.ArrayList<>(out.parts());
                files.add(schemes);
                BulkLoader.xload(store.db().toAbsolutePath(), files, work.resolve(store.db().getFileName() + "-xloader-tmp"), progress);
            } finally {
                java.nio.file.Files.deleteIfExists(schemes);
            }
        }
        LoadSummary s;
        String where;
        try (ArticleStore st = store.open()) {
            s = BulkLoader.builder().store((Tdb2Store) st).derivation(DerivedLayer.create()).workDir(work)
                    .progress(progress).build().load(out, kind);
            where = st.describe();
        }
        return load.report("load", where, s);
    }
}
