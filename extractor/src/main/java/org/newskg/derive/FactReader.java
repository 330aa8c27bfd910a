package org.newskg.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;
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
        Uses uses = uses(store::select, blocks);
        Map<String, List<BlockFacts.AgentUse>> sortedAgents = new HashMap<>();
        for (String b : blocks) sortedAgents.put(b, sortedAgents(uses.agents().getOrDefault(b, List.of())));
        Map<String, BlockFacts.CoMentions> coMentions = coMentions(store, sortedAgents);
        Map<String, BlockFacts> out = new HashMap<>();
        for (String b : blocks) {
            out.put(b, facts(b, sortedAgents.get(b), uses.claims().getOrDefault(b, List.of()), uses.topics().getOrDefault(b, List.of()),
                    coMentions.getOrDefault(b, BlockFacts.CoMentions.NONE), uses.memberships().getOrDefault(b, List.of())));
        }
        return out;
    }

    /** The rows of the four per-block queries, by block key, in the order the source returned them. */
    record Uses(Map<String, List<BlockFacts.AgentUse>> agents, Map<String, List<BlockFacts.ClaimUse>> claims,
                Map<String, List<BlockFacts.TopicUse>> topics, Map<String, List<BlockFacts.MembershipUse>> memberships) {}

    /**
     * The agent, claim, topic and membership uses of these blocks, from the queries run by {@code select}: over a
     * store here, over one article graph alone in {@link ArticleFacts}, so both read the facts by the same queries.
     */
    static Uses uses(Function<Query, RowSet> select, List<String> blocks) {
        List<Node> keys = DeriveQueries.literals(blocks);
        Map<String, List<BlockFacts.AgentUse>> agents = new TreeMap<>();
        Map<String, List<BlockFacts.ClaimUse>> claims = new TreeMap<>();
        Map<String, List<BlockFacts.TopicUse>> topics = new TreeMap<>();
        DeriveQueries.selectValues(select, "agent-uses", "k", keys)
                .forEachRemaining(b -> agents.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new BlockFacts.AgentUse(
                        b.get("p").getURI(), b.get("g").getURI(),
                        Optional.ofNullable(b.get("name")).map(Node::getLiteralLexicalForm),
                        Optional.ofNullable(b.get("outlet")).map(Node::getURI),
                        Optional.ofNullable(b.get("date")).flatMap(n -> Days.parse(n.getLiteralLexicalForm())))));
        DeriveQueries.selectValues(select, "claim-uses", "k", keys)
                .forEachRemaining(b -> claims.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new BlockFacts.ClaimUse(
                        b.get("c").getURI(), b.get("s").getURI(), b.get("g").getURI(), b.get("t").getLiteralLexicalForm(),
                        "true".equals(b.get("d").getLiteralLexicalForm()), b.get("a").getURI(),
                        Integer.parseInt(b.get("st").getLiteralLexicalForm()), pieces(b.get("pieces")))));
        DeriveQueries.selectValues(select, "topic-uses", "k", keys)
                .forEachRemaining(b -> topics.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>())
                        .add(new BlockFacts.TopicUse(b.get("s").getURI(), b.get("c").getURI(), b.get("t").getURI())));
        Map<String, List<BlockFacts.MembershipUse>> memberships = new TreeMap<>();
        DeriveQueries.selectValues(select, "membership-uses", "k", keys)
                .forEachRemaining(b -> memberships.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new BlockFacts.MembershipUse(
                        b.get("p").getURI(), b.get("g").getURI(), b.get("party").getURI(), b.get("ev").getURI())));
        return new Uses(agents, claims, topics, memberships);
    }

    /**
     * The agent uses in one total order, so that what a block derives never depends on the order its facts were
     * read in: by node and article, then name, outlet and date (an article printing two names for one node, or
     * carrying two dates, gives one row per combination).
     */
    static List<BlockFacts.AgentUse> sortedAgents(Collection<BlockFacts.AgentUse> uses) {
        List<BlockFacts.AgentUse> a = new ArrayList<>(uses);
        a.sort(Comparator.comparing(BlockFacts.AgentUse::node).thenComparing(BlockFacts.AgentUse::article)
                .thenComparing(u -> u.name().orElse("")).thenComparing(u -> u.outlet().orElse(""))
                .thenComparing(u -> u.date().map(Object::toString).orElse("")));
        return a;
    }

    /** A block's facts from its uses in any order (agents already sorted): sorted, topics once each as the query's DISTINCT has them. */
    static BlockFacts facts(String block, List<BlockFacts.AgentUse> sortedAgents, Collection<BlockFacts.ClaimUse> claims,
                            Collection<BlockFacts.TopicUse> topics, BlockFacts.CoMentions coMentions, Collection<BlockFacts.MembershipUse> memberships) {
        List<BlockFacts.ClaimUse> c = new ArrayList<>(claims);
        c.sort(Comparator.comparing(BlockFacts.ClaimUse::claim).thenComparing(BlockFacts.ClaimUse::article).thenComparing(BlockFacts.ClaimUse::attribution));
        List<BlockFacts.TopicUse> tu = new ArrayList<>(new LinkedHashSet<>(topics));
        tu.sort(Comparator.comparing(BlockFacts.TopicUse::speaker).thenComparing(BlockFacts.TopicUse::claim).thenComparing(BlockFacts.TopicUse::topic));
        List<BlockFacts.MembershipUse> mu = new ArrayList<>(memberships);
        mu.sort(Comparator.comparing(BlockFacts.MembershipUse::evidence).thenComparing(BlockFacts.MembershipUse::party)
                .thenComparing(BlockFacts.MembershipUse::article).thenComparing(BlockFacts.MembershipUse::person));
        return new BlockFacts(block, sortedAgents, c, tu, coMentions, mu);
    }

    /**
     * The surname-only persons' articles and the full-name candidates of a block's agents, when it has both: what
     * person resolution weighs co-mentions for. Empty otherwise.
     */
    record Resolvable(Set<String> articles, Set<String> candidates) {
        static Optional<Resolvable> of(List<BlockFacts.AgentUse> agents) {
            Set<String> articles = new TreeSet<>(), candidates = new TreeSet<>();
            for (BlockFacts.AgentUse u : agents) {
                if (!u.person()) continue;
                if (u.local()) articles.add(u.article());
                else candidates.add(u.node());
            }
            return articles.isEmpty() || candidates.isEmpty() ? Optional.empty() : Optional.of(new Resolvable(articles, candidates));
        }

        /** The co-mentions from the persons named in each article and beside each candidate, however they were read. */
        BlockFacts.CoMentions coMentions(Map<String, Set<String>> personsIn, Map<String, Map<String, BlockFacts.Seen>> beside) {
            Map<String, Set<String>> in = new HashMap<>();
            for (String a : articles) in.put(a, personsIn.getOrDefault(a, Set.of()));
            Map<String, Map<String, BlockFacts.Seen>> by = new HashMap<>();
            for (String c : candidates) by.put(c, beside.getOrDefault(c, Map.of()));
            return new BlockFacts.CoMentions(in, by);
        }
    }

    /**
     * The co-mentions of the blocks that have both surname-only persons and full-name candidates. The persons named
     * beside a candidate are read once, in one query over its articles, for all the batch's candidates: asked per
     * mention, the store scanned a candidate's articles again for every "Trump said", which grew with the square of
     * the store (100,000 articles did not finish).
     */
    private static Map<String, BlockFacts.CoMentions> coMentions(ArticleStore store, Map<String, List<BlockFacts.AgentUse>> agents) {
        Map<String, Resolvable> resolvable = new TreeMap<>();
        agents.forEach((block, uses) -> Resolvable.of(uses).ifPresent(r -> resolvable.put(block, r)));
        if (resolvable.isEmpty()) return Map.of();
        Map<String, Set<String>> personsIn = new HashMap<>();
        Set<String> allArticles = new TreeSet<>(), allCandidates = new TreeSet<>();
        resolvable.values().forEach(r -> {
            allArticles.addAll(r.articles());
            allCandidates.addAll(r.candidates());
        });
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
        resolvable.forEach((block, r) -> out.put(block, r.coMentions(personsIn, beside)));
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
