package org.newskg.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP GET as a guest: robots.txt (RFC 9309, parsed by crawler-commons) asked once per host and run, one request at a
 * time per host with at least {@code hostDelay} between them (or the site's Crawl-delay, when longer, up to 30 s),
 * retries with exponential backoff on 429, 5xx and connection failures (a Retry-After up to 60 s is honoured), and a
 * User-Agent that names newskg, its version and a contact. Redirects are followed here, not by the client, so that
 * every hop is checked against robots.txt and paced. Bodies over {@code maxBytes} are refused unread.
 * Not thread-safe: one fetcher per run.
 */
public final class PoliteFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final int MAX_REDIRECTS = 5;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** One exchange as it went over the wire: what the archive keeps. */
    public record Exchange(URI uri, Map<String, String> requestHeaders, int status, HttpHeaders headers, byte[] body, Instant date) {
        public Optional<String> header(String name) { return headers.firstValue(name); }

        public String contentType() { return header("Content-Type").orElse("application/octet-stream"); }
    }

    /**
     * A request that could not be answered, after retries where retrying made sense. The message says why in words and
     * does not repeat the URL asked for, which the caller names.
     */
    public static final class FetchException extends Exception {
        private final boolean transientFailure;
        private final boolean disallowed;

        FetchException(String message, boolean transientFailure) { this(message, transientFailure, false); }

        private FetchException(String message, boolean transientFailure, boolean disallowed) {
            super(message);
            this.transientFailure = transientFailure;
            this.disallowed = disallowed;
        }

        static FetchException disallowed(URI hop) {
            return new FetchException("robots.txt disallows " + hop, false, true);
        }

        /** Worth trying again next run (server error, connection), not a page that is gone or refused to us. */
        public boolean transientFailure() { return transientFailure; }

        /** robots.txt keeps us from the URL or a redirect hop: not a failure of the site, and no request was made. */
        public boolean disallowed() { return disallowed; }
    }

    private final HttpClient client;
    private final String userAgent;
    private final Duration hostDelay;
    private final int retries;
    private final Duration backoff;
    private final long maxBytes;
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    /** Hosts whose robots.txt could not be read (no connection, a server error), and why: RFC 9309 then forbids all. */
    private final Map<String, String> robotsUnreadable = new HashMap<>();
    private final Map<String, Long> nextSlot = new HashMap<>();

    public PoliteFetcher(String userAgent, Duration hostDelay, int retries, Duration backoff, long maxBytes) {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.hostDelay = Objects.requireNonNull(hostDelay, "hostDelay");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (retries < 0) throw new IllegalArgumentException("retries must be 0 or more");
        this.retries = retries;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** The token robots.txt groups are matched against: the User-Agent's product name. */
    static String robotName(String userAgent) { return userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT); }

    public boolean allowed(URI uri) throws InterruptedException {
        return rules(uri).isAllowed(uri.toString());
    }

    /**
     * Why nothing on the URL's host may be fetched this run when its robots.txt could not be read (the host
     * unreachable, or a server error); empty when robots.txt was read, or was missing (4xx), and its rules apply.
     * A refusal for this reason is the site's or the network's trouble, not robots.txt saying no.
     */
    public Optional<String> robotsUnreadable(URI uri) throws InterruptedException {
        rules(uri);
        return Optional.ofNullable(robotsUnreadable.get(host(uri)));
    }

    /**
     * GET, following redirects that robots.txt allows. A 304 is returned like any status; so is a 4xx, which is no
     * reason to retry. Throws when robots.txt forbids a hop, or when retries are spent.
     */
    public Exchange get(URI uri, Map<String, String> headers) throws FetchException, InterruptedException {
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!allowed(at)) {
                Optional<String> why = robotsUnreadable(at);
                if (why.isPresent()) throw new FetchException(why.get(), true);
                throw FetchException.disallowed(at);
            }
            Exchange e = withRetries(at, headers);
            if (e.status() / 100 != 3 || e.status() == 304) return e;
            Optional<String> location = e.header("Location");
            if (location.isEmpty()) return e;
            at = at.resolve(location.get().strip());
            if (!isHttp(at)) throw new FetchException("redirected to " + at + ", which is not http(s)", false);
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects", false);
    }

    static boolean isHttp(URI u) {
        return u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")) && u.getHost() != null;
    }

    private Exchange withRetries(URI uri, Map<String, String> headers) throws FetchException, InterruptedException {
        String last = "";
        for (int attempt = 0; ; attempt++) {
            Duration wait = backoff.multipliedBy(1L << Math.min(attempt, 16));
            try {
                Exchange e = once(uri, headers);
                if (e.status() != 429 && e.status() / 100 != 5) return e;
                last = "the server answered HTTP " + e.status();
                Optional<Duration> after = e.header("Retry-After").flatMap(PoliteFetcher::retryAfter);
                if (after.isPresent()) wait = after.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : after.get();
            } catch (IOException e) {
                last = connectionProblem(uri, e);
            }
            if (attempt >= retries) throw new FetchException(last + (retries > 0 ? ", after " + retries + " retries" : ""), true);
            LOG.info("{}: {}; retrying in {} ms", uri, last, wait.toMillis());
            Thread.sleep(wait.toMillis());
        }
    }

    private Exchange once(URI uri, Map<String, String> extra) throws IOException, InterruptedException, FetchException {
        pace(uri);
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("User-Agent", userAgent);
        sent.putAll(extra);
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(REQUEST_TIMEOUT);
        sent.forEach(rb::header);
        Instant date = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<InputStream> r;
        try {
            r = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
        } finally {
            nextSlot.put(host(uri), System.nanoTime() + delay(uri).toNanos());
        }
        byte[] body;
        try (InputStream in = r.body()) {
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) throw new FetchException("too large: " + declared + " bytes; the limit is " + maxBytes + ", raise it with --max-bytes", false);
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) throw new FetchException("too large: more than " + maxBytes + " bytes, raise the limit with --max-bytes", false);
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put("Host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        request.putAll(sent);
        return new Exchange(uri, request, r.statusCode(), r.headers(), body, date);
    }

    /**
     * A failed exchange in words: the JDK's client throws a ConnectException without a message for a refused
     * connection and for an unknown host alike, the cause telling them apart.
     */
    static String connectionProblem(URI uri, IOException e) {
        String where = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException)
                return "cannot connect to " + where + ": no such host";
            if (t instanceof java.net.http.HttpConnectTimeoutException)
                return "cannot connect to " + where + ": no answer within " + CONNECT_TIMEOUT.toSeconds() + " s";
            if (t instanceof HttpTimeoutException)
                return where + " sent no response within " + REQUEST_TIMEOUT.toSeconds() + " s";
            if (t instanceof ConnectException) {
                String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
                if (m.contains("refused")) return "cannot connect to " + where + ": connection refused";
            }
        }
        if (e instanceof ConnectException) return "cannot connect to " + where + (e.getMessage() == null ? ": connection refused" : ": " + e.getMessage());
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "the connection to " + where + " failed (" + m + ")";
    }

    /** Waits until the host's next slot: one request at a time per host, spaced by its delay. */
    private void pace(URI uri) throws InterruptedException {
        Long next = nextSlot.get(host(uri));
        if (next == null) return;
        long wait = next - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }

    private Duration delay(URI uri) {
        BaseRobotRules r = robots.get(host(uri));
        if (r == null || r.getCrawlDelay() <= 0) return hostDelay;
        Duration site = Duration.ofMillis(Math.min(r.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis()));
        return site.compareTo(hostDelay) > 0 ? site : hostDelay;
    }

    static String host(URI u) { return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + u.getPort(); }

    private BaseRobotRules rules(URI uri) throws InterruptedException {
        String h = host(uri);
        BaseRobotRules r = robots.get(h);
        if (r != null) return r;
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY.toMillis(), 20);
        URI robotsTxt = uri.resolve("/robots.txt");
        try {
            Exchange e = withRetries(robotsTxt, Map.of());
            r = e.status() == 200
                    ? parser.parseContent(robotsTxt.toString(), e.body(), e.contentType(), List.of(robotName(userAgent)))
                    // RFC 9309: 4xx means no rules; a server error means assume everything is disallowed.
                    : parser.failedFetch(e.status());
            if (e.status() / 100 == 5)
                robotsUnreadable.put(h, "robots.txt of " + robotsTxt.getAuthority() + " answered HTTP " + e.status() + ", so nothing on that host is fetched this run");
        } catch (FetchException e) {
            robotsUnreadable.put(h, e.getMessage() + " (asking for robots.txt), so nothing on that host is fetched this run");
            LOG.warn("{}: robots.txt unreachable ({}); nothing on this host is fetched this run", h, e.getMessage());
            r = parser.failedFetch(503);
        }
        robots.put(h, r);
        return r;
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(String v) {
        String s = v.strip();
        try {
            if (s.matches("\\d+")) return Optional.of(Duration.ofSeconds(Long.parseLong(s)));
            Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
