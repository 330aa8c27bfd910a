package org.newskg.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The User-Agent newskg fetches with, {@code newskg/VERSION (+CONTACT)}: the product, the version of the jar (read
 * from the one place the build writes it, so the README, {@code --version} and the requests agree) and how a site can
 * reach whoever runs it, which must be a URL or an e-mail address a person can use.
 */
public final class UserAgent {
    private static final String VERSION = readVersion();

    private UserAgent() {}

    /** newskg's version, as the build set it (the Maven project version). */
    public static String version() { return VERSION; }

    /** The User-Agent for a contact; throws IllegalArgumentException with {@link #contactProblem}'s words when it is not one. */
    public static String of(String contact) {
        Optional<String> problem = contactProblem(contact);
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
        return "newskg/" + VERSION + " (+" + contact.strip() + ")";
    }

    /**
     * Why a contact is not one a site can use, or empty: an http(s) URL with a host, a {@code mailto:} URL, or an
     * e-mail address ({@code desk@gazette.example}).
     */
    public static Optional<String> contactProblem(String contact) {
        String c = contact == null ? "" : contact.strip();
        String hint = "--contact must be a URL (https://gazette.example/contact) or an e-mail address (desk@gazette.example), "
                + "so that a site can reach you; got '" + c + "'";
        if (c.isEmpty() || c.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch) || ch == '(' || ch == ')'))
            return Optional.of(hint);
        String lower = c.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:")) return isEmail(c.substring(7)) ? Optional.empty() : Optional.of(hint);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI u = new URI(c);
                return u.getHost() != null && u.getHost().contains(".") || "localhost".equals(u.getHost()) ? Optional.empty() : Optional.of(hint);
            } catch (URISyntaxException e) {
                return Optional.of(hint);
            }
        }
        return isEmail(c) ? Optional.empty() : Optional.of(hint);
    }

    private static boolean isEmail(String s) {
        return s.matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/org/newskg/version.properties")) {
            if (in == null) throw new IllegalStateException("org/newskg/version.properties is missing from the classpath");
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.contains("${")) throw new IllegalStateException("org/newskg/version.properties was not filled in by the build: '" + v + "'");
            return v.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
