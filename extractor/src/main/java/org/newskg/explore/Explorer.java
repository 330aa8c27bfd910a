package org.newskg.explore;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graph explorer, mounted on a Fuseki server beside its UI: {@code /} is the explorer's home, Fuseki's UI stays
 * at {@code /#/...} (and {@code /index.html}), and the graph's IRI paths answer as Linked Data.
 */
public final class Explorer {
    private Explorer() {}

    /** Adds the explorer's servlet at {@link ExplorerServlet#PATHS}, reading {@code dataset} (served as {@code name}). */
    public static FusekiServer.Builder mount(FusekiServer.Builder server, DatasetGraph dataset, String name) {
        ExplorerServlet servlet = new ExplorerServlet(new ExplorerPages(new ExploreQueries(dataset), name), name);
        for (String path : ExplorerServlet.PATHS) server.addServlet(path, servlet);
        return server;
    }
}
