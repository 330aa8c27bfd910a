package org.newskg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.RowSet;
import org.newskg.derive.DerivedLayer;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.query.QuerySource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run an analysts' query (see --list) or a .rq file.",
                "Against the embedded store (--db, the default), a Fuseki endpoint (--endpoint), or RDF files (--data)."})
final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME-OR-FILE", description = "a query name from queries/ or a path to a .rq file")
    String query;

    static final class Source {
        @Option(names = "--db", description = "TDB2 store directory (default: ./newskg-db)")
        Path db;

        @Option(names = "--endpoint", description = "SPARQL query endpoint URL, e.g. http://localhost:3030/newskg/query")
        String endpoint;

        @Option(names = "--data", arity = "1..*", description = "RDF files (N-Quads, TriG, JSON-LD) to query in memory")
        List<Path> data;
    }

    @ArgGroup(exclusive = true)
    Source source;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (SPARQL 1.1 JSON results) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--param", description = "bind a variable: name=value, value <IRI> or a string (bound on the parsed query, never pasted)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "list the bundled queries and the question each answers")
    boolean list;

    @Override
    public Integer call() throws Exception {
        org.newskg.serve.JsonResultsWriter.install();
        if (list || query == null) {
            for (String n : QueryLibrary.names()) System.out.printf("%-26s %s%n", n, QueryLibrary.question(QueryLibrary.text(n)));
            return query == null && !list ? Main.USAGE : Main.OK;
        }
        QueryRunner.Format f = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        String text = QueryLibrary.text(query);
        Map<String, Node> bound = new LinkedHashMap<>();
        params.forEach((k, v) -> bound.put(k.startsWith("?") ? k.substring(1) : k, QueryRunner.parameter(v)));
        QuerySource from;
        if (source != null && source.endpoint != null) from = new QuerySource.Endpoint(source.endpoint);
        else if (source != null && source.data != null) from = new QuerySource.Files(source.data, DerivedLayer.create());
        else from = new QuerySource.Store(source != null && source.db != null ? source.db : StoreOptions.DEFAULT_DB);
        RowSet rows = from.select(text, bound);
        QueryRunner.write(rows, f, System.out);
        System.out.flush();
        return Main.OK;
    }
}
