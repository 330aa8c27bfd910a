package org.newskg.store;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A user name and password for a protected Fuseki, from the environment ({@code NEWSKG_USER},
 * {@code NEWSKG_PASSWORD}) or a file holding {@code user:password}; never from the command line, where
 * {@code ps} and shell history would show it. {@link #toString()} hides the password so logs cannot leak it.
 */
public record Credentials(String user, char[] password) {
    public static final String ENV_USER = "NEWSKG_USER";
    public static final String ENV_PASSWORD = "NEWSKG_PASSWORD";

    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        String u = env.get(ENV_USER), p = env.get(ENV_PASSWORD);
        if (u == null || u.isBlank() || p == null) return Optional.empty();
        return Optional.of(new Credentials(u, p.toCharArray()));
    }

    public static Credentials fromFile(Path file) throws IOException {
        String line = Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .findFirst().orElseThrow(() -> new IOException(file + ": no 'user:password' line"));
        int colon = line.indexOf(':');
        if (colon <= 0) throw new IOException(file + ": expected 'user:password'");
        return new Credentials(line.substring(0, colon).strip(), line.substring(colon + 1).strip().toCharArray());
    }

    /** From the file when one is given, else from the environment; empty when neither has any. */
    public static Optional<Credentials> resolve(Path file, Map<String, String> env) throws IOException {
        return file != null ? Optional.of(fromFile(file)) : fromEnvironment(env);
    }

    public Authenticator authenticator() {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        };
    }

    @Override
    public String toString() { return "Credentials[user=" + user + ", password=****]"; }
}
