package org.newskg.derive;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDF;
import org.newskg.vocab.NKG;

/**
 * Per store-wide agent and publication day, what the agent was credited with that day ({@code nkg:SpeakerDay}): the
 * attributions, their number and the number of articles. The explorer lists what a person said newest first by
 * sorting the person's days and reading the attributions of the newest only, and draws the articles per day from
 * the same nodes: a page costs the person's days and the page's rows, where sorting the person's attributions cost
 * every one of them (tens of thousands for the most quoted, minutes at 10,000 articles).
 */
final class SpeakerDays {
    private SpeakerDays() {}

    /** One agent's attributions and articles of one day. */
    private record Day(Set<String> attributions, Set<String> articles) {
        Day() { this(new TreeSet<>(), new TreeSet<>()); }
    }

    static void write(Graph g, BlockFacts f, Map<String, String> resolvesTo, Publications pubs) {
        Map<String, Map<String, Day>> days = new TreeMap<>();
        for (BlockFacts.ClaimUse c : f.claims()) {
            String agent = resolvesTo.getOrDefault(c.speaker(), c.speaker());
            Day d = days.computeIfAbsent(agent, k -> new TreeMap<>()).computeIfAbsent(Days.key(pubs.date(c.article())), k -> new Day());
            d.attributions().add(c.attribution());
            d.articles().add(c.article());
        }
        days.forEach((agent, byDay) -> byDay.forEach((key, d) -> {
            String node = DerivedIris.speakerDay(agent, key);
            Triples.add(g, agent, NKG.perDay, Triples.uri(node));
            Triples.add(g, node, RDF.type, NKG.SpeakerDay);
            Triples.add(g, node, NKG.agent, Triples.uri(agent));
            dateOf(key).ifPresent(date -> Triples.add(g, node, NKG.date, Triples.date(date)));
            Triples.add(g, node, NKG.attributionCount, Triples.integer(d.attributions().size()));
            Triples.add(g, node, NKG.articleCount, Triples.integer(d.articles().size()));
            for (String a : d.attributions()) Triples.add(g, node, NKG.lists, Triples.uri(a));
        }));
    }

    /** The date of a day key; none for the day of undated articles. */
    static Optional<LocalDate> dateOf(String dayKey) {
        return dayKey.equals(Days.UNDATED) ? Optional.empty() : Optional.of(LocalDate.parse(dayKey.substring(Days.PREFIX.length())));
    }
}
