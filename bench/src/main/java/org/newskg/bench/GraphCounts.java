package org.newskg.bench;

import java.util.Map;

import org.newskg.derive.DerivedIris;

/** Triples per named graph of a store: how two ways of writing the same articles are compared, graph for graph. */
record GraphCounts(Map<String, Long> sizes) {
    GraphCounts {
        sizes = Map.copyOf(sizes);
    }

    long total() { return sizes.values().stream().mapToLong(Long::longValue).sum(); }

    /** Triples of the derived layer, which the loaders do not write themselves. */
    long derived() {
        return sizes.entrySet().stream().filter(e -> e.getKey().startsWith(DerivedIris.META)).mapToLong(Map.Entry::getValue).sum();
    }

    /** "(N graphs, M triples)", and when {@code actual} differs, how many graphs differ and what it holds. */
    String against(GraphCounts actual) {
        String detail = String.format(" (%,d graphs, %,d triples)", sizes.size(), total());
        if (equals(actual)) return detail;
        long differ = sizes.keySet().stream().filter(g -> !sizes.get(g).equals(actual.sizes.get(g))).count()
                + actual.sizes.keySet().stream().filter(g -> !sizes.containsKey(g)).count();
        return detail + String.format(": %,d graphs differ, got %,d graphs, %,d triples", differ, actual.sizes.size(), actual.total());
    }
}
