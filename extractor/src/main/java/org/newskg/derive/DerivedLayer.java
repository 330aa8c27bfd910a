package org.newskg.derive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.store.ArticleStore;
import org.newskg.store.SchemeGraphs;
import org.newskg.resolve.ClaimText;
import org.newskg.resolve.Names;
import org.newskg.vocab.NKG;

/**
 * The store-wide layer: who each article's person is across the store, which claims are one utterance, and the
 * counts that analysts' queries would otherwise aggregate over every article. It is derived from the article
 * graphs alone and never edited, so it can always be rebuilt ({@link #rebuild}).
 * <p>
 * The layer is cut into blocks, one named graph each ({@code graph/derived/{block}}): a person's block is their
 * surname, an organization's its key. Identity is decided inside a block (people of different surnames are never
 * one person) and every claim belongs to its speaker's block, so a block's graph is a function of the articles
 * that mention the block and nothing else. That is what makes the layer independent of load order and batch
 * splits, and cheap to keep current: a load refreshes only the blocks its new, changed or removed articles touch.
 * <p>
 * A loader can die after writing articles and before deriving; its next run may have nothing to load. The layer
 * therefore records a hash of the load records it was derived from, and a load that finds it different rebuilds.
 */
public final class DerivedLayer {
    /** Bump when the derivation changes, so that stores derived by an older version are rebuilt on the next load. */
    public static final String VERSION = "derive/4";
    public static final String BLOCK_BASE = SchemeGraphs.BASE + "derived/";
    public static final String META = SchemeGraphs.BASE + "derived";
    private static final int BATCH = 400;

    private DerivedLayer() {}

    /** What one derivation did. */
    public record Result(int blocks, int utterances, int resolved, double seconds) {}

