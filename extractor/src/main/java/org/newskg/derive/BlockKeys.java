package org.newskg.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.RowSet;
import org.newskg.store.ArticleStore;
import org.newskg.vocab.NKG;

/**
 * The keys the layer is derived under: a person's surname block or an organization's key (the article graphs'
 * {@code nkg:resolutionKey}), and an article's publication day ({@link Days}). A block's graphs are a function of
 * the articles that name its key, so a load refreshes only the keys its articles touch.
 */
final class BlockKeys {
    /** Keys per store query or write: one VALUES table or transaction per batch rather than one per key. */
    static final int BATCH = 400;

    private BlockKeys() {}

    /** The keys an article graph touches, its publication day included. */
    static Set<String> of(Graph articleGraph) {
        Set<String> out = new TreeSet<>();
        articleGraph.find(Node.ANY, NKG.resolutionKey.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        articleGraph.find(Node.ANY, NKG.articleId.asNode(), Node.ANY).forEachRemaining(t -> out.add(Days.keyOf(articleGraph, t.getSubject().getURI())));
        return out;
    }

    /** The keys an article already in the store touches (before it is replaced or removed), its day included. */
    static Set<String> inStore(ArticleStore store, String articleGraphIri) {
        RowSet rs = DeriveQueries.select(store, "block-keys-of-article", "article", Triples.uri(articleGraphIri));
        Set<String> out = new TreeSet<>();
        Optional<LocalDate> day = Optional.empty();
        boolean article = false;
        while (rs.hasNext()) {
            var b = rs.next();
            if (b.contains("k")) out.add(b.get("k").getLiteralLexicalForm());
            else {
                article = true;
                Optional<LocalDate> d = Optional.ofNullable(b.get("p")).flatMap(n -> Days.parse(n.getLiteralLexicalForm()));
                if (d.isPresent() && (day.isEmpty() || d.get().isBefore(day.get()))) day = d;
            }
        }
        if (article) out.add(Days.key(day));
        return out;
    }

    /** Every key of the store: the blocks its articles name and the days they fall on. */
    static Set<String> all(ArticleStore store) {
        Set<String> keys = new TreeSet<>();
        DeriveQueries.select(store, "resolution-keys").forEachRemaining(b -> keys.add(b.get("k").getLiteralLexicalForm()));
        keys.addAll(Days.all(store));
        return keys;
    }

    /** The keys in code-point order, in batches of {@value #BATCH}: one store query or write per batch. */
    static List<List<String>> batches(Collection<String> keys) {
        List<String> all = new ArrayList<>(new TreeSet<>(keys));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        return out;
    }
}
