package org.newskg.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.newskg.store.ArticleStore;
import org.newskg.vocab.NKG;

/**
 * The explorer's most-first lists, ranked once per load in the store summary: each outlet's speakers by their
 * attributions in it and each topic's by their claims about it ({@code nkg:speakerRank} on the coverage node), and
 * each party's members by the articles stating it ({@code nkg:memberRank} on the {@code nkg:PartyMembership}). The
 * summary graph repeats the ranked node's outlet, topic or party, so that a page reads the ranked nodes of one
 * outlet from that graph alone instead of every coverage node of the outlet (thousands: each speaker it ever quoted)
 * and sorting them. Only the first {@value #PER_LIST} of each list are ranked, the pages an analyst reads; like the
 * rest of the summary they are computed from the blocks' summary nodes, one row per node.
 */
final class RankedLists {
    /** Ranked entries per outlet, topic and party: fifteen pages of twenty, ten of thirty. */
    static final int PER_LIST = 300;

    private RankedLists() {}

    private record Entry(String node, String agent, long count) {}

    static void write(ArticleStore store, Graph summary) {
        Map<String, List<Entry>> outlets = new TreeMap<>(), topics = new TreeMap<>(), parties = new TreeMap<>();
        // The outlet coverage query is the one StoreSummary ranks the top twenty by; the nodes are read again here
        // rather than shared, so that the two summaries stay apart.
        DeriveQueries.select(store, "outlet-coverage").forEachRemaining(b ->
                outlets.computeIfAbsent(b.get("o").getURI(), k -> new ArrayList<>()).add(entry(b.get("c"), b.get("a"), b.get("n"))));
        DeriveQueries.select(store, "topic-coverage-nodes").forEachRemaining(b ->
                topics.computeIfAbsent(b.get("t").getURI(), k -> new ArrayList<>()).add(entry(b.get("c"), b.get("a"), b.get("n"))));
        DeriveQueries.select(store, "party-memberships").forEachRemaining(b ->
                parties.computeIfAbsent(b.get("party").getURI(), k -> new ArrayList<>()).add(entry(b.get("c"), b.get("a"), b.get("n"))));
        rank(summary, outlets, NKG.outlet, NKG.speakerRank);
        rank(summary, topics, NKG.topic, NKG.speakerRank);
        rank(summary, parties, NKG.party, NKG.memberRank);
    }

    private static Entry entry(Node node, Node agent, Node count) {
        return new Entry(node.getURI(), agent.getURI(), Long.parseLong(count.getLiteralLexicalForm()));
    }

    /** Most first, ties by agent IRI; the owner link beside the rank. */
    private static void rank(Graph g, Map<String, List<Entry>> lists, Property owner, Property rank) {
        lists.forEach((of, entries) -> {
            entries.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::agent));
            for (int i = 0; i < Math.min(PER_LIST, entries.size()); i++) {
                Triples.add(g, entries.get(i).node(), owner, Triples.uri(of));
                Triples.add(g, entries.get(i).node(), rank, Triples.integer(i + 1));
            }
        });
    }
}
