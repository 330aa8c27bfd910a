package org.newskg.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explorer", mixinStandardHelpOptions = true,
        description = {"Explorer view latency on a store, in one JVM without HTTP.",
                "The home page, a search, and the pages of the store's busiest person, claim, outlet and topic and of an",
                "article of that person, each timed whole, with its slowest section's median."})
final class ExplorerBenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DB", description = "the TDB2 store directory")
    Path db;

    @Mixin ProbeOptions latency;

    @Mixin Report report;

    @Override
    public Integer call() throws Exception {
        if (!db.toFile().isDirectory()) throw new IllegalArgumentException("no store at " + db);
        String out = ExplorerBench.run(new ExplorerBench.Config(db, latency.probe()));
        report.publish("newskg bench explorer " + db, out, System.out);
        return BenchMain.OK;
    }
}
