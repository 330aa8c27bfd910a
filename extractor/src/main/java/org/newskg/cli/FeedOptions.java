package org.newskg.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.newskg.ingest.feed.FeedWatcher;
import org.newskg.ingest.feed.UserAgent;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** watch's feed options: which feeds, how politely, and where the raw pages and the state are kept. */
final class FeedOptions {
    @Option(names = "--feed", arity = "1..*", paramLabel = "URL",
            description = "RSS or Atom feeds to follow: each run fetches them (conditional GET) and the pages of their new items")
    List<String> feeds = List.of();

    @Option(names = "--contact", paramLabel = "URL-OR-EMAIL",
            description = "how sites can reach you, sent in the User-Agent (newskg/VERSION (+CONTACT)); required with --feed")
    String contact;

    @Option(names = "--archive", paramLabel = "FILE",
            description = "WARC file the fetched pages are appended to (default: beside the store, DB.feeds.warc.gz)")
    Path archive;

    @Option(names = "--feed-state", paramLabel = "FILE",
            description = "ETags, Last-Modified and fetched items, kept between runs (default: beside the archive, ARCHIVE.state.json)")
    Path state;

    @Option(names = "--max-items", defaultValue = "100", description = "pages fetched per run at most, over all feeds; the rest wait for the next run (default: ${DEFAULT-VALUE})")
    int maxItems;

    @Option(names = "--host-delay", defaultValue = "1s", description = "least time between two requests to one host: 500ms, 2s, 1m; a longer robots.txt Crawl-delay wins (default: ${DEFAULT-VALUE})")
    String hostDelay;

    @Option(names = "--retries", defaultValue = "3", description = "retries on 429, 5xx and connection errors, waiting 1s, 2s, 4s... or the server's Retry-After (default: ${DEFAULT-VALUE})")
    int retries;

    boolean any() { return !feeds.isEmpty(); }

    void validate(CommandSpec spec, boolean prune, StoreOptions store) {
        if (!any()) return;
        if (contact == null || contact.isBlank())
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--feed needs --contact URL-OR-EMAIL: sites see it in the User-Agent and can reach you before they block you");
        UserAgent.contactProblem(contact).ifPresent(p -> {
            throw new CommandLine.ParameterException(spec.commandLine(), p);
        });
        if (prune)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--prune removes what a run's inputs do not hold, and a feed run holds only new items; load the archive with --prune instead");
        if (archive == null && store.remote())
            throw new CommandLine.ParameterException(spec.commandLine(), "with --endpoint, --feed needs --archive FILE");
        for (String f : feeds) {
            URI u;
            try {
                u = URI.create(f);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--feed " + f + ": not a URL");
            }
            if (u.getHost() == null || !List.of("http", "https").contains(String.valueOf(u.getScheme()).toLowerCase(Locale.ROOT)))
                throw new CommandLine.ParameterException(spec.commandLine(), "--feed " + f + ": not an absolute http(s) URL");
        }
        try {
            delay(hostDelay);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static Duration delay(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (!v.matches("\\d+(ms|s|m)")) throw new IllegalArgumentException("--host-delay takes a number and ms, s or m, e.g. 2s; got " + s);
        long n = Long.parseLong(v.replaceAll("\\D", ""));
        return v.endsWith("ms") ? Duration.ofMillis(n) : v.endsWith("s") ? Duration.ofSeconds(n) : Duration.ofMinutes(n);
    }

    /** One run over the feeds, or empty when there are none. */
    Optional<FeedWatcher.Run> run(StoreOptions store, long maxBytes) throws IOException, InterruptedException {
        if (!any()) return Optional.empty();
        Path a = archive;
        if (a == null) {
            Path db = store.db().toAbsolutePath();
            a = db.resolveSibling(db.getFileName() + ".feeds.warc.gz");
        }
        Path st = state != null ? state : a.resolveSibling(a.getFileName() + ".state.json");
        FeedWatcher.Builder b = FeedWatcher.builder().archive(a).state(st).userAgent(UserAgent.of(contact))
                .hostDelay(delay(hostDelay)).retries(retries, Duration.ofSeconds(1)).maxItems(maxItems).maxBytes(maxBytes);
        for (String f : feeds) b.feed(URI.create(f));
        return Optional.of(b.build().run());
    }
}
