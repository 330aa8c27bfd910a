package org.newskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newskg.load.ArticleStore;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.load.RunLock;
import org.newskg.load.SchemeGraphs;
import org.newskg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Load the inputs again and again, every --every.",
                "New and changed articles are loaded, unchanged ones skipped. A lock file keeps two runs from overlapping; a run that finds it taken skips its turn."})
final class WatchCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin StoreOptions store;
    @Mixin PipelineOptions pipeline;

    @Option(names = "--every", defaultValue = "15m", description = "interval between runs: 30s, 15m, 1h (default: ${DEFAULT-VALUE})")
    String every;

    @Option(names = "--once", description = "one run, then exit (for cron or a systemd timer)")
    boolean once;

    @Mixin LoadOptions load;

    @Option(names = "--lock", description = "lock file (default: beside the store, or in the temporary folder for --endpoint)")
    Path lock;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or globs")
    List<String> paths;

    static Duration interval(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (!v.matches("\\d+[smh]")) throw new IllegalArgumentException("--every takes a number and s, m or h, e.g. 15m; got " + s);
        long n = Long.parseLong(v.substring(0, v.length() - 1));
        Duration d = switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
        if (d.isZero()) throw new IllegalArgumentException("--every must be more than zero");
        return d;
    }

    private Path lockFile() {
        if (lock != null) return lock;
        if (store.remote()) {
            String tag = Integer.toHexString(store.target.endpoint.hashCode());
            return Path.of(System.getProperty("java.io.tmpdir"), "newskg-watch-" + tag + ".lock");
        }
        Path db = store.db().toAbsolutePath();
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    @Override
    public Integer call() throws Exception {
        Duration wait = interval(every);
        Path lockPath = lockFile();
        int rc = Main.OK;
        while (true) {
            Optional<RunLock> held = RunLock.tryAcquire(lockPath);
            if (held.isEmpty()) {
                System.err.println("newskg watch: another run holds " + lockPath + "; skipping this turn");
                rc = Main.PARTIAL;
            } else {
                try (RunLock l = held.get(); ArticleStore st = store.open(); Pipeline p = pipeline.build()) {
                    SchemeGraphs.install(st);
                    LoadSummary s = Loader.builder().store(st).pipeline(p).prune(load.prune).build().load(inputs.read(paths));
                    rc = load.report("watch", st.describe(), s);
                } catch (org.newskg.load.StoreException e) {
                    // The store is down or refuses: report it and try again next turn; what was loaded stays.
                    System.err.println("newskg watch: " + e.getMessage());
                    rc = Main.FATAL;
                }
            }
            if (once) return rc;
            Thread.sleep(wait.toMillis());
        }
    }
}
