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
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.newskg.resolve.Names;
import org.newskg.vocab.NKG;

/**
 * The facts of the derived layer as one article graph holds them, and a block's or a day's facts put together from
 * the parts of every article under its key: the map and the reduce of deriving the blocks and days somewhere other
 * than a store (the Spark job groups the parts by key). {@link #of} runs the queries {@link FactReader} runs on a
 * store, on the one article graph alone; {@link #assemble} sorts and puts the co-mentions together as
 * {@link FactReader#read} does. So, for the articles that name a block,
 * {@code BlockDerivation.derive(assemble(block, parts))} is the graph {@code newskg derive --rebuild} writes for it;
 * likewise {@link #day} and {@link #dayGraph} for a publication day ({@link Days}, {@link DayLists}).
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
        static void str(DataOutputStream o, String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            o.writeInt(b.length);
            o.write(b);
        }

        private static void opt(DataOutputStream o, Optional<String> s) throws IOException {
            o.writeBoolean(s.isPresent());
            if (s.isPresent()) str(o, s.get());
        }

        static String str(DataInputStream in) throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        private static Optional<String> opt(DataInputStream in) throws IOException {
            return in.readBoolean() ? Optional.of(str(in)) : Optional.empty();
        }
    }

    /**
     * What one article says about its publication day: the day's key, and the rows of the two queries the day's lists
     * are read with ({@link DayLists}): the article's outlets, and its claims with the topic each is about.
     */
    public record DayPart(String day, String article, List<String> outlets, List<TopicClaim> topicClaims) {
        public DayPart {
            outlets = List.copyOf(outlets);
            topicClaims = List.copyOf(topicClaims);
        }

        public byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream o = new DataOutputStream(bytes)) {
                Part.str(o, day);
                Part.str(o, article);
                o.writeInt(outlets.size());
                for (String s : outlets) Part.str(o, s);
                o.writeInt(topicClaims.size());
                for (TopicClaim t : topicClaims) {
                    Part.str(o, t.topic());
                    Part.str(o, t.claim());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        public static DayPart decode(byte[] encoded) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
                String day = Part.str(in), article = Part.str(in);
                List<String> outlets = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) outlets.add(Part.str(in));
                List<TopicClaim> tc = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) tc.add(new TopicClaim(Part.str(in), Part.str(in)));
                return new DayPart(day, article, outlets, tc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A claim of an article and a topic it is about. */
    public record TopicClaim(String topic, String claim) {}

    /** Whether a key is a publication day's rather than a surname or organization block's. */
    public static boolean isDay(String key) { return Days.isDay(key); }

    /**
     * Every part of one article graph, encoded, by key: one per block it names and one for its day, for grouping by
     * key and {@link #derive}.
     */
    public static List<Map.Entry<String, byte[]>> encoded(String graphIri, Graph articleGraph) {
        List<Map.Entry<String, byte[]>> out = new ArrayList<>();
        for (Part p : of(graphIri, articleGraph)) out.add(Map.entry(p.block(), p.encode()));
        day(graphIri, articleGraph).ifPresent(d -> out.add(Map.entry(d.day(), d.encode())));
        return out;
    }

    /**
     * The derived graph of a key from the encoded parts of every article under it, in any order: a block's graph
     * ({@link BlockDerivation}) or a day's with its lists, as {@code newskg derive --rebuild} writes them.
     */
    public static Graph derive(String key, Iterable<byte[]> encoded) {
        if (isDay(key)) {
            List<DayPart> parts = new ArrayList<>();
            for (byte[] b : encoded) parts.add(DayPart.decode(b));
            return dayGraph(key, parts);
        }
        List<Part> parts = new ArrayList<>();
        for (byte[] b : encoded) parts.add(Part.decode(b));
        return BlockDerivation.derive(assemble(key, parts)).graph();
    }

    /** The day part of an article graph, by the queries {@link Days} and {@link DayLists} run on a store; empty for a graph that is no article's. */
    public static Optional<DayPart> day(String graphIri, Graph articleGraph) {
        Function<Query, RowSet> select = alone(graphIri, articleGraph);
        Map<String, Optional<LocalDate>> dates = Days.articleDates(DeriveQueries.template("article-dates"), select);
        if (!dates.containsKey(graphIri)) return Optional.empty();
        List<Node> g = List.of(NodeFactory.createURI(graphIri));
        List<String> outlets = new ArrayList<>();
        DeriveQueries.selectValues(select, "article-outlets", "g", g).forEachRemaining(b -> outlets.add(b.get("o").getURI()));
        List<TopicClaim> tc = new ArrayList<>();
        DeriveQueries.selectValues(select, "article-topic-claims", "g", g)
                .forEachRemaining(b -> tc.add(new TopicClaim(b.get("t").getURI(), b.get("c").getURI())));
        return Optional.of(new DayPart(Days.key(dates.get(graphIri)), graphIri, outlets, tc));
    }

    /** A day's graph from the day parts of its articles: what {@link Days} and {@link DayLists} write for it. */
    public static Graph dayGraph(String day, Collection<DayPart> parts) {
        Set<String> articles = new TreeSet<>();
        Map<String, Set<String>> outlets = new TreeMap<>(), topics = new TreeMap<>();
        for (DayPart p : parts) {
            if (!p.day().equals(day)) throw new IllegalArgumentException("a part of day " + p.day() + " among those of " + day);
            articles.add(p.article());
            for (String o : p.outlets()) outlets.computeIfAbsent(o, k -> new TreeSet<>()).add(p.article());
            for (TopicClaim t : p.topicClaims()) topics.computeIfAbsent(t.topic(), k -> new TreeSet<>()).add(t.claim());
        }
        Graph g = Days.graph(day, articles);
        if (!articles.isEmpty()) DayLists.write(g, day, outlets, topics);
        return g;
    }

    /**
     * The {@code quotedIn} links of a derived block graph as (article, agent) pairs: what the co-quotation pairs are
     * counted from, once every block is derived ({@link CoQuotations}).
     */
    public static List<Map.Entry<String, String>> quotedIn(Graph blockGraph) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        blockGraph.find(Node.ANY, NKG.quotedIn.asNode(), Node.ANY)
                .forEachRemaining(t -> out.add(Map.entry(t.getObject().getURI(), t.getSubject().getURI())));
        return out;
    }

    /**
     * A block's co-quotation pair graph ({@code graph/derived/pairs/{block}}) from, per agent of the block, the
     * other agents quoted in the same articles and in how many, counted over every block's {@link #quotedIn} links.
     */
    public static Graph pairsGraph(Map<String, Map<String, Integer>> partnersOf) { return CoQuotations.graph(partnersOf); }

    /** The IRI of a block's pair graph. */
    public static String pairsGraphIri(String block) { return DerivedIris.pairsGraph(block); }

    /** The store's queries run on one article graph alone. */
    private static Function<Query, RowSet> alone(String graphIri, Graph articleGraph) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(NodeFactory.createURI(graphIri), articleGraph);
        return q -> QueryExec.dataset(one).query(q).select();
    }

    /**
     * The parts of one article graph, one per surname or organization block it names (its day has a {@link DayPart}
     * of its own), by the queries {@link FactReader} runs on a store.
     */
    public static List<Part> of(String graphIri, Graph articleGraph) {
        Set<String> blocks = new TreeSet<>();
        articleGraph.find(Node.ANY, NKG.resolutionKey.asNode(), Node.ANY).forEachRemaining(t -> blocks.add(t.getObject().getLiteralLexicalForm()));
        if (blocks.isEmpty()) return List.of();
        Function<Query, RowSet> select = alone(graphIri, articleGraph);
        Node g = NodeFactory.createURI(graphIri);
        FactReader.Uses uses = FactReader.uses(select, List.copyOf(blocks));
        Set<String> persons = new TreeSet<>();
        DeriveQueries.selectValues(select, "persons-in-articles", "g", List.of(g)).forEachRemaining(b -> {
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
