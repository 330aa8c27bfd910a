package org.newskg.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newskg.store.Derivation;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;

/** Where an analysts' query runs: a SPARQL endpoint, the embedded store, or RDF files read into memory. */
public sealed interface QuerySource {

    /** The query's rows, its parameters bound on the parsed query; the rows outlive the source. */
    RowSet select(String queryText, Map<String, Node> params);

    /** A SPARQL query endpoint, such as {@code http://localhost:3030/newskg/query}. */
    record Endpoint(String url) implements QuerySource {
        public Endpoint { Objects.requireNonNull(url, "url"); }

        @Override
        public RowSet select(String queryText, Map<String, Node> params) { return QueryRunner.select(queryText, url, params); }
    }

    /** The embedded TDB2 store in {@code db}. */
    record Store(Path db) implements QuerySource {
        public Store {
            if (!db.toFile().isDirectory()) throw new IllegalArgumentException("no store at " + db + " (run newskg load first, or pass --db/--endpoint/--data)");
        }

        @Override
        public RowSet select(String queryText, Map<String, Node> params) {
            try (Tdb2Store st = Tdb2Store.open(db)) {
                return Txn.calculateRead(st.dataset(), () -> QueryRunner.select(queryText, st.dataset(), params));
            }
        }
    }

    /**
     * RDF files (N-Quads, TriG, JSON-LD) read into a store in memory with the schemes. Extracted files hold article
     * graphs only, and the queries read the store-wide layer derived from them: {@code derivation} builds it.
     */
    record Files(List<Path> files, Derivation derivation) implements QuerySource {
        public Files {
            files = List.copyOf(files);
            Objects.requireNonNull(derivation, "derivation");
        }

        @Override
        public RowSet select(String queryText, Map<String, Node> params) {
            try (Tdb2Store mem = Tdb2Store.inMemory()) {
                SchemeGraphs.install(mem);
                Txn.executeWrite(mem.dataset(), () -> {
                    for (Path p : files) RDFParser.source(p).parse(mem.dataset());
                });
                derivation.rebuild(mem);
                return Txn.calculateRead(mem.dataset(), () -> QueryRunner.select(queryText, mem.dataset(), params));
            }
        }
    }
}
