package org.newskg.derive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.newskg.store.ArticleStore;

/**
 * The derived layer's SPARQL: one {@code .rq} file per query under {@code org/newskg/derive/sparql/}. Values reach
 * a query on its parsed form, never through its text: a single term by substitution ({@link #select(ArticleStore,
 * String, String, Node)}), a list of terms as the rows of the file's empty {@code VALUES} table
 * ({@link #selectValues}), so that a key or IRI holding a quote or a bracket cannot change what a query means.
 */
final class DeriveQueries {
    private static final String BASE = "/org/newskg/derive/sparql/";
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private DeriveQueries() {}

    /** Runs a query as its file has it. */
    static RowSet select(ArticleStore store, String name) { return store.select(template(name)); }

    /** Runs a query with one variable substituted by a term. */
    static RowSet select(ArticleStore store, String name, String var, Node value) {
        return store.select(QueryTransformOps.transform(template(name), Map.of(Var.alloc(var), value)));
    }

    /** Runs a query whose {@code VALUES ?var { }} table is filled with these terms, one row each. */
    static RowSet selectValues(ArticleStore store, String name, String var, Collection<Node> values) {
        return selectValues(store::select, name, var, values);
    }

    /** As {@link #selectValues(ArticleStore, String, String, Collection)}, run by {@code select} (a store, or one graph alone). */
    static RowSet selectValues(Function<Query, RowSet> select, String name, String var, Collection<Node> values) {
        return select.apply(withValues(template(name), Var.alloc(var), values));
    }

    static List<Node> literals(Collection<String> values) { return values.stream().map(NodeFactory::createLiteralString).toList(); }

    static List<Node> iris(Collection<String> values) { return values.stream().map(NodeFactory::createURI).toList(); }

    /** A copy of {@code template} whose VALUES table of {@code var} holds {@code values}; the template is not changed. */
    static Query withValues(Query template, Var var, Collection<Node> values) {
        boolean[] found = {false};
        Query q = QueryTransformOps.transform(template, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                if (!data.getVars().equals(List.of(var))) return super.transform(data);
                found[0] = true;
                ElementData filled = new ElementData();
                filled.add(var);
                for (Node v : values) {
                    Binding row = BindingFactory.binding(var, v);
                    filled.add(row);
                }
                return filled;
            }
        });
        if (!found[0]) throw new IllegalArgumentException("the query has no VALUES table of ?" + var.getVarName());
        return q;
    }

    static Query template(String name) {
        return PARSED.computeIfAbsent(name, n -> QueryFactory.create(text(n)));
    }

    private static String text(String name) {
        try (InputStream in = DeriveQueries.class.getResourceAsStream(BASE + name + ".rq")) {
            if (in == null) throw new IllegalArgumentException("no derive query named " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
