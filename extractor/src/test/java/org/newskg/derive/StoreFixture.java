package org.newskg.derive;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newskg.ingest.IngestItem;
import org.newskg.store.Tdb2Store;
import org.newskg.testkit.Corpora;
import org.newskg.testkit.ResultRows;

/** The invented multi-outlet corpus of this package, and the contract queries' answers on a store. */
final class StoreFixture {
    static final List<String> CONTRACT = List.of("attributions", "memberships", "claims-across-outlets", "claim-topics", "claim-parts", "same-claims");

    private StoreFixture() {}

    static List<IngestItem> items() throws Exception { return Corpora.deriveCorpusItems(); }

    /** Every contract query's rows as sorted lines, so two stores compare whatever order rows come in. */
    static Map<String, List<String>> contract(Tdb2Store store) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String q : CONTRACT) out.put(q, ResultRows.lines(store, q));
        return out;
    }
}
