package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' synthetic corpora: copies of real articles that a store takes for new articles. */
class SyntheticCorpusTest {
    @TempDir Path tmp;

    @Test
    void copiesAreDistinctArticlesWithRotatedOutletsAndLaterDates() throws Exception {
        List<Article> originals = new ArrayList<>();
        for (IngestItem i : DemoCorpus.read(tmp.resolve("corpus"))) if (i instanceof IngestItem.Ok ok) originals.add(ok.article());
        List<String> outlets = SyntheticCorpus.outlets(originals);
        int n = originals.size();
        HashSet<String> ids = new HashSet<>();
        for (int i = 0; i < 3 * n; i++) assertTrue(ids.add(SyntheticCorpus.copy(originals, outlets, i).id()));
        Article a = originals.get(0), copy = SyntheticCorpus.copy(originals, outlets, n);
        assertEquals(a.body(), copy.body());
        assertEquals(outlets.get((outlets.indexOf(a.metadata().outlet().orElseThrow()) + 1) % outlets.size()), copy.metadata().outlet().orElseThrow());
        assertTrue(copy.metadata().published().orElseThrow().compareTo(a.metadata().published().orElseThrow()) > 0);
        assertFalse(copy.metadata().url().equals(a.metadata().url()));
    }
}
