package org.newskg.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDF;
import org.newskg.vocab.NKG;

/**
 * The counts a block's graph carries, so that analysts' queries read one node instead of aggregating over every
 * article: per speaker or utterance its articles, outlets and first and last day; per speaker and outlet its
 * attributions ({@code nkg:OutletCoverage}); per speaker and topic its claims ({@code nkg:TopicCoverage}).
 */
final class Summaries {
    private Summaries() {}

    /** Articles, outlets, first and last day of a speaker's or an utterance's articles. */
    static void articles(Graph g, String s, Set<String> articles, Publications pubs) {
        Triples.add(g, s, NKG.articleCount, Triples.integer(articles.size()));
        Triples.add(g, s, NKG.outletCount, Triples.integer(pubs.outlets(articles).size()));
        var dates = pubs.dates(articles);
        if (!dates.isEmpty()) {
            Triples.add(g, s, NKG.firstSeen, Triples.date(dates.first()));
            Triples.add(g, s, NKG.lastSeen, Triples.date(dates.last()));
        }
    }

    /**
     * Per speaker, the attributions in all, and per outlet that printed them the attributions, articles and last
     * date ({@code nkg:OutletCoverage}): "who does each outlet quote most" without counting attributions.
     */
    static void attributions(Graph g, BlockFacts f, Map<String, String> resolvesTo, Publications pubs) {
        Map<String, Integer> total = new TreeMap<>();
        Map<String, Map<String, List<BlockFacts.ClaimUse>>> byOutlet = new TreeMap<>();
        for (BlockFacts.ClaimUse c : f.claims()) {
            String speaker = resolvesTo.getOrDefault(c.speaker(), c.speaker());
            total.merge(speaker, 1, Integer::sum);
            pubs.outlet(c.article()).ifPresent(outlet ->
                    byOutlet.computeIfAbsent(speaker, k -> new TreeMap<>()).computeIfAbsent(outlet, k -> new ArrayList<>()).add(c));
        }
        total.forEach((speaker, n) -> Triples.add(g, speaker, NKG.attributionCount, Triples.integer(n)));
        byOutlet.forEach((speaker, outlets) -> outlets.forEach((outlet, uses) -> {
            String node = DerivedIris.outletCoverage(speaker, outlet);
            Triples.add(g, node, RDF.type, NKG.OutletCoverage);
            Triples.add(g, node, NKG.agent, Triples.uri(speaker));
            Triples.add(g, node, NKG.outlet, Triples.uri(outlet));
            Triples.add(g, node, NKG.attributionCount, Triples.integer(uses.size()));
            Set<String> articles = new TreeSet<>();
            for (BlockFacts.ClaimUse c : uses) articles.add(c.article());
            Triples.add(g, node, NKG.articleCount, Triples.integer(articles.size()));
            articles.stream().flatMap(a -> pubs.date(a).stream()).max(Comparator.naturalOrder())
                    .ifPresent(d -> Triples.add(g, node, NKG.lastSeen, Triples.date(d)));
        }));
    }

    /** Per speaker and topic, the distinct claims about it ({@code nkg:TopicCoverage}). */
    static void topics(Graph g, BlockFacts f, Map<String, String> resolvesTo) {
        Map<String, Map<String, Set<String>>> claims = new TreeMap<>();
        for (BlockFacts.TopicUse t : f.topics()) {
            claims.computeIfAbsent(resolvesTo.getOrDefault(t.speaker(), t.speaker()), k -> new TreeMap<>())
                    .computeIfAbsent(t.topic(), k -> new TreeSet<>()).add(t.claim());
        }
        claims.forEach((speaker, byTopic) -> byTopic.forEach((topic, cs) -> {
            String node = DerivedIris.topicCoverage(speaker, topic);
            Triples.add(g, node, RDF.type, NKG.TopicCoverage);
            Triples.add(g, node, NKG.agent, Triples.uri(speaker));
            Triples.add(g, node, NKG.topic, Triples.uri(topic));
            Triples.add(g, node, NKG.claimCount, Triples.integer(cs.size()));
        }));
    }
}
