package org.newskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.feed.FeedWatcher;
import org.newskg.load.LoadSummary;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.ArticleStore;
import org.newskg.store.RunLock;
import org.newskg.store.SchemeGraphs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Load the inputs again and again, every --every.",
                "New and changed articles are loaded, unchanged ones skipped. A lock file keeps two runs from overlapping; a run that finds it taken skips its turn.",
                "With --feed, each run also reads RSS and Atom feeds, fetches their new items' pages politely, appends them to",
                "a WARC archive beside the store and loads them.",
                Ingest.FORMATS,
                "Exit status of a turn (with --once, of the run): 0 all went through; 3 some articles, pages or feeds failed, or another run",
                "held the lock; 1 the store could not be reached; 2 bad usage."})
final class WatchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
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

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files, directories or globs (or none, with --feed)")
    List<String> paths = List.of();

    @Mixin FeedOptions feed;

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
        Duration wait;
        try {
            wait = interval(every);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (paths.isEmpty() && !feed.any())
            throw new CommandLine.ParameterException(spec.commandLine(), "watch needs INPUT paths, --feed URLs, or both");
        feed.validate(spec, load.prune, store);
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
                    List<IngestItem> items = new ArrayList<>(paths.isEmpty() ? List.of() : inputs.read(paths));
                    Optional<FeedWatcher.Run> fed = feed.run(store, inputs.maxBytes);
                    fed.ifPresent(f -> items.addAll(f.items()));
                    LoadSummary s = Loader.builder().store(st).pipeline(p).prune(load.prune).derivation(DerivedLayer.create()).build().load(items);
                    if (fed.isPresent()) {
                        fed.get().commit();
                        System.err.println("newskg watch: feeds: " + fed.get().counts().line());
                    }
                    rc = load.report("watch", st.describe(), s);
                } catch (org.newskg.store.StoreException e) {
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
