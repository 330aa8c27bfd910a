package org.newskg.derive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.store.ArticleStore;
import org.newskg.store.Derivation;
import org.newskg.vocab.NKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store-wide layer: who each article's person is across the store, which claims are one utterance, and the
 * counts that analysts' queries would otherwise aggregate over every article. It is derived from the article
 * graphs alone and never edited, so it can always be rebuilt ({@link #rebuild}).
 * <p>
 * The layer is cut into blocks, one named graph each ({@code graph/derived/{block}}): a person's block is their
 * surname, an organization's its key ({@link BlockKeys}). Identity is decided inside a block (people of different
 * surnames are never one person) and every claim belongs to its speaker's block, so a block's graph is a function
 * of its facts ({@link BlockFacts}, read by {@link FactReader}) and nothing else ({@link BlockDerivation}). That is
 * what makes the layer independent of load order and batch splits, and cheap to keep current: a load refreshes only
 * the blocks its new, changed or removed articles touch. After the blocks come the days ({@link Days}), the
 * co-quotation pairs ({@link CoQuotations}) and the store-wide ranks and totals ({@link StoreSummary}).
 * <p>
 * A loader can die after writing articles and before deriving; its next run may have nothing to load. The layer
 * therefore records a hash of the load records it was derived from, and a load that finds it different rebuilds.
 */
public final class DerivedLayer implements Derivation {
    /** Bump when the derivation changes, so that stores derived by an older version are rebuilt on the next load. */
    public static final String VERSION = "derive/8";
    public static final String BLOCK_BASE = DerivedIris.BLOCK_BASE;
    public static final String META = DerivedIris.META;
    private static final Logger LOG = LoggerFactory.getLogger(DerivedLayer.class);

    private DerivedLayer() {}

    /** The derived layer of this version, with {@link IdentityRules#CURRENT}. */
    public static DerivedLayer create() { return new DerivedLayer(); }

    @Override
    public String version() { return VERSION; }

    public static String blockGraph(String block) { return DerivedIris.blockGraph(block); }

    @Override
    public Set<String> blocksOf(Graph articleGraph) { return BlockKeys.of(articleGraph); }

    @Override
    public Set<String> blocksInStore(ArticleStore store, String articleGraphIri) { return BlockKeys.inStore(store, articleGraphIri); }

    @Override
    public boolean isCurrent(ArticleStore store, Map<String, ArticleStore.LoadRecord> records) {
        RowSet rows = DeriveQueries.select(store, "derived-from", "meta", Triples.uri(META));
        return rows.hasNext() && fingerprint(records).equals(rows.next().get("f").getLiteralLexicalForm());
    }

    /** Every block derived again from scratch; graphs of blocks that no article mentions any more are removed. */
    @Override
    public Result rebuild(ArticleStore store) {
        long t0 = System.nanoTime();
        Set<String> keys = BlockKeys.all(store);
        Set<String> keep = new TreeSet<>();
        for (String k : keys) {
            keep.add(DerivedIris.blockGraph(k));
            keep.add(DerivedIris.pairsGraph(k));
        }
        Map<String, Graph> gone = new TreeMap<>();
        DeriveQueries.select(store, "derived-graphs").forEachRemaining(b -> {
            String g = b.get("g").getURI();
            if (!keep.contains(g)) gone.put(g, GraphFactory.createDefaultGraph());
        });
        gone.put(DerivedIris.OLD_CLAIM_LINKS, GraphFactory.createDefaultGraph());
        store.replaceGraphs(gone);
        Result r = derive(store, keys, t0, true);
        stamp(store);
        return r;
    }

    /** Derives the given blocks again (the rest of the layer is left as it is) and records the load records. */
    @Override
    public Result refresh(ArticleStore store, Collection<String> blocks) {
        long t0 = System.nanoTime();
        Result r = derive(store, new TreeSet<>(blocks), t0, false);
        stamp(store);
        return r;
    }

    /**
     * Derives the blocks, then their days, then the co-quotation pairs, then the store-wide ranks and totals
     * ({@link StoreSummary}), which read only the blocks' summaries. On a refresh, a pair graph is derived again
     * for every block whose persons are quoted in an article where some speaker's resolution changed: its counts
     * read the other speakers' blocks ({@link CoQuotations}).
     */
    private static Result derive(ArticleStore store, Set<String> keys, long t0, boolean everything) {
        return derive(store, keys, t0, everything, true);
    }

    /**
     * The store summary and the stamp, for a store whose block, day and pair graphs were derived elsewhere from the
     * same article graphs (the Spark job: {@link ArticleFacts}, grouped by key, through {@link BlockDerivation},
     * {@link ArticleFacts#dayGraph} and {@link ArticleFacts#pairsGraph}). The summary reads the blocks' summaries of
     * the whole store. The store is then what {@link #rebuild} makes of it.
     */
    @Override
    public Result rebuildAroundBlocks(ArticleStore store) {
        long t0 = System.nanoTime();
        Result r = derive(store, BlockKeys.all(store), t0, true, false);
        stamp(store);
        return r;
    }

    /** With {@code perKeyGraphs} false, the block, day and pair graphs are already in the store and only the summary is derived. */
    private static Result derive(ArticleStore store, Set<String> keys, long t0, boolean everything, boolean perKeyGraphs) {
        Set<String> blocks = new TreeSet<>(), days = new TreeSet<>();
        for (String k : keys) (Days.isDay(k) ? days : blocks).add(k);
        long t = System.nanoTime();
        Map<String, Set<String>> before = everything ? Map.of() : CoQuotations.quotedIn(store, blocks);
        int utterances = 0, resolved = 0;
        for (List<String> batch : perKeyGraphs ? BlockKeys.batches(blocks) : List.<List<String>>of()) {
            Map<String, BlockFacts> facts = FactReader.read(store, batch);
            Map<String, Graph> out = new TreeMap<>();
            for (String block : batch) {
                BlockDerivation.BlockGraph d = BlockDerivation.derive(facts.get(block));
                utterances += d.utterances();
                resolved += d.resolved();
                out.put(DerivedIris.blockGraph(block), d.graph());
            }
            store.replaceGraphs(out);
        }
        double tBlocks = lap(t);
        t = System.nanoTime();
        // One read of the articles' dates for all the days; the graphs go in batches, as the blocks do.
        Map<String, Graph> dayGraphs = perKeyGraphs ? Days.derive(store, days) : Map.of();
        ExplorerSummaries.days(store, dayGraphs);
        for (List<String> batch : perKeyGraphs ? BlockKeys.batches(days) : List.<List<String>>of()) {
            Map<String, Graph> out = new TreeMap<>();
            for (String day : batch) out.put(DerivedIris.blockGraph(day), dayGraphs.get(DerivedIris.blockGraph(day)));
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
        for (List<String> batch : perKeyGraphs ? BlockKeys.batches(pairBlocks) : List.<List<String>>of())
            store.replaceGraphs(CoQuotations.derive(store, batch));
        double tPairs = lap(t);
        t = System.nanoTime();
        Graph summary = StoreSummary.derive(store);
        ExplorerSummaries.ranks(store, summary);
        store.replaceGraph(StoreSummary.GRAPH, summary);
        LOG.info("derived layer: {} blocks in {} s, {} days in {} s, pairs of {} blocks in {} s{}, store summary in {} s",
                blocks.size(), fmt(tBlocks), days.size(), fmt(tDays), pairBlocks.size(), fmt(tPairs),
                perKeyGraphs ? "" : " (blocks, days and pairs derived elsewhere)", fmt(lap(t)));
        return new Result(blocks.size(), utterances, resolved, (System.nanoTime() - t0) / 1e9);
    }

    private static double lap(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private static String fmt(double s) { return String.format("%.1f", s); }

    /** Adds to {@code out} the articles of links in {@code a} that {@code b} lacks. */
    private static void diff(Map<String, Set<String>> a, Map<String, Set<String>> b, Set<String> out) {
        a.forEach((p, arts) -> {
            Set<String> other = b.getOrDefault(p, Set.of());
            for (String art : arts) if (!other.contains(art)) out.add(art);
        });
    }

    private static void stamp(ArticleStore store) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(Triples.uri(META), NKG.derivedFrom.asNode(), Triples.str(fingerprint(store.records()))));
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
}
