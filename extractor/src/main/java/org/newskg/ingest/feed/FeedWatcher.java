package org.newskg.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.warc.WarcArticleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run over RSS and Atom feeds (read by ROME): each feed is fetched with a conditional GET, each item not fetched
 * before has its page fetched (politely, see {@link PoliteFetcher}) up to a per-run cap, and every page is appended to
 * a WARC archive. The run's articles are then read back from what it appended, with the same reader
 * {@code newskg load ARCHIVE} uses, so the archive alone rebuilds them. The state (validators, fetched and pending
 * items) is saved by {@link Run#commit()}, once the caller has stored the articles: a run that dies before fetches
 * those items again.
 */
public final class FeedWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(FeedWatcher.class);
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

    private final List<URI> feeds;
    private final Path archive;
    private final Path stateFile;
    private final PoliteFetcher fetcher;
    private final int maxItems;
    private final long maxBytes;

    private FeedWatcher(Builder b) {
        this.feeds = List.copyOf(b.feeds);
        this.archive = b.archive;
        this.stateFile = b.state;
        this.maxItems = b.maxItems;
        this.maxBytes = b.maxBytes;
        this.fetcher = new PoliteFetcher(b.userAgent, b.hostDelay, b.retries, b.backoff, b.maxBytes);
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final List<URI> feeds = new ArrayList<>();
        private Path archive, state;
        private String userAgent;
        private Duration hostDelay = Duration.ofSeconds(1), backoff = Duration.ofSeconds(1);
        private int retries = 3, maxItems = 100;
        private long maxBytes = 5L << 20;

        public Builder feed(URI u) {
            Objects.requireNonNull(u, "feed");
            if (!PoliteFetcher.isHttp(u)) throw new IllegalArgumentException("a feed is an absolute http(s) URL; got " + u);
            feeds.add(u);
            return this;
        }

        public Builder archive(Path p) { this.archive = Objects.requireNonNull(p, "archive"); return this; }

        public Builder state(Path p) { this.state = Objects.requireNonNull(p, "state"); return this; }

        /** Must name newskg, its version and a way to reach whoever runs it. */
        public Builder userAgent(String ua) { this.userAgent = Objects.requireNonNull(ua, "userAgent"); return this; }

        public Builder hostDelay(Duration d) { this.hostDelay = Objects.requireNonNull(d, "hostDelay"); return this; }

        public Builder retries(int n, Duration firstBackoff) { this.retries = n; this.backoff = Objects.requireNonNull(firstBackoff, "backoff"); return this; }

        public Builder maxItems(int n) { this.maxItems = n; return this; }

        public Builder maxBytes(long n) { this.maxBytes = n; return this; }

        public FeedWatcher build() {
            if (feeds.isEmpty()) throw new IllegalStateException("FeedWatcher needs at least one feed");
            if (archive == null) throw new IllegalStateException("FeedWatcher needs an archive file");
            if (state == null) throw new IllegalStateException("FeedWatcher needs a state file");
            if (userAgent == null || !userAgent.toLowerCase(Locale.ROOT).startsWith("newskg/"))
                throw new IllegalStateException("the User-Agent must start with newskg/VERSION; got " + userAgent);
            if (maxItems < 0) throw new IllegalStateException("maxItems must be 0 or more");
            if (maxBytes <= 0) throw new IllegalStateException("maxBytes must be positive");
            return new FeedWatcher(this);
        }
    }

    /** The articles of a run (and the failures, each naming a feed, page or record), and how to remember it. */
    public static final class Run {
        private final List<IngestItem> items;
        private final FeedCounts counts;
        private final FeedState state;
        private final Path stateFile;

        Run(List<IngestItem> items, FeedCounts counts, FeedState state, Path stateFile) {
            this.items = List.copyOf(items);
            this.counts = counts;
            this.state = state;
            this.stateFile = stateFile;
        }

        public List<IngestItem> items() { return items; }

        public FeedCounts counts() { return counts; }

        /** Saves the validators and the fetched items: call once the articles are stored. */
        public void commit() throws IOException { state.write(stateFile); }
    }

    public Run run() throws IOException, InterruptedException {
        FeedState state = FeedState.read(stateFile);
        FeedCounts counts = new FeedCounts();
        List<IngestItem> items = new ArrayList<>();
        long start = Files.exists(archive) ? Files.size(archive) : 0;
        if (state.archiveBytes >= 0 && start > state.archiveBytes) {
            LOG.warn("{}: {} bytes past what the last completed run left, from a run that did not finish; cut off, its pages are fetched again",
                    archive, start - state.archiveBytes);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
                ch.truncate(state.archiveBytes);
            }
            start = state.archiveBytes;
        }
        int budget = maxItems;
        try (WarcArchive out = new WarcArchive(archive)) {
            for (URI feedUri : feeds) {
                counts.feeds++;
                FeedState.Feed st = state.feed(feedUri.toString());
                List<String> candidates;
                try {
                    candidates = candidates(feedUri, st, state, counts);
                } catch (PoliteFetcher.FetchException e) {
                    if (e.disallowed()) counts.disallowed++;
                    else counts.feedsFailed++;
                    items.add(new IngestItem.Failed(feedUri.toString(), null, "feed not read: " + e.getMessage()));
                    continue;
                } catch (FeedException | IOException | RuntimeException e) {
                    counts.feedsFailed++;
                    items.add(new IngestItem.Failed(feedUri.toString(), null, "feed not read: " + notAFeed(e)));
                    continue;
                }
                List<String> pending = new ArrayList<>();
                for (String link : candidates) {
                    // Another feed may have listed it earlier in this run.
                    if (state.fetched.contains(link)) continue;
                    counts.newItems++;
                    if (budget <= 0) {
                        counts.deferred++;
                        pending.add(link);
                        continue;
                    }
                    Outcome o = fetchPage(URI.create(link), out, state, counts, items);
                    if (o != Outcome.NOT_ASKED) budget--;
                    if (o == Outcome.DONE) state.fetched.add(link);
                    else pending.add(link);
                }
                st.pending = pending;
            }
        }
        // Read back what this run appended: the articles are exactly what `load ARCHIVE` will make of it.
        if (Files.exists(archive)) new WarcArticleReader(maxBytes).read(archive, start, items::add);
        state.archiveBytes = Files.exists(archive) ? Files.size(archive) : 0;
        return new Run(items, counts, state, stateFile);
    }

    /** DONE: settled, not asked again. AGAIN: asked, to be asked next run. NOT_ASKED: robots.txt said no, the cap is not spent on it. */
    private enum Outcome { DONE, AGAIN, NOT_ASKED }

    /** Item links to fetch: the feed's new ones, or on 304 the ones a cap or an error left for later. */
    private List<String> candidates(URI feedUri, FeedState.Feed st, FeedState state, FeedCounts counts)
            throws PoliteFetcher.FetchException, FeedException, IOException, InterruptedException {
        Map<String, String> conditional = new LinkedHashMap<>();
        conditional.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
        if (st.etag != null) conditional.put("If-None-Match", st.etag);
        if (st.lastModified != null) conditional.put("If-Modified-Since", st.lastModified);
        PoliteFetcher.Exchange e = fetcher.get(feedUri, conditional);
        if (e.status() == 304) {
            counts.notModified++;
            LOG.info("{}: not modified; {} item(s) pending from earlier runs", feedUri, st.pending.size());
            return List.copyOf(st.pending);
        }
        if (e.status() != 200) throw new PoliteFetcher.FetchException("the server answered HTTP " + e.status(), e.status() / 100 == 5);
        Optional<String> notAFeed = notAFeed(e.body(), e.contentType());
        if (notAFeed.isPresent()) throw new FeedException(notAFeed.get());
        SyndFeed feed;
        try (Reader r = new XmlReader(new ByteArrayInputStream(e.body()))) {
            // ROME refuses DOCTYPEs by default (no XXE); said here so no one turns it on.
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            feed = in.build(r);
        }
        Set<String> links = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) link(e.uri(), entry).ifPresent(links::add);
        st.etag = e.header("ETag").orElse(null);
        st.lastModified = e.header("Last-Modified").orElse(null);
        List<String> fresh = new ArrayList<>();
        for (String l : links) if (!state.fetched.contains(l)) fresh.add(l);
        LOG.info("{}: {} item(s), {} new", feedUri, links.size(), fresh.size());
        return fresh;
    }

    private static java.util.Optional<String> link(URI base, SyndEntry entry) {
        List<String> options = new ArrayList<>();
        if (entry.getLink() != null) options.add(entry.getLink());
        for (SyndLink l : entry.getLinks()) if (l.getRel() == null || l.getRel().equals("alternate")) options.add(l.getHref());
        // RSS guids are often the permalink; Atom ids rarely are, but are tried last.
        if (entry.getUri() != null) options.add(entry.getUri());
        for (String o : options) {
            try {
                URI u = base.resolve(o.strip());
                if (PoliteFetcher.isHttp(u)) return java.util.Optional.of(u.toString());
            } catch (IllegalArgumentException ignored) {
                // Not a URL: the next option may be.
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * What a body that is not RSS or Atom is, when it can be told from its first bytes: an HTML page or JSON given as
     * a feed would otherwise be reported in the XML parser's words ("DOCTYPE is disallowed", "Content is not allowed
     * in prolog").
     */
    static Optional<String> notAFeed(byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .replaceFirst("^\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        // Some servers send RSS as text/html: what the body starts with decides first.
        boolean xmlFeed = head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf");
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || (type.equals("text/html") && !xmlFeed))
            return Optional.of("this is an HTML page (" + type + "), not an RSS or Atom feed; give the URL of the feed itself, which a page names in "
                    + "<link rel=\"alternate\" type=\"application/rss+xml\" href=...>");
        if (head.startsWith("{") || head.startsWith("[") || type.endsWith("json"))
            return Optional.of("this is JSON (" + type + "), not an RSS or Atom feed; JSON Feed is not read");
        if (body.length == 0) return Optional.of("the answer is empty, not an RSS or Atom feed");
        if (!head.startsWith("<"))
            return Optional.of("this is not XML (" + type + "), so not an RSS or Atom feed");
        return Optional.empty();
    }

    /** A feed the XML or feed parser refused, in words: ROME's own message names a parser feature, not the problem. */
    private static String notAFeed(Exception e) {
        if (e instanceof FeedException && e.getMessage() != null && e.getMessage().startsWith("this is ")) return e.getMessage();
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FeedException || e instanceof IllegalArgumentException)
            return "not an RSS or Atom feed: the XML cannot be read as one (" + m + ")";
        return m;
    }

    private Outcome fetchPage(URI page, WarcArchive out, FeedState state, FeedCounts counts, List<IngestItem> items)
            throws InterruptedException, IOException {
        PoliteFetcher.Exchange e;
        try {
            e = fetcher.get(page, Map.of("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"));
        } catch (PoliteFetcher.FetchException x) {
            if (x.disallowed()) {
                // Not remembered as fetched: if robots.txt allows it in a later run, it is fetched then.
                counts.disallowed++;
                LOG.info("{}: {}; not fetched", page, x.getMessage());
                return Outcome.NOT_ASKED;
            }
            counts.pageFailures++;
            items.add(new IngestItem.Failed(page.toString(), null, "page not fetched: " + x.getMessage()
                    + (x.transientFailure() ? "; it is asked for again next run" : "")));
            return x.transientFailure() ? Outcome.AGAIN : Outcome.DONE;
        }
        state.fetched.add(e.uri().toString());
        if (e.status() != 200) {
            counts.pageFailures++;
            items.add(new IngestItem.Failed(page.toString(), null, "page not fetched: the server answered HTTP " + e.status()));
            return Outcome.DONE;
        }
        String type = e.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!HTML.contains(type)) {
            counts.notHtml++;
            LOG.info("{}: {} is not HTML; not archived", page, type);
            return Outcome.DONE;
        }
        if (!state.payloads.add(WarcArchive.payloadDigest(e.body()))) {
            counts.duplicates++;
            LOG.info("{}: the same page as one archived before, under another URL; not archived again", page);
            return Outcome.DONE;
        }
        out.write(e);
        counts.fetched++;
        return Outcome.DONE;
    }
}
