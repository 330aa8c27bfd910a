package org.newskg.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.Tdb2Store;

/** Query results as tests read them: rows as maps of plain strings, or as sorted lines that compare whole. */
public final class ResultRows {
    private ResultRows() {}

    /** A term as a string: a literal's lexical form, an IRI, a blank node's label. */
    public static String value(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        return n.isURI() ? n.getURI() : n.toString();
    }

    /** Every row as variable → {@link #value}, unbound variables left out, in the order of the rows. */
    public static List<Map<String, String>> maps(RowSet rs) {
        List<Map<String, String>> out = new ArrayList<>();
        rs.forEachRemaining(b -> {
            Map<String, String> r = new TreeMap<>();
            b.vars().forEachRemaining(v -> r.put(v.getVarName(), value(b.get(v))));
            out.add(r);
        });
        return out;
    }

    /** Every row as variable → term, unbound variables left out, in the order of the rows. */
    public static List<Map<String, Node>> nodes(RowSet rs) {
        List<Map<String, Node>> out = new ArrayList<>();
        rs.forEachRemaining(b -> {
            Map<String, Node> r = new TreeMap<>();
            b.vars().forEachRemaining(v -> r.put(v.getVarName(), b.get(v)));
            out.add(r);
        });
        return out;
    }

    /** A query text's rows on the store, with parameters bound. */
    public static List<Map<String, String>> select(Tdb2Store store, String queryText, Map<String, Node> params) {
        return maps(Txn.calculateRead(store.dataset(), () -> QueryRunner.select(queryText, store.dataset(), params)));
    }

    /** A bundled query's rows on the store, its parameters unbound. */
    public static List<Map<String, String>> query(Tdb2Store store, String name) {
        return select(store, QueryLibrary.text(name), Map.of());
    }

    /**
     * A bundled query's rows as sorted lines, {@code var=value | ...} with each value in N-Triples form (so IRIs and
     * literals cannot be confused): two stores compare whatever order their rows come in.
     */
    public static List<String> lines(Tdb2Store store, String name) {
        RowSet rs = Txn.calculateRead(store.dataset(), () -> QueryRunner.select(QueryLibrary.text(name), store.dataset(), Map.of()));
        List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> {
            StringBuilder line = new StringBuilder();
            for (String v : vars) {
                Node n = b.get(v);
                line.append(line.length() == 0 ? "" : " | ").append(v).append('=').append(n == null ? "" : NodeFmtLib.strNT(n));
            }
            out.add(line.toString());
        });
        out.sort(null);
        return out;
    }
}
