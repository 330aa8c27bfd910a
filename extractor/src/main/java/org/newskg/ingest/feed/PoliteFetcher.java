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

    /** One exchange as it went over the wire: what the archive keeps. */
    public record Exchange(URI uri, Map<String, String> requestHeaders, int status, HttpHeaders headers, byte[] body, Instant date) {
        public Optional<String> header(String name) { return headers.firstValue(name); }

        public String contentType() { return header("Content-Type").orElse("application/octet-stream"); }
    }

    /** A request that could not be answered, after retries where retrying made sense. */
    public static final class FetchException extends Exception {
        private final boolean transientFailure;

        FetchException(String message, boolean transientFailure) {
            super(message);
            this.transientFailure = transientFailure;
        }

        /** Worth trying again next run (server error, connection), not a page that is gone or refused to us. */
        public boolean transientFailure() { return transientFailure; }
    }

    private final HttpClient client;
    private final String userAgent;
    private final Duration hostDelay;
    private final int retries;
    private final Duration backoff;
    private final long maxBytes;
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final Map<String, Long> nextSlot = new HashMap<>();

    public PoliteFetcher(String userAgent, Duration hostDelay, int retries, Duration backoff, long maxBytes) {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.hostDelay = Objects.requireNonNull(hostDelay, "hostDelay");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (retries < 0) throw new IllegalArgumentException("retries must be 0 or more");
        this.retries = retries;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The token robots.txt groups are matched against: the User-Agent's product name. */
    static String robotName(String userAgent) { return userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT); }

    public boolean allowed(URI uri) throws InterruptedException {
        return rules(uri).isAllowed(uri.toString());
    }

    /**
     * GET, following redirects that robots.txt allows. A 304 is returned like any status; so is a 4xx, which is no
     * reason to retry. Throws when robots.txt forbids a hop, or when retries are spent.
     */
    public Exchange get(URI uri, Map<String, String> headers) throws FetchException, InterruptedException {
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!allowed(at)) throw new FetchException(at + ": disallowed by robots.txt", false);
            Exchange e = withRetries(at, headers);
            if (e.status() / 100 != 3 || e.status() == 304) return e;
            Optional<String> location = e.header("Location");
            if (location.isEmpty()) return e;
            at = at.resolve(location.get().strip());
            if (!isHttp(at)) throw new FetchException(uri + ": redirected to " + at + ", which is not http(s)", false);
        }
        throw new FetchException(uri + ": more than " + MAX_REDIRECTS + " redirects", false);
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
                last = "HTTP " + e.status();
                Optional<Duration> after = e.header("Retry-After").flatMap(PoliteFetcher::retryAfter);
                if (after.isPresent()) wait = after.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : after.get();
            } catch (HttpTimeoutException | ConnectException e) {
                last = "cannot connect (" + e.getMessage() + ")";
            } catch (IOException e) {
                last = "connection failed (" + e + ")";
            }
            if (attempt >= retries) throw new FetchException(uri + ": " + last + (retries > 0 ? ", after " + retries + " retries" : ""), true);
            LOG.info("{}: {}; retrying in {} ms", uri, last, wait.toMillis());
            Thread.sleep(wait.toMillis());
        }
    }

    private Exchange once(URI uri, Map<String, String> extra) throws IOException, InterruptedException, FetchException {
        pace(uri);
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("User-Agent", userAgent);
        sent.putAll(extra);
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(30));
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
            if (declared > maxBytes) throw new FetchException(uri + ": too large: " + declared + " bytes; the limit is " + maxBytes + ", raise it with --max-bytes", false);
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) throw new FetchException(uri + ": too large: more than " + maxBytes + " bytes, raise the limit with --max-bytes", false);
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put("Host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        request.putAll(sent);
        return new Exchange(uri, request, r.statusCode(), r.headers(), body, date);
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
        } catch (FetchException e) {
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
