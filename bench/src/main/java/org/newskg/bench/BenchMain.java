package org.newskg.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code newskg bench}: the benchmarks, run by {@code ./newskg bench ...} (the launcher runs this module's jar,
 * which finds the product jar through its manifest). Without a subcommand it measures extraction throughput
 * against bare OpenNLP. A new benchmark is a library class that returns its Markdown, a thin command here that
 * parses options into its config, and a line in {@code subcommands}; {@link LatencyProbe}, {@link MemoryMeter},
 * {@link MachineInfo} and {@link Report} are shared.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {LoadBenchCommand.class, WarcBenchCommand.class, ExplorerBenchCommand.class, QueryBenchCommand.class,
                HtmlBenchCommand.class},
        description = {"Measure extraction throughput against bare OpenNLP.",
                "Throughput of the bare OpenNLP pass (sentences, tokens, POS) and of the full extraction",
                "(NLP with lemmas and names, extraction, resolution, RDF, SHACL), measured in one run on the same",
                "articles and threads, and their ratio. Run with -Xmx512m to show extraction fits in it.",
                "`bench load` is the load and query benchmark, `bench html` the HTML article-body benchmark."})
public final class BenchMain implements Callable<Integer> {
    public static final int OK = 0;
    /** A run that finished but whose checks did not all hold, or that could not run. */
    public static final int FAILED = 1;

    /** Where the shared data sits: NEWSKG_SHARED, else ../shared beside the repository (the launcher runs from its root). */
    static final String SHARED = "${env:NEWSKG_SHARED:-../shared}";

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = SHARED + "/polnear/train/text",
            description = "articles (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--limit", description = "use only the first N articles")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--rounds", defaultValue = "2", description = "timed rounds of each pass, alternating; the best of each is reported (default: ${DEFAULT-VALUE})")
    int rounds;

    @Mixin Report report;

    @Override
    public Integer call() throws Exception {
        ExtractionBench.Result r = ExtractionBench.run(new ExtractionBench.Config(dir, threads, limit, rounds));
        report.publish("newskg bench " + dir, r.text(), System.out);
        return OK;
    }

    public static void main(String[] args) { System.exit(run(args)); }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new BenchMain());
        cl.setCommandName("newskg bench");
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandName() + ": " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return FAILED;
        });
        return cl.execute(args);
    }
}
