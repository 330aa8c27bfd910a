package org.newskg.nlp;

import java.util.List;

import org.newskg.ingest.Article;

/** An article with its sentences, tokens and names, all as offsets into {@link Article#body()}. */
public record AnalyzedArticle(Article article, String analysisText, List<Sentence> sentences, List<NameMention> names) {
    public AnalyzedArticle {
        if (analysisText.length() != article.body().length())
            throw new IllegalArgumentException("analysis text of " + article.id() + " does not line up with its body");
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
    }

    public int tokenCount() { return sentences.stream().mapToInt(s -> s.tokens().size()).sum(); }
}
