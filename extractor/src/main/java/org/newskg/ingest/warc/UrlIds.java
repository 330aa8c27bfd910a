package org.newskg.ingest.warc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article ids for pages known by URL (WARC records, feed items): {@code host-path-slug-hash}, e.g.
 * {@code gazette.example-2026-03-ferry-fares-4f1c9a02}. The host and path make the id readable in a manifest or a
 * failure line; the hash (first 8 hex digits of SHA-256 of the whole URL as captured) keeps two URLs that slug alike
 * (query strings, case, long paths cut short) apart. A pure function of the URL, so a page archived today and
 * re-read from the archive next year lands on the same article.
 */
public final class UrlIds {
    static final int MAX_SLUG = 80;

    private UrlIds() {}

    public static String of(String url) {
        String host = "", path = url;
        try {
            URI u = new URI(url);
            if (u.getHost() != null) host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            path = u.getPath() == null ? "" : u.getPath();
        } catch (java.net.URISyntaxException e) {
            // Not a URI Java accepts (CC-NEWS has a few): the whole string is slugged and the hash still tells it apart.
        }
        path = path.replaceFirst("(?i)\\.(s?html?|php|aspx?|jsp)$", "");
        String slug = slug(path);
        String head = host.isEmpty() ? slug : slug.isEmpty() ? host : host + "-" + slug;
        if (head.length() > MAX_SLUG) head = head.substring(0, MAX_SLUG).replaceFirst("-[^-]*$", "");
        if (head.isEmpty()) head = "page";
        return head + "-" + hash(url);
    }

    private static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String hash(String url) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
