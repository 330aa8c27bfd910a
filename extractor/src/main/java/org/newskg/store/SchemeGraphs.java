package org.newskg.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.newskg.extract.Schemes;

/**
 * The ontology, the topic scheme and the party scheme, each in a graph of its own in the store, so that
 * analysts can browse topics and parties and queries can show their labels.
 */
public final class SchemeGraphs {
    private SchemeGraphs() {}

    public static final String BASE = "https://w3id.org/newskg/graph/";

    public static Map<String, Graph> bundled() {
        Map<String, Graph> m = new LinkedHashMap<>();
        m.put(BASE + "ontology", Schemes.bundledGraph("/newskg/ontology/newskg.ttl"));
        m.put(BASE + "topics", Schemes.bundledGraph(Schemes.TOPICS));
        m.put(BASE + "parties", Schemes.bundledGraph(Schemes.PARTIES));
        return m;
    }

    public static void install(ArticleStore store) {
        bundled().forEach(store::replaceGraph);
    }
}
