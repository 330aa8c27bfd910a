package org.newskg.store;

import java.util.Map;
import java.util.Optional;

import org.newskg.rdf.GraphMapper.ArticleGraph;

/**
 * Where article graphs go. Each write replaces one article's named graph and its load record atomically, so a
 * reader sees the article before or after, never half, and loading the same article twice changes nothing.
 */
public interface ArticleStore extends AutoCloseable {

    /** What the store knows of a loaded article: its content hash and the extractor version that made it. */
    record LoadRecord(String articleId, String contentHash, String extractorVersion) {}

    void replace(ArticleGraph graph, LoadRecord record);

    /** Replaces a graph that is not an article's, such as the ontology and the schemes that analysts browse. */
    void replaceGraph(String graphIri, org.apache.jena.graph.Graph graph);

    /**
     * Replaces several non-article graphs; a store that can do it in one transaction should, because a derived
     * layer of thousands of small graphs written one commit each spends its time in commits.
     */
    default void replaceGraphs(Map<String, org.apache.jena.graph.Graph> graphs) {
        graphs.forEach(this::replaceGraph);
    }

    /** Removes the article's graph and record; false if it was not there. */
    boolean remove(String articleId);

    Map<String, LoadRecord> records();

    /** Runs a SELECT over the union of all graphs; results are fully read before the call returns. */
    org.apache.jena.sparql.exec.RowSet select(org.apache.jena.query.Query query);

    default Optional<LoadRecord> record(String articleId) { return Optional.ofNullable(records().get(articleId)); }

    /** Triples per named graph, through the store's own query path: what two loads wrote, comparable graph for graph. */
    default Map<String, Long> graphSizes() {
        org.apache.jena.sparql.exec.RowSet rs = select(org.apache.jena.query.QueryFactory.create(
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"));
        Map<String, Long> out = new java.util.TreeMap<>();
        rs.forEachRemaining(b -> out.put(b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue()));
        return out;
    }

    /** A short name for messages: the directory or the URL. */
    String describe();

    @Override
    void close();
}
