package org.newskg.derive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.newskg.resolve.Names;
import org.newskg.vocab.NKG;

/**
 * The facts of the derived layer as one article graph holds them, and a block's facts put together from the parts
 * of every article that names it: the map and the reduce of deriving the blocks somewhere other than a store (the
 * Spark job groups the parts by block key). {@link #of} runs the queries {@link FactReader} runs on a store, on the
 * one article graph alone; {@link #assemble} sorts and puts the co-mentions together as {@link FactReader#read}
 * does. So, for the articles that name a block, {@code BlockDerivation.derive(assemble(block, parts))} is the graph
 * {@code newskg derive --rebuild} writes for it.
 * <p>
 * The co-mentions need no more than the parts: a block's surname-only persons and their full-name candidates are
 * all nodes of the block, so every article that names one of them names the block, and its part carries the
 * store-wide persons it names.
 */
public final class ArticleFacts {
    private ArticleFacts() {}

    /**
     * What one article says about one block: the rows of the four per-block queries for it, and every store-wide
     * person the article names (what co-mentions are counted from).
     */
    public record Part(String block, String article, List<BlockFacts.AgentUse> agents, List<BlockFacts.ClaimUse> claims,
                       List<BlockFacts.TopicUse> topics, List<BlockFacts.MembershipUse> memberships, Set<String> persons) {
        public Part {
            agents = List.copyOf(agents);
            claims = List.copyOf(claims);
            topics = List.copyOf(topics);
            memberships = List.copyOf(memberships);
            persons = Set.copyOf(new TreeSet<>(persons));
        }

        /** The part as bytes, for moving it between machines ({@link #decode} reads it back equal). */
        public byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream o = new DataOutputStream(bytes)) {
                str(o, block);
                str(o, article);
                o.writeInt(agents.size());
                for (BlockFacts.AgentUse u : agents) {
                    str(o, u.node());
                    str(o, u.article());
                    opt(o, u.name());
                    opt(o, u.outlet());
                    opt(o, u.date().map(LocalDate::toString));
                }
                o.writeInt(claims.size());
                for (BlockFacts.ClaimUse c : claims) {
                    str(o, c.claim());
                    str(o, c.speaker());
                    str(o, c.article());
                    str(o, c.text());
                    o.writeBoolean(c.direct());
                    str(o, c.attribution());
                    o.writeInt(c.start());
                    o.writeInt(c.pieces().size());
                    for (BlockFacts.Span s : c.pieces()) {
                        o.writeInt(s.start());
                        o.writeInt(s.end());
                    }
                }
                o.writeInt(topics.size());
                for (BlockFacts.TopicUse t : topics) {
                    str(o, t.speaker());
                    str(o, t.claim());
                    str(o, t.topic());
                }
                o.writeInt(memberships.size());
                for (BlockFacts.MembershipUse m : memberships) {
                    str(o, m.person());
                    str(o, m.article());
                    str(o, m.party());
                    str(o, m.evidence());
                }
                o.writeInt(persons.size());
                for (String p : new TreeSet<>(persons)) str(o, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        public static Part decode(byte[] encoded) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
                String block = str(in), article = str(in);
                List<BlockFacts.AgentUse> agents = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--)
                    agents.add(new BlockFacts.AgentUse(str(in), str(in), opt(in), opt(in), opt(in).map(LocalDate::parse)));
                List<BlockFacts.ClaimUse> claims = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    String claim = str(in), speaker = str(in), art = str(in), text = str(in);
                    boolean direct = in.readBoolean();
                    String attribution = str(in);
                    int start = in.readInt();
                    List<BlockFacts.Span> pieces = new ArrayList<>();
                    for (int j = in.readInt(); j > 0; j--) pieces.add(new BlockFacts.Span(in.readInt(), in.readInt()));
                    claims.add(new BlockFacts.ClaimUse(claim, speaker, art, text, direct, attribution, start, pieces));
                }
                List<BlockFacts.TopicUse> topics = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) topics.add(new BlockFacts.TopicUse(str(in), str(in), str(in)));
                List<BlockFacts.MembershipUse> memberships = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) memberships.add(new BlockFacts.MembershipUse(str(in), str(in), str(in), str(in)));
                Set<String> persons = new TreeSet<>();
                for (int i = in.readInt(); i > 0; i--) persons.add(str(in));
                return new Part(block, article, agents, claims, topics, memberships, persons);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // Length and UTF-8 bytes: DataOutput's writeUTF stops at 64 KB, and a claim's text is not bounded.
        private static void str(DataOutputStream o, String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            o.writeInt(b.length);
            o.write(b);
        }

        private static void opt(DataOutputStream o, Optional<String> s) throws IOException {
            o.writeBoolean(s.isPresent());
            if (s.isPresent()) str(o, s.get());
        }

        private static String str(DataInputStream in) throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        private static Optional<String> opt(DataInputStream in) throws IOException {
            return in.readBoolean() ? Optional.of(str(in)) : Optional.empty();
        }
    }

    /**
     * The parts of one article graph, one per surname or organization block it names (its day is not among them:
     * {@link Days} derives the days), by the queries {@link FactReader} runs on a store.
     */
    public static List<Part> of(String graphIri, Graph articleGraph) {
        Set<String> blocks = new TreeSet<>();
        articleGraph.find(Node.ANY, NKG.resolutionKey.asNode(), Node.ANY).forEachRemaining(t -> blocks.add(t.getObject().getLiteralLexicalForm()));
        if (blocks.isEmpty()) return List.of();
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        Node g = NodeFactory.createURI(graphIri);
        one.addGraph(g, articleGraph);
        FactReader.Uses uses = FactReader.uses(q -> QueryExec.dataset(one).query(q).select(), List.copyOf(blocks));
        Set<String> persons = new TreeSet<>();
        DeriveQueries.selectValues(q -> QueryExec.dataset(one).query(q).select(), "persons-in-articles", "g", List.of(g)).forEachRemaining(b -> {
            String q = b.get("q").getURI();
            if (!Names.isArticleLocal(q)) persons.add(q);
        });
        List<Part> out = new ArrayList<>();
        for (String b : blocks) {
            out.add(new Part(b, graphIri, uses.agents().getOrDefault(b, List.of()), uses.claims().getOrDefault(b, List.of()),
                    uses.topics().getOrDefault(b, List.of()), uses.memberships().getOrDefault(b, List.of()), persons));
        }
        return out;
    }

    /** A block's facts from the parts of every article that names it, in any order: what {@link FactReader#read} reads from a store holding those articles. */
    public static BlockFacts assemble(String block, Collection<Part> parts) {
        List<BlockFacts.AgentUse> agents = new ArrayList<>();
        List<BlockFacts.ClaimUse> claims = new ArrayList<>();
        List<BlockFacts.TopicUse> topics = new ArrayList<>();
        List<BlockFacts.MembershipUse> memberships = new ArrayList<>();
        Map<String, Part> byArticle = new TreeMap<>();
        for (Part p : parts) {
            if (!p.block().equals(block)) throw new IllegalArgumentException("a part of block " + p.block() + " among those of " + block);
            agents.addAll(p.agents());
            claims.addAll(p.claims());
            topics.addAll(p.topics());
            memberships.addAll(p.memberships());
            byArticle.put(p.article(), p);
        }
        List<BlockFacts.AgentUse> sorted = FactReader.sortedAgents(agents);
        BlockFacts.CoMentions co = FactReader.Resolvable.of(sorted).map(r -> coMentions(r, byArticle)).orElse(BlockFacts.CoMentions.NONE);
        return FactReader.facts(block, sorted, claims, topics, co, memberships);
    }

    /**
     * The co-mentions as the store's two queries give them: the persons each article of a surname-only person names,
     * and for each candidate, in how many of the articles naming them each other person is named.
     */
    private static BlockFacts.CoMentions coMentions(FactReader.Resolvable r, Map<String, Part> byArticle) {
        Map<String, Set<String>> personsIn = new HashMap<>();
        for (String a : r.articles()) {
            Part p = byArticle.get(a);
            if (p != null && !p.persons().isEmpty()) personsIn.put(a, p.persons());
        }
        Map<String, Map<String, BlockFacts.Seen>> beside = new HashMap<>();
        for (Part p : byArticle.values()) {
            for (String c : r.candidates()) {
                if (!p.persons().contains(c)) continue;
                for (String q : p.persons()) {
                    if (q.equals(c)) continue;
                    beside.computeIfAbsent(c, k -> new HashMap<>())
                            .merge(q, new BlockFacts.Seen(1, p.article()), (x, y) -> new BlockFacts.Seen(x.articles() + 1, x.one()));
                }
            }
        }
        return r.coMentions(personsIn, beside);
    }
}
