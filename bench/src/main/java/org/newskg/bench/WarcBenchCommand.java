package org.newskg.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "warc", mixinStandardHelpOptions = true,
        description = {"WARC streaming benchmark: heap while reading a small and a large WARC.",
                "Writes two WARC files of generated news pages, N and SCALE x N records, reads",
                "each as `newskg ingest` does (every record parsed to an article, nothing kept), and prints the heap still in use",
                "after a full GC, sampled 20 times through each read, and its ratio between the two files. Constant memory means",
                "a ratio near 1. Run with a small -Xmx (e.g. 256m) to show a 1 GB file fits in it."})
final class WarcBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "where the WARC files are written (default: ${DEFAULT-VALUE})")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "newskg-warc-bench");

    @Option(names = "--records", defaultValue = "2000", description = "N, records of the small file (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--scale", defaultValue = "10", description = "the large file has SCALE x N records (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--page-kb", defaultValue = "50", description = "size of each generated page (default: ${DEFAULT-VALUE})")
    int pageKb;

    @Option(names = "--keep", description = "keep the WARC files (default: deleted after the run)")
    boolean keep;

    @Mixin Report report;

    @Override
    public Integer call() throws Exception {
        String out = WarcBench.run(new WarcBench.Config(dir, records, scale, pageKb, keep));
        report.publish("newskg bench warc --records " + records + " --scale " + scale, out, System.out);
        return BenchMain.OK;
    }
}
