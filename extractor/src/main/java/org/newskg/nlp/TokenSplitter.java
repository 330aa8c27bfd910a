package org.newskg.nlp;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** Token boundaries within one sentence. Not thread-safe: one instance per worker. */
public final class TokenSplitter {
    private final TokenizerME tokenizer;

    public TokenSplitter(NlpModels models) { this.tokenizer = new TokenizerME(models.tokens()); }

    /** Spans relative to {@code sentence}. */
    public Span[] tokenize(String sentence) { return tokenizer.tokenizePos(sentence); }
}
