package org.newskg.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newskg.store.ArticleStore;
import org.newskg.vocab.NKG;

/**
 * Per publication day, each outlet's articles ({@code nkg:OutletDay}) and each topic's claims ({@code nkg:TopicDay})
 * of that day, in the day's graph. Like the day itself they are a function of the day's articles, so they are
 * refreshed with it. An outlet's or a topic's page lists newest first by sorting the node's days and reading the
 * items of the newest only: walking the store's days and looking into every article of each (what the explorer did)
 * read hundreds of articles of other outlets per page, and sorting an outlet's articles read all of them.
 */
final class DayLists {
    private DayLists() {}

    /** Adds the lists to each non-empty day graph (graph IRI to graph), reading the outlets and topics of their articles. */
    static void write(ArticleStore store, Map<String, Graph> dayGraphs) {
        Map<String, String> dayOf = new TreeMap<>();
        dayGraphs.forEach((graph, g) -> g.find(Node.ANY, NKG.day.asNode(), Node.ANY)
                .forEachRemaining(t -> dayOf.put(t.getSubject().getURI(), graph)));
        if (dayOf.isEmpty()) return;
        // day graph → outlet or topic → items
        Map<String, Map<String, Set<String>>> outlets = new TreeMap<>(), topics = new TreeMap<>();
        for (List<String> batch : BlockKeys.batches(dayOf.keySet())) {
            DeriveQueries.selectValues(store, "article-outlets", "g", DeriveQueries.iris(batch)).forEachRemaining(b -> {
                String art = b.get("g").getURI();
                outlets.computeIfAbsent(dayOf.get(art), k -> new TreeMap<>()).computeIfAbsent(b.get("o").getURI(), k -> new TreeSet<>()).add(art);
            });
            DeriveQueries.selectValues(store, "article-topic-claims", "g", DeriveQueries.iris(batch)).forEachRemaining(b ->
                    topics.computeIfAbsent(dayOf.get(b.get("g").getURI()), k -> new TreeMap<>())
                            .computeIfAbsent(b.get("t").getURI(), k -> new TreeSet<>()).add(b.get("c").getURI()));
        }
        for (String graph : new ArrayList<>(new TreeSet<>(dayOf.values())))
            write(dayGraphs.get(graph), DerivedIris.blockOf(graph), outlets.getOrDefault(graph, Map.of()), topics.getOrDefault(graph, Map.of()));
    }

    /** Adds a day's lists to its graph: each outlet's articles and each topic's claims of that day. */
    static void write(Graph g, String key, Map<String, Set<String>> outlets, Map<String, Set<String>> topics) {
        outlets.forEach((outlet, arts) -> add(g, outlet, DerivedIris.outletDay(outlet, key), key, NKG.OutletDay, NKG.outlet, NKG.articleCount, arts));
        topics.forEach((topic, claims) -> add(g, topic, DerivedIris.topicDay(topic, key), key, NKG.TopicDay, NKG.topic, NKG.claimCount, claims));
    }

    private static void add(Graph g, String owner, String node, String key, Resource type, Property ownerLink, Property count, Set<String> items) {
        Triples.add(g, owner, NKG.perDay, Triples.uri(node));
        Triples.add(g, node, RDF.type, type);
        Triples.add(g, node, ownerLink, Triples.uri(owner));
        SpeakerDays.dateOf(key).ifPresent(date -> Triples.add(g, node, NKG.date, Triples.date(date)));
        Triples.add(g, node, count, Triples.integer(items.size()));
        for (String item : items) g.add(Triple.create(Triples.uri(node), NKG.lists.asNode(), Triples.uri(item)));
    }
}
