package org.newskg.derive;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.vocab.NKG;

/**
 * One block's derived graph from its facts, and nothing else: who each agent node is store-wide
 * ({@link PersonResolution}), each person's labels ({@link Labels}), the speakers' claims, utterances and parts
 * ({@link Utterances}), the counts per outlet and topic ({@link Summaries}), and what the explorer's lists read
 * ({@link ExplorerSummaries}). A pure function: the same facts give
 * the same graph whatever reads them, so a block can be derived wherever its facts were gathered.
 */
public final class BlockDerivation {
    private BlockDerivation() {}

    /** A block's graph and what went into it. */
    public record BlockGraph(Graph graph, int utterances, int resolved) {}

    public static BlockGraph derive(BlockFacts f) {
        Graph g = GraphFactory.createDefaultGraph();
        if (f.agents().isEmpty()) return new BlockGraph(g, 0, 0);
        Map<String, String> to = PersonResolution.resolve(f);
        int resolved = 0;
        for (var e : to.entrySet()) {
            Triples.add(g, e.getKey(), NKG.resolvesTo, Triples.uri(e.getValue()));
            if (!e.getKey().equals(e.getValue())) resolved++;
        }
        Publications pubs = Publications.of(f);
        Labels.write(g, f, to);
        int utterances = Utterances.write(g, f, to, pubs);
        Summaries.attributions(g, f, to, pubs);
        Summaries.topics(g, f, to);
        ExplorerSummaries.block(g, f, to, pubs);
        return new BlockGraph(g, utterances, resolved);
    }
}
