package org.newskg.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.newskg.resolve.Names;
import org.newskg.store.ArticleStore;

/**
 * Reads the {@link BlockFacts} of a batch of blocks from the store: four queries for the agents, claims, topics and
 * party memberships of all of them, and two for the co-mentions of the blocks that have surname-only persons to
 * resolve. The facts are sorted, so what a block derives never depends on the order the store returns rows in.
 */
final class FactReader {
    private FactReader() {}

    /** The facts of each of these blocks; a block that no article names gets empty facts. */
    static Map<String, BlockFacts> read(ArticleStore store, List<String> blocks) {
        List<Node> keys = DeriveQueries.literals(blocks);
        Map<String, List<BlockFacts.AgentUse>> agents = new TreeMap<>();
        Map<String, List<BlockFacts.ClaimUse>> claims = new TreeMap<>();
        Map<String, List<BlockFacts.TopicUse>> topics = new TreeMap<>();
        DeriveQueries.selectValues(store, "agent-uses", "k", keys)
                .forEachRemaining(b -> agents.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new BlockFacts.AgentUse(
                        b.get("p").getURI(), b.get("g").getURI(),
                        Optional.ofNullable(b.get("name")).map(Node::getLiteralLexicalForm),
                        Optional.ofNullable(b.get("outlet")).map(Node::getURI),
                        Optional.ofNullable(b.get("date")).flatMap(n -> Days.parse(n.getLiteralLexicalForm())))));
        DeriveQueries.selectValues(store, "claim-uses", "k", keys)
                .forEachRemaining(b -> claims.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new BlockFacts.ClaimUse(
                        b.get("c").getURI(), b.get("s").getURI(), b.get("g").getURI(), b.get("t").getLiteralLexicalForm(),
                        "true".equals(b.get("d").getLiteralLexicalForm()), b.get("a").getURI(),
                        Integer.parseInt(b.get("st").getLiteralLexicalForm()), pieces(b.get("pieces")))));
        DeriveQueries.selectValues(store, "topic-uses", "k", keys)
                .forEachRemaining(b -> topics.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>())
                        .add(new BlockFacts.TopicUse(b.get("s").getURI(), b.get("c").getURI(), b.get("t").getURI())));
        Map<String, List<BlockFacts.MembershipUse>> memberships = new TreeMap<>();
        DeriveQueries.selectValues(store, "membership-uses", "k", keys)
                .forEachRemaining(b -> memberships.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new BlockFacts.MembershipUse(
                        b.get("p").getURI(), b.get("g").getURI(), b.get("party").getURI(), b.get("ev").getURI())));
        Map<String, List<BlockFacts.AgentUse>> sortedAgents = new HashMap<>();
        for (String b : blocks) {
            List<BlockFacts.AgentUse> a = new ArrayList<>(agents.getOrDefault(b, List.of()));
            a.sort(Comparator.comparing(BlockFacts.AgentUse::node).thenComparing(BlockFacts.AgentUse::article));
            sortedAgents.put(b, a);
        }
        Map<String, BlockFacts.CoMentions> coMentions = coMentions(store, sortedAgents);
        Map<String, BlockFacts> out = new HashMap<>();
        for (String b : blocks) {
            List<BlockFacts.ClaimUse> c = new ArrayList<>(claims.getOrDefault(b, List.of()));
            c.sort(Comparator.comparing(BlockFacts.ClaimUse::claim).thenComparing(BlockFacts.ClaimUse::article).thenComparing(BlockFacts.ClaimUse::attribution));
            List<BlockFacts.TopicUse> tu = new ArrayList<>(topics.getOrDefault(b, List.of()));
            tu.sort(Comparator.comparing(BlockFacts.TopicUse::speaker).thenComparing(BlockFacts.TopicUse::claim).thenComparing(BlockFacts.TopicUse::topic));
            List<BlockFacts.MembershipUse> mu = new ArrayList<>(memberships.getOrDefault(b, List.of()));
            mu.sort(Comparator.comparing(BlockFacts.MembershipUse::evidence).thenComparing(BlockFacts.MembershipUse::party));
            out.put(b, new BlockFacts(b, sortedAgents.get(b), c, tu, coMentions.getOrDefault(b, BlockFacts.CoMentions.NONE), mu));
        }
        return out;
    }

    /**
     * The co-mentions of the blocks that have both surname-only persons and full-name candidates. The persons named
     * beside a candidate are read once, in one query over its articles, for all the batch's candidates: asked per
     * mention, the store scanned a candidate's articles again for every "Trump said", which grew with the square of
     * the store (100,000 articles did not finish).
     */
    private static Map<String, BlockFacts.CoMentions> coMentions(ArticleStore store, Map<String, List<BlockFacts.AgentUse>> agents) {
        Map<String, Set<String>> articlesOf = new TreeMap<>(), candidatesOf = new TreeMap<>();
        for (var e : agents.entrySet()) {
            Set<String> articles = new TreeSet<>(), candidates = new TreeSet<>();
            for (BlockFacts.AgentUse u : e.getValue()) {
                if (!u.person()) continue;
                if (u.local()) articles.add(u.article());
                else candidates.add(u.node());
            }
            if (articles.isEmpty() || candidates.isEmpty()) continue;
            articlesOf.put(e.getKey(), articles);
            candidatesOf.put(e.getKey(), candidates);
        }
        if (articlesOf.isEmpty()) return Map.of();
        Map<String, Set<String>> personsIn = new HashMap<>();
        Set<String> allArticles = new TreeSet<>(), allCandidates = new TreeSet<>();
        articlesOf.values().forEach(allArticles::addAll);
        candidatesOf.values().forEach(allCandidates::addAll);
        for (List<String> batch : BlockKeys.batches(allArticles)) {
            DeriveQueries.selectValues(store, "persons-in-articles", "g", DeriveQueries.iris(batch)).forEachRemaining(b -> {
                String q = b.get("q").getURI();
                if (!Names.isArticleLocal(q)) personsIn.computeIfAbsent(b.get("g").getURI(), k -> new TreeSet<>()).add(q);
            });
        }
        Map<String, Map<String, BlockFacts.Seen>> beside = new HashMap<>();
        for (List<String> batch : BlockKeys.batches(allCandidates)) {
            DeriveQueries.selectValues(store, "persons-beside", "c", DeriveQueries.iris(batch)).forEachRemaining(b -> {
                String c = b.get("c").getURI(), q = b.get("q").getURI();
                if (Names.isArticleLocal(q) || q.equals(c)) return;
                beside.computeIfAbsent(c, k -> new HashMap<>())
                        .merge(q, new BlockFacts.Seen(1, b.get("g").getURI()), (x, y) -> new BlockFacts.Seen(x.articles() + 1, x.one()));
            });
        }
        Map<String, BlockFacts.CoMentions> out = new HashMap<>();
        articlesOf.forEach((block, articles) -> {
            Map<String, Set<String>> in = new HashMap<>();
            for (String a : articles) in.put(a, personsIn.getOrDefault(a, Set.of()));
            Map<String, Map<String, BlockFacts.Seen>> by = new HashMap<>();
            for (String c : candidatesOf.get(block)) by.put(c, beside.getOrDefault(c, Map.of()));
            out.put(block, new BlockFacts.CoMentions(in, by));
        });
        return out;
    }

    /** The pieces of a claim-uses row ("start:end" separated by spaces, in any order), in article order. */
    private static List<BlockFacts.Span> pieces(Node concatenated) {
        if (concatenated == null || concatenated.getLiteralLexicalForm().isBlank()) return List.of();
        List<BlockFacts.Span> out = new ArrayList<>();
        for (String span : concatenated.getLiteralLexicalForm().trim().split(" ")) {
            int colon = span.indexOf(':');
            out.add(new BlockFacts.Span(Integer.parseInt(span.substring(0, colon)), Integer.parseInt(span.substring(colon + 1))));
        }
        out.sort(Comparator.comparingInt(BlockFacts.Span::start).thenComparingInt(BlockFacts.Span::end));
        return out;
    }
}
