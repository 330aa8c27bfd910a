package org.newskg.spark;

import java.util.Map;

/** What a run did: the counts of its manifest and the seconds it took. */
public record JobSummary(long articles, long failed, long triples, Map<String, Long> counts, double seconds) {

    public JobSummary {
        counts = Map.copyOf(counts);
    }

    public String line() {
        return String.format("extracted %d, failed %d, %d triples in %.1f s", articles, failed, triples, seconds);
    }
}
