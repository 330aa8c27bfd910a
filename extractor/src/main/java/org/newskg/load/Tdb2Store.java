package org.newskg.load;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.file.Location;
import org.newskg.rdf.GraphMapper.ArticleGraph;

/**
 * The embedded TDB2 store. Its default graph is the union of the article graphs, so analysts query it without
 * GRAPH clauses; every change is one write transaction, which TDB2 makes durable and all-or-nothing.
 */
public final class Tdb2Store implements ArticleStore {
    private final DatasetGraph dsg;
    private final String where;

    private Tdb2Store(DatasetGraph dsg, String where) {
        this.dsg = dsg;
        this.where = where;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the store in {@code dir}. */
    public static Tdb2Store open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return new Tdb2Store(DatabaseMgr.connectDatasetGraph(Location.create(dir)), dir.toString());
    }

    /** A store in memory, for queries over files and for tests that need no disk. */
    public static Tdb2Store inMemory() {
        return new Tdb2Store(DatabaseMgr.createDatasetGraph(), "memory");
    }

    /** The dataset, with its union default graph, for Fuseki and for queries. */
    public DatasetGraph dataset() { return dsg; }

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

    /** Inside a write transaction: the named graph becomes exactly {@code graph}. */
    private void put(Node name, org.apache.jena.graph.Graph graph) {
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
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
                return org.newskg.query.QueryRunner.detach(qe.select());
            }
        });
    }

    @Override
    public String describe() { return "TDB2 " + where; }

    @Override
    public void close() {
        if (!where.equals("memory")) org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
