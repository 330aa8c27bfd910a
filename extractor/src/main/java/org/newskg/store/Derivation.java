package org.newskg.store;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;

/**
 * What keeps a store's derived layer in step with its article graphs. The loaders are given one through their
 * builders and tell it which blocks their writes touched; {@code org.newskg.derive.DerivedLayer} implements it.
 * It lives here, below both, so that loading never depends on how the layer is derived.
 * <p>
 * A block is a key under which the layer is derived independently of every other block (a surname, an
 * organization, a day); {@link #blocksOf} and {@link #blocksInStore} say which blocks an article graph touches.
 */
public interface Derivation {

    /** What one derivation did. */
    record Result(int blocks, int utterances, int resolved, double seconds) {}

    /** The blocks an article graph touches. */
    Set<String> blocksOf(Graph articleGraph);

    /** The blocks an article already in the store touches (before it is replaced or removed). */
    Set<String> blocksInStore(ArticleStore store, String articleGraphIri);

    /** True when the layer was derived from exactly these load records by this version of the derivation. */
    boolean isCurrent(ArticleStore store, Map<String, ArticleStore.LoadRecord> records);

    /** Every block derived again from scratch; what no article names any more is removed. */
    Result rebuild(ArticleStore store);

    /** The derivation's version: a layer derived elsewhere is taken as it is only when this version derived it. */
    default String version() { return ""; }

    /**
     * What the layer holds beyond the per-key graphs (blocks, days, pairs), which are already in the store, derived
     * elsewhere from the same article graphs by this {@link #version}; without a way to do less, everything again.
     */
    default Result rebuildAroundBlocks(ArticleStore store) { return rebuild(store); }

    /** Derives the given blocks again (the rest of the layer is left as it is). */
    Result refresh(ArticleStore store, Collection<String> blocks);

    /** Brings the layer up to date after a load: the touched blocks, or everything when it was not current before. */
    default Result update(ArticleStore store, boolean wasCurrent, Collection<String> touched) {
        return wasCurrent ? refresh(store, touched) : rebuild(store);
    }
}