    /** The blocks an article graph touches, its publication day included. */
    public static Set<String> blocksOf(Graph articleGraph) {
        Set<String> out = new TreeSet<>();
        articleGraph.find(Node.ANY, NKG.resolutionKey.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        articleGraph.find(Node.ANY, NKG.articleId.asNode(), Node.ANY).forEachRemaining(t -> out.add(Days.keyOf(articleGraph, t.getSubject().getURI())));
        return out;
    }

    /** The blocks an article already in the store touches (before it is replaced or removed), its day included. */
    public static Set<String> blocksInStore(ArticleStore store, String articleGraphIri) {
        RowSet rs = store.select(QueryFactory.create(prefixes() + "SELECT ?k ?p { { GRAPH <" + articleGraphIri + "> { ?s nkg:resolutionKey ?k } } UNION "
                + "{ GRAPH <" + articleGraphIri + "> { <" + articleGraphIri + "> nkg:articleId ?id OPTIONAL { <" + articleGraphIri + "> nkg:published ?p } } } }"));
        Set<String> out = new TreeSet<>();
        Optional<LocalDate> day = Optional.empty();
        boolean article = false;
        while (rs.hasNext()) {
            var b = rs.next();
            if (b.contains("k")) out.add(b.get("k").getLiteralLexicalForm());
            else {
                article = true;
                Optional<LocalDate> d = Optional.ofNullable(b.get("p")).flatMap(n -> date(n.getLiteralLexicalForm()));
                if (d.isPresent() && (day.isEmpty() || d.get().isBefore(day.get()))) day = d;
            }
        }
        if (article) out.add(Days.key(day));
        return out;
    }

    /** True when the layer was derived from exactly these load records by this version of the derivation. */
    public static boolean isCurrent(ArticleStore store, Map<String, ArticleStore.LoadRecord> records) {
        RowSet rows = store.select(QueryFactory.create(prefixes() + "SELECT ?f { GRAPH <" + META + "> { <" + META + "> nkg:derivedFrom ?f } }"));
        return rows.hasNext() && fingerprint(records).equals(rows.next().get("f").getLiteralLexicalForm());
    }

    /** Every block derived again from scratch; graphs of blocks that no article mentions any more are removed. */
    public static Result rebuild(ArticleStore store) {
        long t0 = System.nanoTime();
        Set<String> blocks = new TreeSet<>();
        store.select(QueryFactory.create(prefixes() + "SELECT DISTINCT ?k { GRAPH ?g { ?s nkg:resolutionKey ?k } }"))
                .forEachRemaining(b -> blocks.add(b.get("k").getLiteralLexicalForm()));
        blocks.addAll(Days.all(store));
        Set<String> existing = new TreeSet<>();
        store.select(QueryFactory.create(prefixes() + "SELECT DISTINCT ?g { { GRAPH ?g { ?s nkg:resolvesTo ?o } } UNION { GRAPH ?g { ?s a nkg:Day } } "
                + "UNION { GRAPH ?g { ?s a nkg:CoQuotation } } }"))
                .forEachRemaining(b -> existing.add(b.get("g").getURI()));
        Set<String> keep = new TreeSet<>();
        for (String b : blocks) {
            keep.add(blockGraph(b));
            keep.add(CoQuotations.graph(b));
        }
        Map<String, Graph> gone = new TreeMap<>();
        for (String g : existing) if (!keep.contains(g)) gone.put(g, GraphFactory.createDefaultGraph());
        // The claim links of earlier versions now live in the blocks.
        gone.put(SchemeGraphs.BASE + "claim-links", GraphFactory.createDefaultGraph());
        store.replaceGraphs(gone);
        Result r = derive(store, blocks, t0, true);
        stamp(store);
        return r;
    }

    /** Derives the given blocks again (the rest of the layer is left as it is) and records the load records. */
    public static Result refresh(ArticleStore store, Collection<String> blocks) {
        long t0 = System.nanoTime();
        Result r = derive(store, new TreeSet<>(blocks), t0, false);
        stamp(store);
        return r;
    }

    /** Brings the layer up to date after a load: the touched blocks, or everything when it was not current before. */
    public static Result update(ArticleStore store, boolean wasCurrent, Collection<String> touched) {
        return wasCurrent ? refresh(store, touched) : rebuild(store);
    }

    public static String blockGraph(String block) { return BLOCK_BASE + block; }

    /**
     * Derives the blocks, then their days, then the co-quotation pairs, then the store-wide ranks and totals
     * ({@link StoreSummary}), which read only the blocks' summaries. On a refresh, a pair graph is derived again
     * for every block whose persons are quoted in an article where some speaker's resolution changed: its counts
     * read the other speakers' blocks ({@link CoQuotations}).
     */
    private static Result derive(ArticleStore store, Set<String> keys, long t0, boolean everything) {
        Set<String> blocks = new TreeSet<>(), days = new TreeSet<>();
        for (String k : keys) (Days.isDay(k) ? days : blocks).add(k);
        long t = System.nanoTime();
        Map<String, Set<String>> before = everything ? Map.of() : CoQuotations.quotedIn(store, blocks);
        int[] counts = deriveBlocks(store, blocks);
        double tBlocks = lap(t);
        t = System.nanoTime();
        // One read of the articles' dates for all the days; the graphs go in batches, as the blocks do.
        Map<String, Graph> dayGraphs = Days.derive(store, days);
        for (List<String> batch : batches(days)) {
            Map<String, Graph> out = new TreeMap<>();
            for (String day : batch) out.put(blockGraph(day), dayGraphs.get(blockGraph(day)));
            store.replaceGraphs(out);
        }
        double tDays = lap(t);
        t = System.nanoTime();
        Set<String> pairBlocks = new TreeSet<>(blocks);
        if (!everything) {
            Map<String, Set<String>> after = CoQuotations.quotedIn(store, blocks);
            Set<String> changed = new TreeSet<>();
            diff(before, after, changed);
            diff(after, before, changed);
            pairBlocks.addAll(CoQuotations.blocksQuotedIn(store, changed));
        }
        for (List<String> batch : batches(pairBlocks)) store.replaceGraphs(CoQuotations.derive(store, batch));
        double tPairs = lap(t);
        t = System.nanoTime();
        store.replaceGraph(StoreSummary.GRAPH, StoreSummary.derive(store));
        LOG.info("derived layer: {} blocks in {} s, {} days in {} s, pairs of {} blocks in {} s, store summary in {} s",
                blocks.size(), fmt(tBlocks), days.size(), fmt(tDays), pairBlocks.size(), fmt(tPairs), fmt(lap(t)));
        return new Result(blocks.size(), counts[0], counts[1], (System.nanoTime() - t0) / 1e9);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DerivedLayer.class);

    private static double lap(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private static String fmt(double s) { return String.format("%.1f", s); }

    /** Adds to {@code out} the articles of links in {@code a} that {@code b} lacks. */
    private static void diff(Map<String, Set<String>> a, Map<String, Set<String>> b, Set<String> out) {
        a.forEach((p, arts) -> {
            Set<String> other = b.getOrDefault(p, Set.of());
            for (String art : arts) if (!other.contains(art)) out.add(art);
        });
    }

    /** The keys in code-point order, in batches of {@value #BATCH}: one store query or write per batch. */
    static List<List<String>> batches(Collection<String> keys) {
        List<String> all = new ArrayList<>(new TreeSet<>(keys));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        return out;
    }

    /** The surname and organization blocks; returns the utterances and resolved persons found. */
    private static int[] deriveBlocks(ArticleStore store, Set<String> blocks) {
        int utterances = 0, resolved = 0;
        for (List<String> batch : batches(blocks)) {
            Map<String, BlockFacts> facts = read(store, batch);
            Map<String, Graph> out = new TreeMap<>();
            for (String block : batch) {
                BlockFacts f = facts.getOrDefault(block, new BlockFacts(block, List.of(), List.of()));
                Derived d = derive(store, f);
                utterances += d.utterances;
                resolved += d.resolved;
                out.put(blockGraph(block), d.graph);
            }
            store.replaceGraphs(out);
        }
        return new int[] {utterances, resolved};
    }

    private record Derived(Graph graph, int utterances, int resolved) {}

    /** One block's graph from its facts; see the class comment for what it holds. */
    private static Derived derive(ArticleStore store, BlockFacts f) {
        Graph g = GraphFactory.createDefaultGraph();
        if (f.agents().isEmpty()) return new Derived(g, 0, 0);
        Map<String, Set<String>> comention = new HashMap<>();
        Map<String, Map<String, Seen>> withCandidate = new HashMap<>();
        Map<String, String> to = PersonResolution.resolve(f, (use, candidate) -> coMentioned(store, use, candidate, comention, withCandidate));
        int resolved = 0;
        for (var e : to.entrySet()) {
            add(g, e.getKey(), NKG.resolvesTo, uri(e.getValue()));
            if (!e.getKey().equals(e.getValue())) resolved++;
        }
        Map<String, LocalDate> dateOf = new HashMap<>();
        Map<String, String> outletOf = new HashMap<>();
        for (BlockFacts.AgentUse u : f.agents()) {
            u.date().ifPresent(d -> dateOf.put(u.article(), d));
            u.outlet().ifPresent(o -> outletOf.put(u.article(), o));
        }

        // Labels: the full name the articles print most often; a surname alone only when no article gives more.
        Map<String, Map<String, Integer>> printed = new TreeMap<>();
        for (BlockFacts.AgentUse u : f.agents()) {
            if (u.name().isEmpty()) continue;
            printed.computeIfAbsent(to.get(u.node()), k -> new TreeMap<>()).merge(u.name().get(), 1, Integer::sum);
        }
        for (var e : printed.entrySet()) {
            String label = label(e.getValue());
            add(g, e.getKey(), SKOS.prefLabel, str(label));
            for (String other : e.getValue().keySet()) if (!other.equals(label)) add(g, e.getKey(), SKOS.altLabel, str(other));
        }

        // Claims by store-wide speaker, then utterances and parts inside each speaker's claims.
        Map<String, Map<String, ClaimInfo>> bySpeaker = new TreeMap<>();
        for (BlockFacts.ClaimUse c : f.claims()) {
            String speaker = to.getOrDefault(c.speaker(), c.speaker());
            ClaimInfo info = bySpeaker.computeIfAbsent(speaker, k -> new TreeMap<>()).computeIfAbsent(c.claim(), k -> new ClaimInfo(c.claim()));
            if (LONGEST_TEXT.compare(c.text(), info.text) > 0) info.text = c.text();
            info.articles.add(c.article());
            info.direct |= c.direct();
        }
        int utterances = 0;
        for (var e : bySpeaker.entrySet()) {
            String speaker = e.getKey();
            List<ClaimInfo> claims = new ArrayList<>(e.getValue().values());
            List<UtteranceMatcher.Text> texts = claims.stream().map(c -> UtteranceMatcher.analyse(c.text)).collect(Collectors.toList());
            for (int[] p : UtteranceMatcher.parts(texts)) add(g, claims.get(p[0]).claim, NKG.partOf, uri(claims.get(p[1]).claim));
            boolean[] direct = new boolean[claims.size()];
            for (int i = 0; i < direct.length; i++) direct[i] = claims.get(i).direct;
            List<TreeSet<LocalDate>> dates = new ArrayList<>();
            for (ClaimInfo c : claims) {
                TreeSet<LocalDate> d = new TreeSet<>();
                for (String a : c.articles) Optional.ofNullable(dateOf.get(a)).ifPresent(d::add);
                dates.add(d);
            }
            int[] group = UtteranceMatcher.group(texts, direct, (x, y) -> near(dates.get(x), dates.get(y)));
            Map<Integer, List<Integer>> groups = new TreeMap<>();
            for (int i = 0; i < group.length; i++) groups.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
            Set<String> speakerArticles = new TreeSet<>();
            for (ClaimInfo c : claims) speakerArticles.addAll(c.articles);
            for (List<Integer> members : groups.values()) {
                Set<String> articles = new TreeSet<>();
                for (int m : members) articles.addAll(claims.get(m).articles);
                if (articles.size() < 2 || !occasion(members, texts, dateOf, articles)) continue;
                utterances++;
                // Named after its first claim in code-point order: the same set of claims, the same IRI.
                String u = NKG.ID + "utterance/" + ClaimText.hash(claims.get(members.get(0)).claim);
                add(g, u, RDF.type, NKG.Utterance);
                add(g, u, NKG.utteredBy, uri(speaker));
                ClaimInfo rep = members.stream().map(claims::get).max(Comparator.comparing((ClaimInfo c) -> c.text, LONGEST_TEXT)).orElseThrow();
                add(g, u, NKG.representativeText, str(ClaimText.display(rep.text)));
                add(g, u, NKG.claimCount, integer(members.size()));
                summary(g, u, articles, dateOf, outletOf);
                for (int m : members) add(g, claims.get(m).claim, NKG.utterance, uri(u));
            }
            add(g, speaker, NKG.claimCount, integer(groups.size()));
            summary(g, speaker, speakerArticles, dateOf, outletOf);
            for (ClaimInfo c : claims) {
                add(g, c.claim, NKG.utteredBy, uri(speaker));
                add(g, c.claim, NKG.representativeText, str(ClaimText.display(c.text)));
            }
            for (String a : speakerArticles) add(g, speaker, NKG.quotedIn, uri(a));
        }
        attributions(g, f, to, dateOf, outletOf);
        topics(g, f, to);
        return new Derived(g, utterances, resolved);
    }

    /**
     * Per speaker, the attributions in all, and per outlet that printed them the attributions, articles and last
     * date ({@code nkg:OutletCoverage}): "who does each outlet quote most" without counting attributions.
     */
    private static void attributions(Graph g, BlockFacts f, Map<String, String> to, Map<String, LocalDate> dateOf, Map<String, String> outletOf) {
        Map<String, Integer> total = new TreeMap<>();
        Map<String, Map<String, List<BlockFacts.ClaimUse>>> byOutlet = new TreeMap<>();
        for (BlockFacts.ClaimUse c : f.claims()) {
            String speaker = to.getOrDefault(c.speaker(), c.speaker());
            total.merge(speaker, 1, Integer::sum);
            String outlet = outletOf.get(c.article());
            if (outlet != null) byOutlet.computeIfAbsent(speaker, k -> new TreeMap<>()).computeIfAbsent(outlet, k -> new ArrayList<>()).add(c);
        }
        total.forEach((speaker, n) -> add(g, speaker, NKG.attributionCount, integer(n)));
        byOutlet.forEach((speaker, outlets) -> outlets.forEach((outlet, uses) -> {
            String node = NKG.ID + "coverage/" + ClaimText.hash(speaker + " " + outlet);
            add(g, node, RDF.type, NKG.OutletCoverage);
            add(g, node, NKG.agent, uri(speaker));
            add(g, node, NKG.outlet, uri(outlet));
            add(g, node, NKG.attributionCount, integer(uses.size()));
            Set<String> articles = new TreeSet<>();
            for (BlockFacts.ClaimUse c : uses) articles.add(c.article());
            add(g, node, NKG.articleCount, integer(articles.size()));
            articles.stream().map(dateOf::get).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                    .ifPresent(d -> add(g, node, NKG.lastSeen, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        }));
    }

    /** Per speaker and topic, the distinct claims about it ({@code nkg:TopicCoverage}). */
    private static void topics(Graph g, BlockFacts f, Map<String, String> to) {
        Map<String, Map<String, Set<String>>> claims = new TreeMap<>();
        for (BlockFacts.TopicUse t : f.topics()) {
            claims.computeIfAbsent(to.getOrDefault(t.speaker(), t.speaker()), k -> new TreeMap<>()).computeIfAbsent(t.topic(), k -> new TreeSet<>()).add(t.claim());
        }
        claims.forEach((speaker, byTopic) -> byTopic.forEach((topic, cs) -> {
            String node = NKG.ID + "topic-coverage/" + ClaimText.hash(speaker + " " + topic);
            add(g, node, RDF.type, NKG.TopicCoverage);
            add(g, node, NKG.agent, uri(speaker));
            add(g, node, NKG.topic, uri(topic));
            add(g, node, NKG.claimCount, integer(cs.size()));
        }));
    }

    /** Days within which two outlets' reports can be of one occasion; a line repeated later is another utterance. */
    static final int OCCASION_DAYS = 3;

    /** Whether two claims were printed within {@link #OCCASION_DAYS} of each other; undated claims may be. */
    private static boolean near(TreeSet<LocalDate> a, TreeSet<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (LocalDate d : a) {
            LocalDate lo = b.ceiling(d.minusDays(OCCASION_DAYS));
            if (lo != null && !lo.isAfter(d.plusDays(OCCASION_DAYS))) return true;
        }
        return false;
    }

    /**
     * Whether a group of claims reads as one occasion reported by several articles: words enough to be a statement
     * rather than a catchword or a title ("rigged", "New York values"), and articles within a week of each other.
     * A claim's node is its speaker and normalized text, so one line repeated in April and July is one node; it is
     * a line, not an utterance, and gets none.
     */
    private static boolean occasion(List<Integer> members, List<UtteranceMatcher.Text> texts, Map<String, LocalDate> dateOf,
            Set<String> articles) {
        int words = 0;
        for (int m : members) words = Math.max(words, texts.get(m).content().size());
        if (words < 4) return false;
        TreeSet<LocalDate> d = new TreeSet<>();
        for (String a : articles) Optional.ofNullable(dateOf.get(a)).ifPresent(d::add);
        return d.isEmpty() || !d.last().isAfter(d.first().plusDays(2 * OCCASION_DAYS));
    }

    /** A claim's text as its utterance shows it: the longest wording, then the first in code-point order. */
    private static final Comparator<String> LONGEST_TEXT = Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder());

    private static final class ClaimInfo {
        final String claim;
        String text = "";
        boolean direct;
        final Set<String> articles = new TreeSet<>();

        ClaimInfo(String claim) { this.claim = claim; }
    }

    private static void summary(Graph g, String s, Set<String> articles, Map<String, LocalDate> dateOf, Map<String, String> outletOf) {
        add(g, s, NKG.articleCount, integer(articles.size()));
        Set<String> outlets = new TreeSet<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String a : articles) {
            Optional.ofNullable(outletOf.get(a)).ifPresent(outlets::add);
            Optional.ofNullable(dateOf.get(a)).ifPresent(dates::add);
        }
        add(g, s, NKG.outletCount, integer(outlets.size()));
        if (!dates.isEmpty()) {
            add(g, s, NKG.firstSeen, NodeFactory.createLiteralDT(dates.first().toString(), XSDDatatype.XSDdate));
            add(g, s, NKG.lastSeen, NodeFactory.createLiteralDT(dates.last().toString(), XSDDatatype.XSDdate));
        }
    }

    /**
     * The printed form most articles use; among equals, a form written in ordinary capitals ("Hillary", not
     * "HIllary"), then the longer, then the first in code-point order, so the choice never depends on load order.
     */
    static String label(Map<String, Integer> counts) {
        boolean anyFull = counts.keySet().stream().anyMatch(n -> n.contains(" "));
        return counts.entrySet().stream()
                .filter(e -> !anyFull || e.getKey().contains(" "))
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> ordinaryCase(e.getKey()))
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /** Surnames whose second capital is ordinary spelling, not a typo. */
    private static final java.util.regex.Pattern INNER_CAPITAL = java.util.regex.Pattern.compile("(Mc|Mac|O'|D'|De|Le|La)\\p{Lu}.*");

    private static boolean ordinaryCase(String name) {
        for (String w : name.split(" ")) {
            if (w.length() > 2 && w.chars().skip(1).filter(Character::isUpperCase).count() > 0
                    && w.chars().skip(1).anyMatch(Character::isLowerCase) && !INNER_CAPITAL.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** In how many of a candidate's articles a person is named, and one of them. */
    private record Seen(int articles, String one) {}

    /**
     * Whether a full-name person of the local node's article is named in one of the candidate's other articles.
     * The persons named beside a candidate are read once per candidate, in one query over its articles, and each
     * mention is then a lookup: asked per mention, the store scanned the candidate's articles again for every
     * "Trump said", which grew with the square of the store (100,000 articles did not finish).
     */
    private static boolean coMentioned(ArticleStore store, BlockFacts.AgentUse use, String candidate, Map<String, Set<String>> cache,
            Map<String, Map<String, Seen>> withCandidate) {
        Set<String> others = cache.computeIfAbsent(use.article(), a -> {
            Set<String> out = new TreeSet<>();
            store.select(QueryFactory.create(prefixes() + "SELECT DISTINCT ?q { GRAPH <" + a + "> { ?q a nkg:Person } }"))
                    .forEachRemaining(b -> {
                        String q = b.get("q").getURI();
                        if (!Names.isArticleLocal(q)) out.add(q);
                    });
            return out;
        });
        Map<String, Seen> named = withCandidate.computeIfAbsent(candidate, c -> {
            Map<String, Seen> out = new HashMap<>();
            store.select(QueryFactory.create(prefixes() + "SELECT DISTINCT ?g ?q { GRAPH ?g { <" + c + "> a nkg:Person . ?q a nkg:Person } }"))
                    .forEachRemaining(b -> {
                        String q = b.get("q").getURI();
                        if (Names.isArticleLocal(q) || q.equals(c)) return;
                        out.merge(q, new Seen(1, b.get("g").getURI()), (x, y) -> new Seen(x.articles() + 1, x.one()));
                    });
            return out;
        });
        for (String q : others) {
            if (q.equals(candidate)) continue;
            Seen s = named.get(q);
            if (s != null && (s.articles() > 1 || !s.one().equals(use.article()))) return true;
        }
        return false;
    }

    /** Facts of several blocks in two queries (agents, claims) rather than two per block. */
    private static Map<String, BlockFacts> read(ArticleStore store, List<String> blocks) {
        String values = blocks.stream().map(b -> "\"" + b.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(" "));
        Map<String, List<BlockFacts.AgentUse>> agents = new TreeMap<>();
        Map<String, List<BlockFacts.ClaimUse>> claims = new TreeMap<>();
        store.select(QueryFactory.create(prefixes() + "SELECT ?k ?g ?p ?name ?date ?outlet { VALUES ?k { " + values + " } "
                + "GRAPH ?g { ?p nkg:resolutionKey ?k . OPTIONAL { ?p nkg:nameInArticle ?name } "
                + "OPTIONAL { ?g nkg:published ?date } OPTIONAL { ?g nkg:publishedBy ?outlet } } }"))
                .forEachRemaining(b -> agents.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new BlockFacts.AgentUse(
                        b.get("p").getURI(), b.get("g").getURI(),
                        Optional.ofNullable(b.get("name")).map(Node::getLiteralLexicalForm),
                        Optional.ofNullable(b.get("outlet")).map(Node::getURI),
                        Optional.ofNullable(b.get("date")).map(n -> date(n.getLiteralLexicalForm())).flatMap(x -> x))));
        store.select(QueryFactory.create(prefixes() + "SELECT ?k ?g ?s ?c ?t ?d ?a { VALUES ?k { " + values + " } "
                + "GRAPH ?g { ?s nkg:resolutionKey ?k . ?a nkg:speaker ?s ; nkg:claim ?c ; nkg:direct ?d . ?c nkg:text ?t } }"))
                .forEachRemaining(b -> claims.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>()).add(new BlockFacts.ClaimUse(
                        b.get("c").getURI(), b.get("s").getURI(), b.get("g").getURI(), b.get("t").getLiteralLexicalForm(),
                        "true".equals(b.get("d").getLiteralLexicalForm()), b.get("a").getURI())));
        Map<String, List<BlockFacts.TopicUse>> topics = new TreeMap<>();
        store.select(QueryFactory.create(prefixes() + "SELECT DISTINCT ?k ?s ?c ?t { VALUES ?k { " + values + " } "
                + "GRAPH ?g { ?s nkg:resolutionKey ?k ; nkg:said ?c . ?c nkg:about ?t } }"))
                .forEachRemaining(b -> topics.computeIfAbsent(b.get("k").getLiteralLexicalForm(), k -> new ArrayList<>())
                        .add(new BlockFacts.TopicUse(b.get("s").getURI(), b.get("c").getURI(), b.get("t").getURI())));
        Map<String, BlockFacts> out = new HashMap<>();
        for (String b : blocks) {
            List<BlockFacts.AgentUse> a = new ArrayList<>(agents.getOrDefault(b, List.of()));
            a.sort(Comparator.comparing(BlockFacts.AgentUse::node).thenComparing(BlockFacts.AgentUse::article));
            List<BlockFacts.ClaimUse> c = new ArrayList<>(claims.getOrDefault(b, List.of()));
            c.sort(Comparator.comparing(BlockFacts.ClaimUse::claim).thenComparing(BlockFacts.ClaimUse::article).thenComparing(BlockFacts.ClaimUse::attribution));
            List<BlockFacts.TopicUse> tu = new ArrayList<>(topics.getOrDefault(b, List.of()));
            tu.sort(Comparator.comparing(BlockFacts.TopicUse::speaker).thenComparing(BlockFacts.TopicUse::claim).thenComparing(BlockFacts.TopicUse::topic));
            out.put(b, new BlockFacts(b, a, c, tu));
        }
        return out;
    }

    static Optional<LocalDate> date(String lexical) {
        try {
            return Optional.of(LocalDate.parse(lexical.length() >= 10 ? lexical.substring(0, 10) : lexical));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void stamp(ArticleStore store) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(uri(META), NKG.derivedFrom.asNode(), str(fingerprint(store.records()))));
        store.replaceGraph(META, g);
    }

    static String fingerprint(Map<String, ArticleStore.LoadRecord> records) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update((VERSION + '\n').getBytes(StandardCharsets.UTF_8));
        for (ArticleStore.LoadRecord r : new TreeMap<>(records).values()) {
            sha.update((r.articleId() + '\t' + r.contentHash() + '\t' + r.extractorVersion() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The nkg: prefix line every derive query starts with (shared by the derive package). */
    static String prefixes() { return "PREFIX nkg: <" + NKG.NS + ">\n"; }

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    static Node integer(long i) { return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDinteger); }

    private static void add(Graph g, String s, Property p, Node o) { g.add(Triple.create(uri(s), p.asNode(), o)); }

    private static void add(Graph g, String s, Property p, Resource o) { g.add(Triple.create(uri(s), p.asNode(), o.asNode())); }
}
