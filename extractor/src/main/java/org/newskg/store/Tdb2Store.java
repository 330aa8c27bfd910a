package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.newskg.rdf.GraphMapper.ArticleGraph;

/**
 * The embedded TDB2 store. Its default graph is the union of the article graphs, so analysts query it without
 * GRAPH clauses; every change is one write transaction, which TDB2 makes durable and all-or-nothing.
 */
public final class Tdb2Store implements ArticleStore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Tdb2Store.class);
    private final DatasetGraph tdb;
    private final TextIndexLucene index;
    /** The text dataset over {@link #tdb}: every read and write goes through it, so the index follows each change. */
    private final DatasetGraph dsg;
    private final String where;
    private final boolean rebuiltOnOpen;

    private Tdb2Store(DatasetGraph tdb, TextIndexLucene index, String where, boolean rebuiltOnOpen) {
        this.tdb = tdb;
        this.index = index;
        this.where = where;
        this.rebuiltOnOpen = rebuiltOnOpen;
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dsg = SearchIndex.wrap(tdb, index);
    }

    /**
     * Opens (or creates) the store in {@code dir}: TDB2 in the folder, its text index in {@code dir/text-index}.
     * An index that does not hold one document per indexed quad (a store made before the index, or a process
     * killed between the two commits) is built again here; {@link #indexRebuilt()} tells.
     */
    public static Tdb2Store open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        TextIndexLucene index = null;
        try {
            index = SearchIndex.open(dir);
            boolean stale = !SearchIndex.inStep(tdb, index);
            if (stale) {
                long t0 = System.nanoTime();
                long docs = SearchIndex.rebuild(tdb, index);
                LOG.info("{}: built the text index again ({} documents, {} s): it was missing or behind the store", dir, docs,
                        String.format("%.1f", (System.nanoTime() - t0) / 1e9));
            }
            return new Tdb2Store(tdb, index, dir.toString(), stale);
        } catch (RuntimeException e) {
            if (index != null) index.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
            throw e;
        }
    }

    /** A store in memory, for queries over files and for tests that need no disk. */
    public static Tdb2Store inMemory() {
        return new Tdb2Store(DatabaseMgr.createDatasetGraph(), SearchIndex.inMemory(), "memory", false);
    }

    /** True if {@link #open} found the text index behind the store and built it again. */
    public boolean indexRebuilt() { return rebuiltOnOpen; }

    /** The dataset, with its union default graph and its text index, for Fuseki and for queries. */
    public DatasetGraph dataset() { return dsg; }

    /**
     * The TDB2 dataset under the text index, for Jena's bulk loader, which needs TDB2 itself. Writing here
     * leaves the index behind: call {@link #rebuildIndex()} after.
     */
    public DatasetGraph tdb() { return tdb; }

    /** Builds the text index again from the store; returns the number of documents. */
    public long rebuildIndex() { return SearchIndex.rebuild(tdb, index); }

    @Override
    public void replace(ArticleGraph g, LoadRecord record) {
        Node name = NodeFactory.createURI(g.graphIri());
        Txn.executeWrite(dsg, () -> {
            put(name, g.graph());
            Node rec = LoadRecords.node(record.articleId());
            dsg.deleteAny(LoadRecords.META, rec, Node.ANY, Node.ANY);
            LoadRecords.of(record).find().forEachRemaining(t -> dsg.add(new Quad(LoadRecords.META, t)));
        });
    }

    @Override
    public void replaceGraph(String graphIri, org.apache.jena.graph.Graph graph) {
        Node name = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> put(name, graph));
    }

    @Override
    public void replaceGraphs(Map<String, org.apache.jena.graph.Graph> graphs) {
        Txn.executeWrite(dsg, () -> graphs.forEach((iri, g) -> put(NodeFactory.createURI(iri), g)));
    }

    /**
     * Inside a write transaction: the named graph becomes exactly {@code graph}. Only the difference is written. A
     * busy speaker's derived graph holds hundreds of thousands of triples, of which a load of new articles changes
     * a few, and deleting and adding every one of them again in six indexes cost more than deriving it did.
     * Deletions go first: a term TDB2 stores by value ("01" as the integer 1) comes back in its canonical form and
     * may be removed and added again as the same stored quad.
     */
    private void put(Node name, org.apache.jena.graph.Graph graph) {
        List<Triple> gone = new ArrayList<>();
        Set<Triple> kept = new HashSet<>();
        dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            if (graph.contains(t)) kept.add(t);
            else gone.add(t);
        });
        for (Triple t : gone) dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject());
        graph.find().forEachRemaining(t -> {
            if (!kept.contains(t)) dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    @Override
    public boolean remove(String articleId) {
        Node name = NodeFactory.createURI(org.newskg.rdf.Iris.article(articleId));
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.containsGraph(name) && dsg.find(name, Node.ANY, Node.ANY, Node.ANY).hasNext();
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(LoadRecords.META, LoadRecords.node(articleId), Node.ANY, Node.ANY);
            return had;
        });
    }

    @Override
    public Map<String, LoadRecord> records() {
        return Txn.calculateRead(dsg, () -> LoadRecords.read(dsg.getGraph(LoadRecords.META)));
    }

    @Override
    public org.apache.jena.sparql.exec.RowSet select(org.apache.jena.query.Query query) {
        return Txn.calculateRead(dsg, () -> {
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(query).build()) {
                return Rows.detach(qe.select());
            }
        });
    }

    @Override
    public String describe() { return "TDB2 " + where; }

    @Override
    public void close() {
        index.close();
        if (!where.equals("memory")) org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
    }
}
