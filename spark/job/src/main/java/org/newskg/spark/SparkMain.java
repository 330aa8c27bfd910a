package org.newskg.spark;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.ingest.Ingest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar newskg-spark.jar --master local[N] --out OUT [--manifest F] INPUT...}, or the same jar given to
 * {@code spark-submit}, which sets the master itself. Exit status as the command line's: 0 success, 1 fatal error,
 * 2 bad usage, 3 some articles failed (the others were written).
 */
@Command(name = "newskg-spark", mixinStandardHelpOptions = true,
        description = {"Extract articles on Apache Spark into gzip N-Quads partitions, load records, failures and a manifest of counts,",
                "for `newskg load --bulk --db DIR --from-spark OUT`. Inputs and output on any Hadoop file system (local, hdfs://, s3a://)."})
public final class SparkMain implements Callable<Integer> {
    @Option(names = "--master", description = "Spark master, e.g. local[4] or spark://host:7077 (default: what spark-submit sets)")
    String master;

    @Option(names = "--out", required = true, description = "output folder, which must not exist yet")
    String out;

    @Option(names = "--manifest", description = "TSV or CSV with a header (id|filename, outlet|publisher, url, published|publication_date, title, author)")
    String manifest;

    @Option(names = "--max-bytes", defaultValue = "" + Ingest.DEFAULT_MAX_BYTES, description = "largest article accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--partitions", defaultValue = "0", description = "article partitions (and output parts); 0: four per core (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--no-derive", description = "leave the derived layer to `load --from-spark` (default: the job derives its blocks)")
    boolean noDerive;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders or globs: .txt, .html, .jsonl, .warc, .warc.gz")
    List<String> inputs;

    public static void main(String[] args) {
        // Netty, under Spark's shuffle, reads direct buffers by reflection; spark-submit sets this, `java -jar` cannot.
        if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("newskg-spark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        JobConfig cfg = new JobConfig(inputs, out, Optional.ofNullable(manifest), maxBytes, partitions, !noDerive);
        SparkConf conf = new SparkConf().setAppName("newskg");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) throw new CommandLine.ParameterException(new CommandLine(this),
                "no Spark master: give --master (local[N], spark://host:7077) or run under spark-submit");
        if (conf.get("spark.master").startsWith("local")) {
            // One JVM is driver and executor: load the models while Spark starts, and spare it the web UI's startup
            // unless asked for (--conf is spark-submit's; a plain `java -jar` run sets -Dspark.ui.enabled=true).
            ExecutorState.buildInBackground();
            if (!conf.contains("spark.ui.enabled")) conf.set("spark.ui.enabled", "false");
        }
        JobSummary s;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            s = SparkJob.run(sc, cfg);
        }
        System.err.println("newskg-spark: " + out + ": " + s.line());
        if (s.articles() == 0 && s.failed() > 0) return 1;
        return s.failed() > 0 ? 3 : 0;
    }
}
