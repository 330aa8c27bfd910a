package org.newskg.derive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.store.ArticleStore;
import org.newskg.vocab.NKG;

/**
 * The publication calendar: one node per day that has articles, linked from each of its articles, so that a listing
 * can walk the store newest day first and stop after the rows it shows instead of sorting every row. SPARQL has no
 * index on literal order; a sort over a few thousand days is cheap where one over every attribution is not.
 * Articles without a date share the {@code undated} day, which has no date and so sorts after every dated day.
 * <p>
 * A day's graph ({@code graph/derived/day/{date}}) is a function of the articles published that day, so like a
 * surname block it is refreshed when a load adds, changes or removes one of them.
 */
final class Days {
    /** Prefix of a day's key among the derived layer's keys; surname and organization keys never hold a slash. */
    static final String PREFIX = "day/";
    static final String UNDATED = PREFIX + "undated";

    private Days() {}

    static boolean isDay(String key) { return key.startsWith(PREFIX); }

    static String key(Optional<LocalDate> date) { return date.map(d -> PREFIX + d).orElse(UNDATED); }

    /** The day key of an article graph, from its publication date. */
    static String keyOf(Graph articleGraph, String articleIri) {
        Node art = NodeFactory.createURI(articleIri);
        var it = articleGraph.find(art, NKG.published.asNode(), Node.ANY);
        Optional<LocalDate> d = Optional.empty();
        while (it.hasNext()) d = min(d, parse(it.next().getObject().getLiteralLexicalForm()));
        return key(d);
    }

    /** The day graphs of the given day keys, from one pass over the articles' dates; a day with no articles gets an empty graph. */
    static Map<String, Graph> derive(ArticleStore store, Collection<String> keys) {
        // A load whose articles fall on no new or changed day need not read every article's date.
        if (keys.isEmpty()) return Map.of();
        Map<String, Set<String>> articles = new TreeMap<>();
        for (String k : keys) articles.put(k, new TreeSet<>());
        Map<String, Optional<LocalDate>> dateOf = articleDates(store);
        dateOf.forEach((art, d) -> {
            Set<String> on = articles.get(key(d));
            if (on != null) on.add(art);
        });
        Map<String, Graph> out = new TreeMap<>();
        articles.forEach((k, arts) -> out.put(DerivedIris.blockGraph(k), graph(k, arts)));
        return out;
    }

    /** The graph of one day from its articles (without its lists, {@link DayLists}); empty when it has none. */
    static Graph graph(String key, Set<String> articles) {
        Graph g = GraphFactory.createDefaultGraph();
        if (articles.isEmpty()) return g;
        Node day = NodeFactory.createURI(DerivedIris.day(key));
        g.add(Triple.create(day, RDF.type.asNode(), NKG.Day.asNode()));
        if (!key.equals(UNDATED)) g.add(Triple.create(day, NKG.date.asNode(), Triples.date(LocalDate.parse(key.substring(PREFIX.length())))));
        g.add(Triple.create(day, NKG.articleCount.asNode(), Triples.integer(articles.size())));
        for (String a : articles) g.add(Triple.create(NodeFactory.createURI(a), NKG.day.asNode(), day));
        return g;
    }

    /** Every day key the store's articles fall on. */
    static Set<String> all(ArticleStore store) {
        Set<String> out = new TreeSet<>();
        Map<String, Optional<LocalDate>> dateOf = articleDates(store);
        dateOf.values().forEach(d -> out.add(key(d)));
        return out;
    }

    /** Every article graph of the store with its publication date, in one query. */
    private static Map<String, Optional<LocalDate>> articleDates(ArticleStore store) {
        return articleDates(DeriveQueries.template("article-dates"), store::select);
    }

    /** Every article graph {@code select} sees (a store, or one graph alone) with its publication date. */
    static Map<String, Optional<LocalDate>> articleDates(Query query, Function<Query, RowSet> select) {
        Map<String, Optional<LocalDate>> dateOf = new TreeMap<>();
        select.apply(query).forEachRemaining(b -> dateOf.merge(b.get("g").getURI(),
                Optional.ofNullable(b.get("p")).flatMap(n -> parse(n.getLiteralLexicalForm())), Days::min));
        return dateOf;
    }

    /** The day of a publication date or date-time literal; empty when it is neither. */
    static Optional<LocalDate> parse(String lexical) {
        try {
            return Optional.of(LocalDate.parse(lexical.length() >= 10 ? lexical.substring(0, 10) : lexical));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> min(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a.get().isBefore(b.get()) ? a : b;
    }
}
