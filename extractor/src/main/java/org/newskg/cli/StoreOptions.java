package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.newskg.store.ArticleStore;
import org.newskg.store.Credentials;
import org.newskg.store.RemoteStore;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where articles are stored: an embedded TDB2 directory or a remote Fuseki dataset. */
final class StoreOptions {
    static final Path DEFAULT_DB = Path.of("newskg-db");

    static final class Target {
        @Option(names = "--db", description = "embedded TDB2 store directory (default: ./newskg-db)")
        Path db;

        @Option(names = "--endpoint", description = "remote Fuseki dataset URL, e.g. http://localhost:3030/newskg")
        String endpoint;
    }

    @ArgGroup(exclusive = true)
    Target target;

    @Option(names = "--credentials", description = "file with user:password for a protected Fuseki (or set NEWSKG_USER and NEWSKG_PASSWORD)")
    Path credentials;

    Optional<Credentials> credentials() throws IOException {
        return Credentials.resolve(credentials, System.getenv());
    }

    Path db() { return target == null || target.db == null ? DEFAULT_DB : target.db; }

    boolean remote() { return target != null && target.endpoint != null; }

    ArticleStore open() throws IOException {
        if (remote()) return RemoteStore.connect(target.endpoint, credentials());
        return Tdb2Store.open(db());
    }
}
