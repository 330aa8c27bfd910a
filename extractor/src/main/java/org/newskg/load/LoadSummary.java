package org.newskg.load;

import java.util.List;

/** What a load did. Failures name the article or file and the reason. */
public record LoadSummary(int loaded, int skipped, int failed, int pruned, long triples, double seconds,
                          List<Failure> failures) {
    public record Failure(String source, String articleId, String reason) {}

    public LoadSummary {
        failures = List.copyOf(failures);
    }

    public String line() {
        return String.format("loaded %d, skipped %d unchanged, failed %d, pruned %d, %d triples in %.1f s",
                loaded, skipped, failed, pruned, triples, seconds);
    }
}
