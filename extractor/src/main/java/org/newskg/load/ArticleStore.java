package org.newskg.load;

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

    /** Removes the article's graph and record; false if it was not there. */
    boolean remove(String articleId);

    Map<String, LoadRecord> records();

    /** Runs a SELECT over the union of all graphs; results are fully read before the call returns. */
    org.apache.jena.sparql.exec.RowSet select(org.apache.jena.query.Query query);

    default Optional<LoadRecord> record(String articleId) { return Optional.ofNullable(records().get(articleId)); }

    /** A short name for messages: the directory or the URL. */
    String describe();

    @Override
    void close();
}
