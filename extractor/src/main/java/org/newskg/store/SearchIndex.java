package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newskg.vocab.NKG;

/**
 * The store's full-text index (jena-text over Lucene): claim texts ({@code nkg:text}, field {@code text}) and
 * names ({@code skos:prefLabel}, {@code skos:altLabel}, {@code nkg:nameInArticle}, field {@code name}), one
 * Lucene document per quad.
 * <p>
 * Each document carries its graph, and a uid hashed from graph, subject, field and value: a claim that two
 * articles carry is two documents, and replacing or pruning one article deletes only its own. Without the uid
 * jena-text cannot delete at all.
 */
public final class SearchIndex {
    /** The index folder inside the store's folder, so that a store stays one folder. */
    public static final String FOLDER = "text-index";
    public static final String TEXT_FIELD = "text";
    public static final String NAME_FIELD = "name";
    /** Announced for the article graphs (the name as the article prints it); indexed already so no rebuild is needed then. */
    public static final Node NAME_IN_ARTICLE = NodeFactory.createURI(NKG.NS + "nameInArticle");

    private SearchIndex() {}

    /** How entities map to Lucene documents; the field names are what {@code text:query} property lists resolve to. */
    public static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", TEXT_FIELD, "graph", NKG.text.asNode());
        def.setUidField("uid");
        def.set(NAME_FIELD, SKOS.prefLabel.asNode());
        def.set(NAME_FIELD, SKOS.altLabel.asNode());
        def.set(NAME_FIELD, NAME_IN_ARTICLE);
        // Claims are English prose: stemming lets "tariff" find "tariffs". Names keep the standard analyzer,
        // which only splits and lowercases, so that a surname is never stemmed into another one.
        def.setAnalyzer(TEXT_FIELD, new EnglishAnalyzer());
        return def;
    }

    static TextIndexLucene open(Path storeDir) {
        try {
            return open(FSDirectory.open(storeDir.resolve(FOLDER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + storeDir.resolve(FOLDER), e);
        }
    }

    static TextIndexLucene inMemory() { return open(new ByteBuffersDirectory()); }

    private static TextIndexLucene open(Directory dir) {
        TextIndexConfig config = new TextIndexConfig(definition());
        return (TextIndexLucene) TextDatasetFactory.createLuceneIndex(dir, config);
    }

    /**
     * The dataset to read and write through: every add and delete inside its transactions reaches the index,
     * and the index commits as a component of the TDB2 transaction.
     */
    static DatasetGraph wrap(DatasetGraph tdb, TextIndexLucene index) {
        return TextDatasetFactory.create(tdb, index, true);
    }

    /** The predicates whose literals are indexed. */
    public static Set<Node> predicates() {
        EntityDefinition def = definition();
        Set<Node> out = new LinkedHashSet<>();
        for (String f : def.fields()) out.addAll(def.getPredicates(f));
        return out;
    }

    /** Quads in {@code tdb} that the index should hold, one document each. Reads {@code tdb} in its own transaction. */
    static long expectedDocuments(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> {
            long n = 0;
            for (Node p : predicates()) {
                Iterator<Quad> it = tdb.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) if (it.next().getObject().isLiteral()) n++;
            }
            return n;
        });
    }

    static long documents(TextIndexLucene index) {
        return index.getIndexWriter().getDocStats().numDocs;
    }

    /**
     * True if the index holds one document per indexed quad. A store made before the index existed has none; an
     * index can also lag when the process died between the TDB2 commit and the Lucene commit (TDB2 replays its
     * journal, Lucene drops the prepared commit), or when the bulk loader wrote TDB2 directly.
     */
    static boolean inStep(DatasetGraph tdb, TextIndexLucene index) {
        return documents(index) == expectedDocuments(tdb);
    }

    /**
     * Builds the index again from the store, as Jena's {@code textindexer} does, after dropping what it held.
     * Reads {@code tdb} (the TDB2 dataset itself, not the text dataset) in one read transaction; nothing may
     * write the store meanwhile. Returns the number of documents.
     */
    static long rebuild(DatasetGraph tdb, TextIndexLucene index) {
        EntityDefinition def = index.getDocDef();
        try {
            index.getIndexWriter().deleteAll();
            long n = Txn.calculateRead(tdb, () -> {
                long added = 0;
                for (Node p : predicates()) {
                    Iterator<Quad> it = tdb.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Quad q = it.next();
                        if (!q.getObject().isLiteral()) continue;
                        // The default graph has no name; jena-text files its quads under this one (JENA-1133).
                        Node g = Quad.isDefaultGraph(q.getGraph()) ? Quad.defaultGraphNodeGenerated : q.getGraph();
                        Entity e = TextQueryFuncs.entityFromQuad(def, g, q.getSubject(), q.getPredicate(), q.getObject());
                        if (e != null) {
                            index.addEntity(e);
                            added++;
                        }
                    }
                }
                return added;
            });
            index.commit();
            return n;
        } catch (IOException | RuntimeException e) {
            index.rollback();
            throw new StoreException("rebuilding the text index failed: " + e.getMessage(), e);
        }
    }
}
