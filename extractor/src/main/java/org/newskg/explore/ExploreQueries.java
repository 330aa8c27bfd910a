package org.newskg.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;

/**
 * The explorer's SPARQL, one {@code .rq} file per view under {@code org/newskg/explore/sparql/}, all in one place
 * so that a change of the data's shape is one edit. Parameters ({@code ?this}, {@code ?q}) are substituted on the
 * parsed query, never pasted into its text; the query that ran is the substituted one, and that is the text each
 * view shows and hands to Fuseki's editor. Every query runs in a read transaction: the explorer never writes.
 */
public final class ExploreQueries {
    private static final String BASE = "/org/newskg/explore/sparql/";

    private final DatasetGraph dataset;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    public ExploreQueries(DatasetGraph dataset) { this.dataset = Objects.requireNonNull(dataset, "dataset"); }

    /** One query's result: its rows (variable to RDF term), the SPARQL that ran, and how long it took. */
    public record Result(String name, List<Map<String, Node>> rows, String sparql, long micros) {
        public Result { rows = List.copyOf(rows); }
    }

    /** Runs a SELECT view with its parameters bound; {@code limit}, when positive, replaces the file's LIMIT. */
    public Result select(String name, Map<String, Node> params, long limit) { return select(name, params, limit, 0); }

    /** As {@link #select(String, Map, long)}, from row {@code offset} on: the next page of a bounded list. */
    public Result select(String name, Map<String, Node> params, long limit, long offset) {
        Query q = bound(name, params, limit, offset);
        long t0 = System.nanoTime();
        List<Map<String, Node>> rows = Txn.calculateRead(dataset, () -> {
            try (QueryExec qe = QueryExec.dataset(dataset).query(q).build()) {
                RowSet rs = qe.select();
                List<Var> vars = rs.getResultVars();
                List<Map<String, Node>> out = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    Map<String, Node> row = new LinkedHashMap<>();
                    for (Var v : vars) {
                        Node n = b.get(v);
                        if (n != null) row.put(v.getVarName(), n);
                    }
                    out.add(row);
                }
                return out;
            }
        });
        return new Result(name, rows, q.serialize(), (System.nanoTime() - t0) / 1000);
    }

    /** Runs a CONSTRUCT view with its parameters bound. */
    public Graph construct(String name, Map<String, Node> params) {
        Query q = bound(name, params, 0, 0);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec qe = QueryExec.dataset(dataset).query(q).build()) {
                return qe.construct();
            }
        });
    }

    /**
     * The query with its parameters substituted and its page cut where the file puts its LIMIT: on the query itself,
     * or, when only a subquery has one, on that subquery, which then picks the rows of the page before the outer
     * query looks up their labels and counts (for the rows shown only).
     */
    private Query bound(String name, Map<String, Node> params, long limit, long offset) {
        Query template = parsed.computeIfAbsent(name, ExploreQueries::load);
        Query inner = template.hasLimit() ? null : pageQuery(template);
        if (inner != null && (limit > 0 || offset > 0)) {
            // A fresh parse, so that the cached template's subquery keeps its own LIMIT.
            template = load(name);
            inner = pageQuery(template);
            if (limit > 0) inner.setLimit(limit);
            if (offset > 0) inner.setOffset(offset);
        }
        Map<Var, Node> subst = new LinkedHashMap<>();
        params.forEach((k, v) -> subst.put(Var.alloc(k), v));
        Query q = QueryTransformOps.transform(template, subst);
        if (inner == null) {
            if (limit > 0) q.setLimit(limit);
            if (offset > 0) q.setOffset(offset);
        }
        return q;
    }

    /** The first subquery with a LIMIT, depth first, or null. */
    private static Query pageQuery(Query q) {
        Query[] found = {null};
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                if (found[0] == null && el.getQuery().hasLimit()) found[0] = el.getQuery();
            }
        });
        return found[0];
    }

    /** The query file's text, as written (for the list of queries). */
    static String text(String name) {
        try (InputStream in = ExploreQueries.class.getResourceAsStream(BASE + name + ".rq")) {
            if (in == null) throw new IllegalArgumentException("no explorer query named " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query load(String name) {
        return QueryFactory.create(text(name), Syntax.syntaxARQ);
    }
}
