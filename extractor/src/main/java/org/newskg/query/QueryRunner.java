package org.newskg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.newskg.store.Rows;

/**
 * Runs a SELECT query against a local dataset or a SPARQL endpoint. Parameters are bound on the parsed query
 * (the query-execution builder's substitution), never by editing the query text.
 */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON }

    private QueryRunner() {}

    /** A parameter value: {@code <iri>} is an IRI, anything else a plain string literal; integers stay integers. */
    public static Node parameter(String value) {
        if (value.startsWith("<") && value.endsWith(">")) return NodeFactory.createURI(value.substring(1, value.length() - 1));
        if (value.matches("-?\\d{1,18}")) return NodeFactory.createLiteralDT(value, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
        return NodeFactory.createLiteralString(value);
    }

    /** Runs inside the caller's read transaction; the rows are detached, so they outlive it. */
    public static RowSet select(String queryText, DatasetGraph dataset, Map<String, Node> params) {
        Query q = parse(queryText);
        QueryExecBuilder b = QueryExec.dataset(dataset).query(q);
        params.forEach(b::substitution);
        try (QueryExec qe = b.build()) {
            return Rows.detach(qe.select());
        }
    }

    public static RowSet select(String queryText, String endpoint, Map<String, Node> params) {
        Query q = parse(queryText);
        var b = QueryExecHTTP.service(Objects.requireNonNull(endpoint, "endpoint")).query(q);
        params.forEach(b::substitution);
        try (QueryExec qe = b.build()) {
            return Rows.detach(qe.select());
        }
    }

    private static Query parse(String text) {
        Query q = QueryFactory.create(text);
        if (!q.isSelectType()) throw new IllegalArgumentException("only SELECT queries can be run and formatted here");
        return q;
    }

    public static void write(RowSet rows, Format format, OutputStream out) {
        ResultSet rs = ResultSetFactory.copyResults(ResultSet.adapt(rows));
        switch (format) {
            case TABLE -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ResultSetFormatter.out(ps, rs);
                ps.flush();
            }
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
        }
    }

}
