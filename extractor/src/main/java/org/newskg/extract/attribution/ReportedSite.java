package org.newskg.extract.attribution;

import java.util.List;

/**
 * A verb the learned reported-speech rule considered, as training reads it: the article, the claim it would give
 * ({@code [start, end)} in code points of the article body, as gold files count), the speaker's name, and its features.
 */
public record ReportedSite(String article, int start, int end, String speaker, List<String> features) {
    public ReportedSite {
        features = List.copyOf(features);
    }
}
