package org.newskg.pipeline;

import java.util.List;
import java.util.Optional;

import org.newskg.extract.Extraction;
import org.newskg.rdf.GraphMapper.ArticleGraph;

/** The outcome for one input: a validated graph, or the reason there is none, naming the article. */
public record ArticleResult(String source, String articleId, Optional<ArticleGraph> graph, Optional<Extraction> extraction,
                            String contentHash, List<String> errors, int tokens) {
    public ArticleResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() { return graph.isPresent() && errors.isEmpty(); }

    public static ArticleResult failed(String source, String articleId, String reason) {
        return new ArticleResult(source, articleId, Optional.empty(), Optional.empty(), "", List.of(reason), 0);
    }

    public String errorMessage() {
        return (articleId == null ? source : articleId + " (" + source + ")") + ": " + String.join("; ", errors);
    }
}
